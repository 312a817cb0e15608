/**
 * `npm run check:data`: validate every file in geo/, print each error on its own line and a
 * summary, and exit 1 on any error (0 and a one-line report otherwise).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateGeoDir } from './validate-geo-dir.ts';
import { formatErrors } from './validation-error.ts';

const geoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { errors, report } = validateGeoDir(geoDir);

if (errors.length > 0) {
  console.error(formatErrors(errors));
  process.exitCode = 1;
} else {
  console.log(report.summary);
}
