/**
 * What the point picker shows for a click: the WGS84 position to six decimals, the division
 * it falls in (by the boundary data, as check:data tests it), and a row in the columns of
 * docs/sites-template.xlsx to paste into a sheet. Pure: no map, no DOM.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { DistrictCollection } from '../data/schema.ts';
import { SITE_COLUMNS, type SiteColumnKey } from '../data/site-columns.ts';
import type { Lang } from '../i18n/langs.ts';

export interface PickedDivision {
  code: string;
  name_zh: string;
  name_en: string;
}

export interface PickedPoint {
  /** WGS84, six decimals (about 0.1 m). */
  lon: number;
  lat: number;
  /** The division the point lies in; null outside the nine. */
  division: PickedDivision | null;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** A longitude of a wrapped world copy brought back into -180…180. */
function wrapLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

export function pickPoint(
  lngLat: { lng: number; lat: number },
  districts: DistrictCollection,
): PickedPoint {
  const lon = round6(wrapLongitude(lngLat.lng));
  const lat = round6(lngLat.lat);
  const feature = districts.features.find((f) => booleanPointInPolygon([lon, lat], f.geometry));
  const division = feature
    ? {
        code: feature.properties.code,
        name_zh: feature.properties.name_zh,
        name_en: feature.properties.name_en,
      }
    : null;
  return { lon, lat, division };
}

/** The location note a picked position starts with (the maintainer adds how they knew). */
export function pickedNote(basemap: { zh: string; en: string }): { zh: string; en: string } {
  return {
    zh: `用本图的取点工具在${basemap.zh}上点选。`,
    en: `Picked with the map's point picker on the ${basemap.en} basemap.`,
  };
}

/**
 * The template's columns for a picked point: 旗县区 (in the interface's language), 经度,
 * 纬度, 坐标系 WGS84 and the two location notes filled in; the rest for the maintainer.
 */
export function templateRow(
  point: PickedPoint,
  lang: Lang,
  basemap: { zh: string; en: string },
): string[] {
  const note = pickedNote(basemap);
  const values: Partial<Record<SiteColumnKey, string>> = {
    district: point.division ? point.division[lang === 'zh' ? 'name_zh' : 'name_en'] : '',
    lon: point.lon.toFixed(6),
    lat: point.lat.toFixed(6),
    datum: 'WGS84',
    location_note_zh: note.zh,
    location_note_en: note.en,
  };
  return SITE_COLUMNS.map((column) => values[column.key] ?? '');
}

/** Cells separated by tabs, as Excel pastes them across columns. */
export function rowAsTsv(cells: readonly string[]): string {
  return cells.map((cell) => cell.replace(/[\t\r\n]+/g, ' ')).join('\t');
}
