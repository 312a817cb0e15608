/**
 * index.html's first view (build/first-view-html.ts) in the page: framed for the view's
 * size or a linked camera, its names in the link's language, and the hover, selection and
 * colours the app asks for. Used by the page's entry (src/main.ts) before the app runs and
 * by FirstView.svelte after; it never draws the shapes, which are in the HTML.
 */
import type { Camera } from '../state/app.svelte.ts';
import type { Lang } from '../i18n/langs.ts';
import { LABEL_FONT_FAMILY, LABEL_STYLES, wrapLines } from './generated-images.ts';
import { SVG_ZOOM, pictureFits, zoomAttributes } from './first-view-zoom.ts';
import { cameraViewBox } from './first-view.ts';

export const FIRST_VIEW_ID = 'first-view';

/** The first view, if the page has it. */
export function firstViewElement(): HTMLElement | null {
  return document.getElementById(FIRST_VIEW_ID);
}

/** Sets an attribute only if it changes (a change makes the browser draw the view again). */
function setAttr(element: Element | null | undefined, name: string, value: string): void {
  if (element && element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function removeAttr(element: Element | null | undefined, name: string): void {
  if (element?.hasAttribute(name)) element.removeAttribute(name);
}

function svgOf(root: Element): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>('svg.fv-box');
}

/**
 * Frames the view as the map will frame it: the divisions' bounds fitted in the padded box
 * (app.css does that alone), or the linked camera's view of the whole box. Sets the names'
 * size and the hatch for the zoom that results, and returns it (null: no box to show in).
 */
export function placeFirstView(root: HTMLElement, camera: Camera | null): number | null {
  const svg = svgOf(root);
  if (!svg) return null;
  svg.dataset.bounds ??= svg.getAttribute('viewBox') ?? '';
  const [, , width, height] = svg.dataset.bounds.split(' ').map(Number);
  const [x0, y0] = (svg.dataset.origin ?? '0 0').split(' ').map(Number);
  if (root.classList.contains('fv-camera') !== (camera !== null))
    root.classList.toggle('fv-camera', camera !== null);
  let zoom: number;
  if (camera) {
    const { clientWidth: w, clientHeight: h } = root;
    if (!w || !h) return null;
    const view = cameraViewBox(camera, [x0, y0], SVG_ZOOM, w, h);
    setAttr(
      svg,
      'viewBox',
      [view.x, view.y, view.width, view.height].map((v) => v.toFixed(2)).join(' '),
    );
    zoom = camera.zoom;
  } else {
    setAttr(svg, 'viewBox', svg.dataset.bounds);
    const frame = svg.parentElement;
    const scale = Math.min((frame?.clientWidth ?? 0) / width, (frame?.clientHeight ?? 0) / height);
    if (!(scale > 0)) return null;
    zoom = SVG_ZOOM + Math.log2(scale);
  }
  // The build's picture is right for a view at its own whole zoom and no camera; otherwise
  // the SVG draws the divisions (fv-svg).
  const svgDraws = camera !== null || !pictureFits(zoom);
  if (root.classList.contains('fv-svg') !== svgDraws) root.classList.toggle('fv-svg', svgDraws);
  const sizes = zoomAttributes(zoom, [x0, y0]);
  const labels = svg.querySelector('.fv-labels');
  setAttr(labels, 'font-size', sizes.fontSize);
  setAttr(labels, 'stroke-width', sizes.haloWidth);
  const neighbours = svg.querySelector('.fv-nlabels');
  setAttr(neighbours, 'font-size', sizes.neighbourFontSize);
  setAttr(neighbours, 'stroke-width', sizes.neighbourHaloWidth);
  setAttr(svg.querySelector('#fv-hatch'), 'patternTransform', sizes.hatchTransform);
  return zoom;
}

let measureContext: CanvasRenderingContext2D | null | undefined;

/** A name's lines, wrapped where the map's label image wraps it (draw-image.ts). */
function labelLines(text: string, kind: keyof typeof LABEL_STYLES): string[] {
  const style = LABEL_STYLES[kind];
  measureContext ??= document.createElement('canvas').getContext('2d');
  const ctx = measureContext;
  if (!ctx) return [text];
  ctx.font = `${style.size}px ${LABEL_FONT_FAMILY}`;
  ctx.letterSpacing = `${style.letterSpacing}em`;
  return wrapLines(text, style.maxWidth * style.size, (line) => ctx.measureText(line).width);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Shows the names in `lang` (zh is what the HTML holds), wrapped as the map wraps them. */
export function setFirstViewLang(root: HTMLElement, lang: Lang): void {
  if ((root.dataset.lang ?? 'zh') === lang) return;
  root.dataset.lang = lang;
  const texts = root.querySelectorAll<SVGTextElement>('.fv-labels text, .fv-nlabels text');
  for (const text of texts) {
    text.dataset.zh ??= text.textContent ?? '';
    const name = lang === 'en' ? (text.dataset.en ?? text.dataset.zh) : text.dataset.zh;
    const kind = text.closest('.fv-nlabels') ? 'neighbour' : 'district';
    const lines = labelLines(name, kind);
    text.replaceChildren(
      ...lines.map((line, i) => {
        const span = document.createElementNS(SVG_NS, 'tspan');
        span.setAttribute('x', text.getAttribute('x') ?? '0');
        span.setAttribute('dy', i === 0 ? `${(-(lines.length - 1) * 0.6).toFixed(1)}em` : '1.2em');
        span.textContent = line;
        return span;
      }),
    );
    const code = text.dataset.code;
    if (code) setAttr(root.querySelector(`.fv-d[data-code="${code}"]`), 'aria-label', name);
  }
}

/** Outlines the hovered and the selected division, as the map's highlight lines do. */
export function showFirstViewState(
  root: HTMLElement,
  { hover, selected }: { hover: string | null; selected: string | null },
): void {
  const outline = (name: string, code: string | null) => {
    const use = root.querySelector(`use.${name}`);
    if (code) setAttr(use, 'href', `#fv-p-${code}`);
    else removeAttr(use, 'href');
  };
  outline('fv-hover', hover);
  outline('fv-selected', selected);
  for (const shape of root.querySelectorAll<SVGElement>('.fv-d')) {
    const hovered = shape.dataset.code === hover;
    if (shape.classList.contains('fv-is-hover') !== hovered)
      shape.classList.toggle('fv-is-hover', hovered);
  }
}

/** Fills the divisions with `colours` (a measure's), or with their status colours again. */
export function setFirstViewColours(
  root: HTMLElement,
  colours: Readonly<Record<string, string>> | null,
): void {
  for (const shape of root.querySelectorAll<SVGElement>('.fv-d')) {
    if (!colours && shape.dataset.statusFill === undefined) continue;
    shape.dataset.statusFill ??= shape.getAttribute('fill') ?? '';
    const code = shape.dataset.code ?? '';
    setAttr(shape, 'fill', colours?.[code] ?? shape.dataset.statusFill);
  }
  // A measure's colours have no hatch (style.ts draws it for the status only).
  if (root.classList.contains('fv-measure') !== (colours !== null))
    root.classList.toggle('fv-measure', colours !== null);
}

/** Shows the picture of `theme` (index.html picks it by the system's preference). */
export function setFirstViewTheme(root: HTMLElement, theme: 'light' | 'dark'): void {
  const image = root.querySelector<HTMLImageElement>('img.fv-picture');
  const src = image?.dataset[theme];
  if (!image || !src) return;
  for (const source of root.querySelectorAll('picture source')) source.remove();
  if (image.getAttribute('src') !== src) image.src = src;
}
