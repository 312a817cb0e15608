/**
 * The whole data set imported as modules, synchronously: for unit tests and Node tools,
 * which read geo/ directly. The app itself uses loadAppData (load.ts), which fetches the
 * same files instead of bundling them.
 */
import districtsFile from '../../../geo/districts.geojson';
import contextFile from '../../../geo/context.geojson';
import sitesFile from '../../../geo/sites.geojson';
import honoursFile from '../../../geo/honours.json';
import figuresFile from '../../../geo/figures.json';
import eventsFile from '../../../geo/events.json';
import sourcesFile from '../../../geo/sources.json';
import searchKeysFile from '../../../geo/search-keys.json';
import type { AppData } from './load.ts';

export function loadBundledData(): AppData {
  return {
    districts: districtsFile,
    context: contextFile,
    sites: sitesFile,
    honours: honoursFile,
    figures: figuresFile,
    events: eventsFile,
    sources: sourcesFile,
    searchKeys: searchKeysFile,
  } as unknown as AppData;
}
