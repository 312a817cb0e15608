/**
 * The app's data. The boundaries (the bulk of it) are static files that index.html
 * preloads in parallel with the JavaScript, so they cost no extra round trip and are
 * parsed by JSON.parse rather than compiled as script; the small tables are in the
 * bundle. Every file is validated at build time (geo/validate, run by the Vite plugin),
 * so here they are only given their types. The village/community list is large and only
 * search needs it: it is fetched on first use.
 */
import districtsUrl from '../../../geo/districts.geojson?url';
import contextUrl from '../../../geo/context.geojson?url';
import sitesFile from '../../../geo/sites.geojson';
import honoursFile from '../../../geo/honours.json';
import figuresFile from '../../../geo/figures.json';
import eventsFile from '../../../geo/events.json';
import type {
  ContextCollection,
  DistrictCollection,
  Event,
  Figure,
  Honour,
  SiteCollection,
} from './schema.ts';
import type { CommunitiesFile } from './communities-schema.ts';
import communitiesUrl from '../../../geo/communities.json?url';
import { fetchJson } from './fetch-json.ts';

export interface AppData {
  districts: DistrictCollection;
  context: ContextCollection;
  sites: SiteCollection;
  honours: Honour[];
  figures: Figure[];
  events: Event[];
}

/** The boundary files, fetched at start (and preloaded by index.html), in AppData order. */
export const BOUNDARY_FILES = [
  { url: districtsUrl, file: 'geo/districts.geojson' },
  { url: contextUrl, file: 'geo/context.geojson' },
] as const;

/** The bundled tables: everything but the boundaries. */
export function bundledTables(): Omit<AppData, 'districts' | 'context'> {
  return {
    sites: sitesFile as unknown as SiteCollection,
    honours: honoursFile as unknown as Honour[],
    figures: figuresFile as unknown as Figure[],
    events: eventsFile as unknown as Event[],
  };
}

/**
 * All the data the first view needs. A boundary file that cannot be loaded rejects with a
 * DataLoadError naming it.
 */
export async function loadAppData(fetchImpl: typeof fetch = fetch): Promise<AppData> {
  const [districts, context] = await Promise.all(
    BOUNDARY_FILES.map(({ url, file }) => fetchJson(url, file, fetchImpl)),
  );
  return {
    districts: districts as DistrictCollection,
    context: context as ContextCollection,
    ...bundledTables(),
  };
}

/**
 * geo/communities.json, fetched as a static file the first time it is needed (it is
 * validated at build time like the bundled files). Failures are DataLoadErrors naming it.
 */
export async function loadCommunities(): Promise<CommunitiesFile> {
  return (await fetchJson(communitiesUrl, 'geo/communities.json')) as CommunitiesFile;
}
