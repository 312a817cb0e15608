/**
 * The export files, built on demand: this module (and the CSV, GeoJSON and PNG code it pulls
 * in) is loaded the first time someone exports, not with the app.
 */
import { compareRows, tableOrder, type CompareInput } from '../compare/compare-rows.ts';
import type { CompareSort } from '../compare/sort-keys.ts';
import type { Lang } from '../i18n/messages.ts';
import type { SiteFeature } from '../data/schema.ts';
import { withMapFrame } from './capture-map.ts';
import { compareCsvTable, type Translate } from './compare-csv.ts';
import { toCsv } from './csv.ts';
import { composeMapPng, type MapStamp } from './map-png.ts';
import { sitesGeoJson, type ExportMetadata } from './sites-geojson.ts';

/**
 * The comparison table of the nine divisions as CSV (with BOM, formula-safe), in the order
 * the table shows them (its sort, else code order).
 */
export function compareCsvBlob(
  input: CompareInput,
  t: Translate,
  lang: Lang,
  sort: CompareSort | null = null,
  asOf: string | null = null,
): Blob {
  const rows = tableOrder(compareRows(input), sort, lang);
  return new Blob([toCsv(compareCsvTable(rows, t, lang, asOf))], {
    type: 'text/csv;charset=utf-8',
  });
}

/** The places now shown on the map, as GeoJSON. */
export function sitesGeoJsonBlob(sites: readonly SiteFeature[], metadata?: ExportMetadata): Blob {
  return new Blob([sitesGeoJson(sites, metadata)], { type: 'application/geo+json' });
}

/** The map's next frame with its title, legend, source and date stamped on, as PNG. */
export function mapPngBlob(stamp: MapStamp): Promise<Blob> {
  // The canvas is read inside the map's render event, while it still holds the frame.
  return withMapFrame((canvas) => composeMapPng(canvas, stamp));
}
