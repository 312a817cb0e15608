/** The real files: read geo/ from disk, validate, and report (for the CLI and the Vite build). */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GEO_FILES } from './geo-files.ts';
import { checkGeoFiles, type GeoCounts } from './validate-geo-files.ts';
import { formatErrors, plural, type ValidationError } from './validation-error.ts';

export interface GeoReport {
  counts: GeoCounts;
  /** `geo/ data OK: 9 districts, 17 sites (12 on the map), …, 3 source documents` */
  summary: string;
}

/** Read the known files from `geoDir` (the geo/ folder) and validate them together. */
export function validateGeoDir(geoDir: string): { errors: ValidationError[]; report: GeoReport } {
  const { errors, counts } = checkGeoFiles(readGeoFiles(geoDir));
  return { errors, report: { counts, summary: summarise(counts) } };
}

/** For the Vite plugin: throw with exactly the CLI's text, so the build fails the same way. */
export function assertGeoDataValid(geoDir: string): void {
  const { errors } = validateGeoDir(geoDir);
  if (errors.length > 0) throw new Error(formatErrors(errors));
}

/** File texts keyed by repo-relative path (`geo/sites.geojson`); absent files are left out. */
export function readGeoFiles(geoDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of Object.values(GEO_FILES)) {
    const path = join(geoDir, basename(file));
    if (existsSync(path)) files[file] = readFileSync(path, 'utf8');
  }
  return files;
}

export function summarise(counts: GeoCounts): string {
  const parts = [
    plural(counts.districts, 'district'),
    `${plural(counts.sites, 'site')} (${counts.mappedSites} on the map)`,
    plural(counts.honours, 'honour'),
    plural(counts.figures, 'figure'),
    plural(counts.events, 'event'),
    plural(counts.documents, 'source document'),
  ];
  if (counts.communities !== undefined) parts.push(`${counts.communities} communities`);
  return `geo/ data OK: ${parts.join(', ')}`;
}
