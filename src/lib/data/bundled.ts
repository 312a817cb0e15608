/**
 * The whole data set imported as modules, synchronously: for unit tests and Node tools,
 * which read geo/ directly. The app itself uses loadAppData (load.ts), which fetches the
 * boundaries instead of bundling them.
 */
import districtsFile from '../../../geo/districts.geojson';
import contextFile from '../../../geo/context.geojson';
import { bundledTables, type AppData } from './load.ts';
import type { ContextCollection, DistrictCollection } from './schema.ts';

export function loadBundledData(): AppData {
  return {
    districts: districtsFile as unknown as DistrictCollection,
    context: contextFile as unknown as ContextCollection,
    ...bundledTables(),
  };
}
