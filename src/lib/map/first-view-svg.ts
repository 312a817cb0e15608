/**
 * The first view as SVG markup, written into index.html by the build
 * (build/first-view-html.ts): the nine divisions in their status colours and hatching, with
 * their names, drawn with no script. Pure: data in, markup out.
 *
 * Its viewBox is the divisions' bounds in Web Mercator (in px at SVG_ZOOM), and app.css gives
 * it the map's box less the `fitBounds` padding: the default `meet` fitting then frames it
 * exactly as MapLibre's `fitBounds` does. Boundaries keep their width in CSS px
 * (non-scaling strokes); the names' size and the hatch's period are written for a typical
 * zoom, and the page's entry sets them for the actual one (zoomAttributes). Each division is a link to its own view (`?district=`), which the
 * page's entry turns into a selection (src/lib/map/first-view-input.ts).
 */
import { simplify } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { TILE_SIZE, mercator } from './first-view.ts';
import type { Bounds } from './bounds.ts';
import { HATCH_PERIOD, PICTURE_ZOOM, SVG_ZOOM, zoomAttributes } from './first-view-zoom.ts';
import { HATCHED_STATUSES, statusScale } from './status-scale.ts';
import type { ContextCollection, DistrictCollection } from '../data/schema.ts';
import type { DistrictCode, Status } from '../data/vocab.ts';
import type { MapPalette } from '../theme/palette.ts';

export interface FirstViewDivision {
  code: string;
  name: string;
  /** The English name (the page's entry shows it for a link in English). */
  nameEn: string;
  status: string;
  fill: string;
  hatched: boolean;
  geometry: Polygon | MultiPolygon;
  label: Position;
}

export interface FirstViewSvgOptions {
  /** Points closer than this (in px at SVG_ZOOM) to the simplified line are left out. */
  tolerance?: number;
  /** The zoom the names and hatch are sized for until the page's entry sets them exactly. */
  defaultZoom?: number;
  /** The label of the group of division links, for screen readers. */
  groupLabel?: string;
}

export interface FirstViewSvg {
  html: string;
  /** Width ÷ height of the bounds in Web Mercator: the box's aspect ratio. */
  aspect: number;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text and attribute values as XML (names come from data). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/** A position in whole pixels at SVG_ZOOM, from the bounds' north-west corner. */
function projector(bounds: Bounds) {
  const scale = TILE_SIZE * 2 ** SVG_ZOOM;
  const [x0, y0] = mercator([bounds[0][0], bounds[1][1]]);
  return (position: Position): [number, number] => {
    const [x, y] = mercator(position);
    return [(x - x0) * scale, (y - y0) * scale];
  };
}

/** The bounds' north-west corner in Web Mercator (world fractions): the SVG's 0, 0. */
function origin(bounds: Bounds): [number, number] {
  return mercator([bounds[0][0], bounds[1][1]]);
}

/** The bounds' size in pixels at SVG_ZOOM. */
export function boundsSize(bounds: Bounds): { width: number; height: number } {
  const [width, height] = projector(bounds)([bounds[1][0], bounds[0][1]]);
  return { width, height };
}

/**
 * A ring as path data: absolute start, then relative whole-pixel steps (steps that round to
 * nothing are left out), closed. Null when fewer than three distinct points are left.
 */
export function ringPath(ring: readonly [number, number][]): string | null {
  const [sx, sy] = [Math.round(ring[0][0]), Math.round(ring[0][1])];
  let [px, py] = [sx, sy];
  const steps: string[] = [];
  for (const [x, y] of ring.slice(1)) {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (rx === px && ry === py) continue;
    steps.push(`${rx - px} ${ry - py}`);
    [px, py] = [rx, ry];
  }
  // The ring's last point repeats its first: Z draws that side.
  if (px === sx && py === sy) steps.pop();
  if (steps.length < 2) return null;
  return `M${sx} ${sy}l${steps.join(' ')}z`;
}

/** A polygon or multipolygon, projected and simplified, as one path's data. */
export function shapePath(
  geometry: Polygon | MultiPolygon,
  project: (p: Position) => [number, number],
  tolerance: number,
): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const projected: Polygon = {
    type: 'Polygon',
    coordinates: [],
  };
  const parts: string[] = [];
  for (const polygon of polygons) {
    projected.coordinates = polygon.map((ring) => ring.map(project));
    const simple = simplify(projected, { tolerance, highQuality: true }) as Polygon;
    for (const ring of simple.coordinates) {
      const d = ringPath(ring as [number, number][]);
      if (d) parts.push(d);
    }
  }
  return parts.join('');
}

