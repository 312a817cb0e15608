/**
 * Bench mode (only in `vite build --mode bench`; src/main.ts imports this file behind
 * `import.meta.env.MODE === 'bench'`, so production bundles never contain it).
 * See bench/contract.ts for the URL contract and bench/run.ts for the runner.
 */
import { fetchBenchFolder, readBenchRequest } from '../../bench/contract.ts';
import type { AppData } from '../lib/data/load.ts';
import type { DistrictCollection } from '../lib/data/schema.ts';
import { SITE_CATEGORIES } from '../lib/data/vocab.ts';
import { benchCategory, benchSiteCollection } from './bench-sites.ts';

/**
 * The data to mount the app with: the app's own data (`loading`) with its sites (and
 * districts) replaced. The bench files are fetched at once, in parallel with the app's.
 */
export async function benchData(
  loading: Promise<AppData>,
  search = location.search,
): Promise<AppData> {
  const request = readBenchRequest(search);
  if (!request) return loading;
  if (request.folder) {
    const [data, { districts, sites }] = await Promise.all([
      loading,
      fetchBenchFolder(request.folder, request.n),
    ]);
    return {
      ...data,
      districts: districts as DistrictCollection,
      sites: benchSiteCollection(sites),
    };
  }
  const [data, { syntheticSites }] = await Promise.all([
    loading,
    import('../../bench/synthetic.ts'),
  ]);
  return { ...data, sites: benchSiteCollection(syntheticSites(data.districts, request.n)) };
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
 * AppState.toggleCategory) and resolves at the map's next `idle`, i.e. after the next
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
