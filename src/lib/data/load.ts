/**
 * The data the first view needs, shipped inside the bundle (no extra round trip).
 * The files are validated at build time (geo/validate, run by the Vite plugin), so
 * here they are only given their types.
 */
import districtsFile from '../../../geo/districts.geojson';
import contextFile from '../../../geo/context.geojson';
import honoursFile from '../../../geo/honours.json';
import type { ContextCollection, DistrictCollection, Honour } from './schema.ts';

export interface AppData {
  districts: DistrictCollection;
  context: ContextCollection;
  honours: Honour[];
}

export function loadBundledData(): AppData {
  return {
    districts: districtsFile as unknown as DistrictCollection,
    context: contextFile as unknown as ContextCollection,
    honours: honoursFile as unknown as Honour[],
  };
}
