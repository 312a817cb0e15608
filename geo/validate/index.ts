/** The validator's public face: what the CLI, the Vite plugin and the tests call. */
export { validateGeoFiles, checkGeoFiles, type GeoCounts } from './validate-geo-files.ts';
export {
  validateGeoDir,
  assertGeoDataValid,
  readGeoFiles,
  type GeoReport,
} from './validate-geo-dir.ts';
export { formatErrors, formatError, type ValidationError } from './validation-error.ts';
export { GEO_FILES } from './geo-files.ts';
