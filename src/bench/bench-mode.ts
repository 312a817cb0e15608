/**
 * Bench mode (only in `vite build --mode bench`; src/main.ts imports this file behind
 * `import.meta.env.MODE === 'bench'`, so production bundles never contain it).
 * See bench/contract.ts for the URL contract and bench/run.ts for the runner.
 */
import { fetchBenchFile, readBenchRequest } from '../../bench/contract.ts';
import type { StartLoads } from '../lib/data/load.ts';
import { SITE_CATEGORIES } from '../lib/data/vocab.ts';
import { benchCategory, benchSiteCollection } from './bench-sites.ts';

/**
 * The app's start loads with its sites replaced by the bench's, fetched at once in parallel
 * with the app's files. The bench folder's districts.geojson is a copy of geo/'s, which the
 * build has already drawn into index.html's first view: the app keeps its own.
 */
export function benchLoads(loads: StartLoads, search = location.search): StartLoads {
  const request = readBenchRequest(search);
  if (!request) return loads;
  if (request.folder) {
    loads.sites.catch(() => undefined);
    const sites = fetchBenchFile(request.folder, `sites-${request.n}.geojson`);
    return { ...loads, sites: sites.then(benchSiteCollection) };
  }
  loads.sites.catch(() => undefined);
  const synthetic = import('../../bench/synthetic.ts');
  return {
    ...loads,
    sites: Promise.all([loads.districts, synthetic]).then(([districts, { syntheticSites }]) =>
      benchSiteCollection(syntheticSites(districts, request.n)),
    ),
  };
}

/** The little of the MapLibre map that bench mode uses (MapView sets window.__hohhotMap). */
interface BenchMap {
  once(type: 'idle', listener: () => void): unknown;
  triggerRepaint(): void;
}

function map(): BenchMap {
  const instance = (window as unknown as { __hohhotMap?: BenchMap }).__hohhotMap;
  if (!instance) throw new Error('bench: the map is not there yet');
  return instance;
}

/** The category's toggle in the site filters (the user's way to hide a category). */
function categoryToggle(category: string): HTMLInputElement {
  const index = SITE_CATEGORIES.indexOf(benchCategory(category));
  const toggles = document.querySelectorAll<HTMLInputElement>(
    '[aria-labelledby="sites-title"] input[type="checkbox"]',
  );
  const toggle = toggles[index];
  if (!toggle) throw new Error(`bench: no filter toggle for ${category}`);
  return toggle;
}

/**
 * `window.__bench.filter(category)`: hides the category as a user does (its toggle calls
 * app.filters.toggleCategory) and resolves at the map's next `idle`, i.e. after the next
 * completed render with every tile loaded.
 */
export function installBenchHooks(): void {
  const bench = {
    filter(category: string): Promise<void> {
      const toggle = categoryToggle(category);
      if (!toggle.checked) return Promise.resolve();
      const m = map();
      const idle = new Promise<void>((resolve) => m.once('idle', () => resolve()));
      toggle.click();
      m.triggerRepaint();
      return idle;
    },
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
}
