/**
 * The data the first view needs, shipped inside the bundle (no extra round trip).
 * The files are validated at build time (geo/validate, run by the Vite plugin), so
 * here they are only given their types. The village/community list is large and only
 * search needs it: it is a separate file, loaded on first use.
 */
import districtsFile from '../../../geo/districts.geojson';
import contextFile from '../../../geo/context.geojson';
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

export function loadBundledData(): AppData {
  return {
    districts: districtsFile as unknown as DistrictCollection,
    context: contextFile as unknown as ContextCollection,
    sites: sitesFile as unknown as SiteCollection,
    honours: honoursFile as unknown as Honour[],
    figures: figuresFile as unknown as Figure[],
    events: eventsFile as unknown as Event[],
  };
}

/**
 * geo/communities.json, fetched as a static file the first time it is needed (it is
 * validated at build time like the bundled files). Failures are DataLoadErrors naming it.
 */
export async function loadCommunities(): Promise<CommunitiesFile> {
  return (await fetchJson(communitiesUrl, 'geo/communities.json')) as CommunitiesFile;
}
