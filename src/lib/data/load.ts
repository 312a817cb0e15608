/**
 * The app's data: static files that index.html preloads in parallel with the JavaScript, so
 * they cost no extra round trip, stay out of the script the browser must compile, and are
 * read with JSON.parse. Every file is validated at build time (geo/validate, run by the Vite
 * plugin), so here they are only given their types. The village/community list is large and
 * only search needs it: it is fetched on first use.
 */
import districtsUrl from '../../../geo/districts.geojson?url';
import contextUrl from '../../../geo/context.geojson?url';
import sitesUrl from '../../../geo/sites.geojson?url';
import honoursUrl from '../../../geo/honours.json?url';
import figuresUrl from '../../../geo/figures.json?url';
import eventsUrl from '../../../geo/events.json?url';
import sourcesUrl from '../../../geo/sources.json?url';
import searchKeysUrl from '../../../geo/search-keys.json?url';
import communitiesUrl from '../../../geo/communities.json?url';
import type {
  ContextCollection,
  DistrictCollection,
  Event,
  Figure,
  Honour,
  SiteCollection,
  SourceDocument,
} from './schema.ts';
import type { CommunitiesFile } from './communities-schema.ts';
import type { SearchKeysFile } from '../search/search.ts';
import { fetchJson } from './fetch-json.ts';

export interface AppData {
  districts: DistrictCollection;
  context: ContextCollection;
  sites: SiteCollection;
  honours: Honour[];
  figures: Figure[];
  events: Event[];
  /** The documents every fact cites (geo/sources.json). */
  sources: SourceDocument[];
  /** Pinyin of every division and site, for search (made at data-build time). */
  searchKeys: SearchKeysFile;
}

/** Every file the app fetches at start (index.html preloads them), by AppData key. */
export const START_FILES = [
  { key: 'districts', url: districtsUrl, file: 'geo/districts.geojson' },
  { key: 'context', url: contextUrl, file: 'geo/context.geojson' },
  { key: 'sites', url: sitesUrl, file: 'geo/sites.geojson' },
  { key: 'honours', url: honoursUrl, file: 'geo/honours.json' },
  { key: 'figures', url: figuresUrl, file: 'geo/figures.json' },
  { key: 'events', url: eventsUrl, file: 'geo/events.json' },
  { key: 'sources', url: sourcesUrl, file: 'geo/sources.json' },
  { key: 'searchKeys', url: searchKeysUrl, file: 'geo/search-keys.json' },
] as const satisfies readonly { key: keyof AppData; url: string; file: string }[];

/** One promise per start file, by AppData key: each part can be used as soon as it arrives. */
export type StartLoads = { [K in keyof AppData]: Promise<AppData[K]> };

/**
 * Starts fetching every start file at once. A file that cannot be loaded rejects with a
 * DataLoadError naming it. Hand the result to `allData` at once: it handles every rejection.
 */
export function startLoading(fetchImpl: typeof fetch = fetch): StartLoads {
  return Object.fromEntries(
    START_FILES.map(({ key, url, file }) => [key, fetchJson(url, file, fetchImpl)]),
  ) as unknown as StartLoads;
}

/** The whole data set, once every file has arrived (or the first failure). */
export async function allData(loads: StartLoads): Promise<AppData> {
  const keys = Object.keys(loads) as (keyof AppData)[];
  const values = await Promise.all(keys.map((key) => loads[key]));
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as unknown as AppData;
}

/** All the data the app needs at start. */
export function loadAppData(fetchImpl: typeof fetch = fetch): Promise<AppData> {
  return allData(startLoading(fetchImpl));
}

/**
 * geo/communities.json, fetched as a static file the first time it is needed (it is
 * validated at build time like the others). Failures are DataLoadErrors naming it.
 */
export async function loadCommunities(): Promise<CommunitiesFile> {
  return (await fetchJson(communitiesUrl, 'geo/communities.json')) as CommunitiesFile;
}
