/** Names of downloaded files: what they hold and the day they were made (local date). */
export type ExportKind = 'compare-csv' | 'sites-geojson' | 'map-png';

const STEM: Record<ExportKind, string> = {
  'compare-csv': 'hohhot-divisions-compared',
  'sites-geojson': 'hohhot-sites',
  'map-png': 'hohhot-map',
};
const EXTENSION: Record<ExportKind, string> = {
  'compare-csv': 'csv',
  'sites-geojson': 'geojson',
  'map-png': 'png',
};

/** YYYY-MM-DD in local time. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportFileName(kind: ExportKind, date: Date): string {
  return `${STEM[kind]}-${isoDay(date)}.${EXTENSION[kind]}`;
}
