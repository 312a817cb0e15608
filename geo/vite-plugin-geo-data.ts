import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { formatErrors, validateGeoDir } from './validate/index.ts';

const GEO_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * 1. Validates every file in geo/ before a build, with the same checks and the same
 *    message as `npm run check:data`: invalid data fails `vite build` (and is reported,
 *    without stopping the server, by `vite dev`).
 * 2. Lets the app `import x from '…/file.geojson'` as parsed JSON (one JSON.parse of the
 *    text, the fastest way to ship data in a bundle).
 */
export function geoData(): Plugin {
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'hohhot-geo-data',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      const { errors } = validateGeoDir(GEO_DIR);
      if (errors.length === 0) return;
      const message = formatErrors(errors);
      if (command === 'build') this.error(message);
      else this.warn(message);
    },
    load(id) {
      if (!id.endsWith('.geojson')) return null;
      const text = readFileSync(join(id), 'utf8');
      return { code: `export default JSON.parse(${JSON.stringify(text)});`, map: null };
    },
  };
}