/**
 * What lies around the divisions (geo/context.geojson): the city's outline and the
 * neighbouring cities' names. The neighbours' shapes are left out: around the fitted city
 * the view shows nothing else, so the first view's ground has their colour (app.css).
 */
export interface FirstViewContext {
  city: Polygon | MultiPolygon | null;
  neighbours: { name: string; nameEn: string; label: Position }[];
}

function labelText(code: string, [x, y]: [number, number], name: string, en: string): string {
  return (
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${code} data-en="${escapeXml(en)}">` +
    `${escapeXml(name)}</text>`
  );
}

/**
 * Boundaries keep their width in CSS px at any size. An attribute, not a CSS rule: the
 * outlines are <use> copies of the paths, and a copy takes its original's attributes.
 */
const KEEP_WIDTH = ' vector-effect="non-scaling-stroke"';

/** The markup of the first view (see the file's comment). */
export function firstViewSvg(
  divisions: readonly FirstViewDivision[],
  bounds: Bounds,
  context: FirstViewContext = { city: null, neighbours: [] },
  options: FirstViewSvgOptions = {},
): FirstViewSvg {
  const { tolerance = 0.8, defaultZoom = 7.75, groupLabel = '' } = options;
  const project = projector(bounds);
  const { width, height } = boundsSize(bounds);
  const corner = origin(bounds);
  const attrs = zoomAttributes(defaultZoom, corner);
  const city = context.city ? shapePath(context.city, project, tolerance) : '';
  const shapes = divisions.map((d) => {
    const id = `fv-p-${d.code}`;
    const hatch = d.hatched ? `<use href="#${id}" class="fv-hatch" fill="url(#fv-hatch)"/>` : '';
    return (
      `<a href="?district=${escapeXml(d.code)}" tabindex="-1" class="fv-d"` +
      ` data-code="${escapeXml(d.code)}"` +
      ` data-status="${escapeXml(d.status)}" fill="${escapeXml(d.fill)}"` +
      ` aria-label="${escapeXml(d.name)}">` +
      `<path id="${id}" d="${shapePath(d.geometry, project, tolerance)}"${KEEP_WIDTH}/>` +
      `${hatch}</a>`
    );
  });
  const lines = divisions.map((d) => `<use href="#fv-p-${d.code}"/>`);
  const labels = divisions.map((d) =>
    labelText(` data-code="${escapeXml(d.code)}"`, project(d.label), d.name, d.nameEn),
  );
  const neighbourLabels = context.neighbours.map((n) =>
    labelText('', project(n.label), n.name, n.nameEn),
  );
  const p = HATCH_PERIOD;
  const html =
    `<svg class="fv-box" xmlns="http://www.w3.org/2000/svg"` +
    ` viewBox="0 0 ${width.toFixed(1)} ${height.toFixed(1)}" data-origin="${corner.map((v) => v.toFixed(10)).join(' ')}"` +
    (groupLabel ? ` role="group" aria-label="${escapeXml(groupLabel)}"` : '') +
    `><defs><pattern id="fv-hatch" patternUnits="userSpaceOnUse" width="${p}" height="${p}"` +
    ` patternTransform="${attrs.hatchTransform}">` +
    `<path d="M0 0H3L0 3ZM${p} 0V3L3 ${p}H0Z" fill="#fff"/></pattern></defs>` +
    (city ? `<path class="fv-city" aria-hidden="true" d="${city}"${KEEP_WIDTH}/>` : '') +
    `<g class="fv-shapes">${shapes.join('')}</g>` +
    `<g class="fv-lines" aria-hidden="true">${lines.join('')}</g>` +
    `<use class="fv-hover" aria-hidden="true"/><use class="fv-selected" aria-hidden="true"/>` +
    `<g class="fv-nlabels" aria-hidden="true" font-size="${attrs.neighbourFontSize}"` +
    ` stroke-width="${attrs.neighbourHaloWidth}">${neighbourLabels.join('')}</g>` +
    `<g class="fv-labels" aria-hidden="true" font-size="${attrs.fontSize}"` +
    ` stroke-width="${attrs.haloWidth}">${labels.join('')}</g></svg>`;
  return { html, aspect: width / height };
}

/**
 * The divisions as the first view draws them: zh names, status colours and hatching from
 * the same scale and list the map's style reads.
 */
export function firstViewDivisions(
  districts: DistrictCollection,
  statuses: Record<DistrictCode, Status>,
): FirstViewDivision[] {
  const scale = statusScale();
  return districts.features.map((f) => {
    const status = statuses[f.properties.code];
    return {
      code: f.properties.code,
      name: f.properties.name_zh,
      nameEn: f.properties.name_en,
      status,
      fill: scale(status),
      hatched: HATCHED_STATUSES.includes(status),
      geometry: f.geometry,
      label: f.properties.label,
    };
  });
}

/** The city's outline and the neighbouring cities (zh names), from geo/context.geojson. */
export function firstViewContext(context: ContextCollection): FirstViewContext {
  const areas = context.features.filter(
    (f): f is typeof f & { geometry: Polygon | MultiPolygon } =>
      f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon',
  );
  return {
    city: areas.find((f) => f.properties.role === 'city')?.geometry ?? null,
    neighbours: areas
      .filter((f) => f.properties.role === 'neighbour')
      .map((f) => ({
        name: f.properties.name_zh,
        nameEn: f.properties.name_en,
        label: f.properties.label,
      })),
  };
}

/**
 * The first view's picture: the same shapes as the markup, in one theme's colours, with
 * nothing for scripts or screen readers (no links, names or outlines). Its hatch and line
 * widths are MapLibre's for a view at PICTURE_ZOOM's whole zoom; at another (a large screen,
 * a linked camera) the page's entry lets the markup draw the view instead. The build renders
 * it to an image (build/first-view-picture.ts), which the browser decodes and draws without
 * rasterising paths: with a software GPU, a path-heavy SVG costs hundreds of ms to paint.
 * Its size: the bounds at SVG_ZOOM, as the markup's viewBox.
 */
export function firstViewPicture(
  divisions: readonly FirstViewDivision[],
  bounds: Bounds,
  context: FirstViewContext,
  palette: MapPalette,
  tolerance = 0.8,
): string {
  const project = projector(bounds);
  const { width, height } = boundsSize(bounds);
  const corner = origin(bounds);
  // Drawn for the zoom a desktop's default view has (the picture scales with the screen).
  const zoom = PICTURE_ZOOM;
  const hatchAt = zoomAttributes(zoom, corner).hatchTransform;
  const px = (css: number) => (css * 2 ** (SVG_ZOOM - zoom)).toFixed(2);
  const hex = (rgb: readonly number[]) =>
    `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  const city = context.city ? shapePath(context.city, project, tolerance) : '';
  const paths = divisions.map((d) => ({ d, path: shapePath(d.geometry, project, tolerance) }));
  const p = HATCH_PERIOD;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width.toFixed(1)} ${height.toFixed(1)}"` +
    ` width="${Math.round(width)}" height="${Math.round(height)}">` +
    `<defs><pattern id="h" patternUnits="userSpaceOnUse" width="${p}" height="${p}"` +
    ` patternTransform="${hatchAt}"><path d="M0 0H3L0 3ZM${p} 0V3L3 ${p}H0Z"` +
    ` fill="${hex(palette.hatch)}"/></pattern></defs>` +
    (city
      ? `<path d="${city}" fill="${palette.background}" stroke="${palette.cityCasing}" stroke-width="${px(3)}"/>`
      : '') +
    paths
      .map(
        ({ d, path }) =>
          `<path d="${path}" fill="${palette.status[d.status as Status] ?? d.fill}"` +
          ` fill-opacity="${palette.fillOpacity}"/>` +
          (d.hatched
            ? `<path d="${path}" fill="url(#h)" fill-opacity="${((palette.hatchAlpha / 255) * 0.9).toFixed(2)}"/>`
            : ''),
      )
      .join('') +
    `<g fill="none" stroke="${palette.boundary}" stroke-width="${px(1.5)}">` +
    paths.map(({ path }) => `<path d="${path}"/>`).join('') +
    `</g></svg>`
  );
}
