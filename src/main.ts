/**
 * The page's entry: small, so it runs while the app's chunk (src/start-app.ts, preloaded by
 * index.html) is still being fetched and compiled. It starts loading the data (the files
 * index.html preloads) and, on wide screens, draws the first view into index.html's canvas
 * at the map's place (app.css gives the frame); then the app mounts with the same data.
 */
import { allData, startLoading, type AppData, type StartLoads } from './lib/data/load.ts';
import { deriveStatuses } from './lib/data/status.ts';
import { firstContentfulPaint, markOnce } from './lib/map/first-paint.ts';
import { BOOT_CANVAS_ID, drawFirstView, firstViewScene } from './lib/map/first-view-canvas.ts';
import { statusScale } from './lib/map/status-scale.ts';
import { linkLang, parseUrlState } from './lib/state/url-state.ts';
import { DARK_QUERY, applyDocumentTheme, resolveTheme } from './lib/theme/choice.ts';
import { bootDrawsFirstView } from './lib/map/boot-view.ts';
import { benchLoads, installBenchHooks } from './bench/bench-mode.ts';
import { loadMapLibre } from './lib/map/load-maplibre.ts';
import { showStartFailed } from './lib/components/start-failed.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// Bench builds only (`vite build --mode bench`): the bench's sites and districts, fetched
// at once like the app's own files, and window.__bench. In other builds the condition is
// false at build time and the bench code is dropped (a test checks the production bundle
// has none of it). Nothing here waits: a bench build mounts when a production build does.
const loads: StartLoads =
  import.meta.env.MODE === 'bench' ? benchLoads(startLoading()) : startLoading();
if (import.meta.env.MODE === 'bench') installBenchHooks();

// MapLibre and its worker start loading now, in parallel with the rest (MapView handles a
// failure: it shows its own message after a timeout).
loadMapLibre().catch(() => undefined);

/** Every start file (a failure rejects with a DataLoadError naming the file). */
const appData: Promise<AppData> = allData(loads);
// Handled by start-app.ts once it has loaded (it shows which file failed); until then the
// rejection must not count as unhandled.
appData.catch(() => undefined);

async function drawFirstViewEarly(): Promise<void> {
  const canvas = document.getElementById(BOOT_CANVAS_ID);
  if (!(canvas instanceof HTMLCanvasElement)) return;
  // Only the link's camera matters here; the app checks the rest of the link.
  const anyId = { districtExists: () => true, siteExists: () => true };
  const { state } = parseUrlState(location.search, anyId);
  // The link's theme before anything is drawn, so a dark page shows no light flash.
  if (state.theme) applyDocumentTheme(document.documentElement, state.theme);
  if (!bootDrawsFirstView(state)) return;
  const theme = resolveTheme(state.theme, matchMedia(DARK_QUERY).matches);
  const [districts, honours] = await Promise.all([loads.districts, loads.honours]);
  const statuses = deriveStatuses(honours);
  const scale = statusScale(theme);
  const scene = firstViewScene(districts, (code) => scale(statuses[code]), state.camera, theme);
  if (drawFirstView(canvas, scene)) {
    void firstContentfulPaint().then((time) => markOnce('map:visible', time));
  }
}

// A file that fails is reported by the app (start-app.ts); here it only means no early view.
drawFirstViewEarly().catch(() => undefined);

// The app's own chunk; if it cannot be loaded, the page says so rather than staying half drawn.
let app: typeof import('./start-app.ts') | undefined;
try {
  app = await import('./start-app.ts');
} catch (error) {
  showStartFailed(target, linkLang(location.search), error);
}
if (app) await app.startApp(target, appData);
