/**
 * The page's entry: small, and nothing heavy before the first frame. index.html already
 * holds the first view (the nine divisions, drawn without script); this frames it for a
 * linked camera and language and listens to it, so a click is remembered. Once the first
 * frame is on screen it loads the app's chunk (src/start-app.ts) and MapLibre, and the data
 * files index.html preloads; the app then takes the first view's input and the map, when
 * ready, takes its place.
 */
import { allData, startLoading, type AppData, type StartLoads } from './lib/data/load.ts';
import { afterFirstPaint, elementPainted, markOnce } from './lib/map/first-paint.ts';
import {
  firstViewElement,
  placeFirstView,
  setFirstViewLang,
  setFirstViewTheme,
} from './lib/map/first-view-dom.ts';
import { listenToFirstView } from './lib/map/first-view-input.ts';
import { linkLang, parseUrlState } from './lib/state/url-state.ts';
import { applyDocumentTheme } from './lib/theme/choice.ts';
import { benchLoads, installBenchHooks } from './bench/bench-mode.ts';
import { loadMapLibre } from './lib/map/load-maplibre.ts';
import { showStartFailed } from './lib/components/start-failed.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// Only the link's theme, camera and language matter here; the app checks the rest of the link.
const anyId = { districtExists: () => true, siteExists: () => true };
const { state } = parseUrlState(location.search, anyId);
// The link's theme at once (the first view follows the page's theme through app.css).
if (state.theme) applyDocumentTheme(document.documentElement, state.theme);

const firstView = firstViewElement();
// Framed in another page (`embed=1`) the page has another layout: the app draws the map alone.
if (firstView && state.embed) firstView.remove();
else if (firstView) {
  placeFirstView(firstView, state.camera);
  // A theme chosen in the link: its picture, whatever the system prefers.
  if (state.theme === 'light' || state.theme === 'dark') setFirstViewTheme(firstView, state.theme);
  const lang = linkLang(location.search);
  if (lang !== 'zh') setFirstViewLang(firstView, lang);
  listenToFirstView(firstView);
  // map:visible is the first frame with the divisions: when their picture was drawn.
  if (firstView.clientWidth > 0)
    void elementPainted('first-view').then((t) => markOnce('map:visible', t));
}

// The data files: index.html preloads them, so these fetches are served from that preload.
// Bench builds only (`vite build --mode bench`): the bench's sites, and window.__bench. In
// other builds the condition is false at build time and the bench code is dropped (a test
// checks the production bundle has none of it).
const loads: StartLoads =
  import.meta.env.MODE === 'bench' ? benchLoads(startLoading()) : startLoading();
if (import.meta.env.MODE === 'bench') installBenchHooks();

/** Every start file (a failure rejects with a DataLoadError naming the file). */
const appData: Promise<AppData> = allData(loads);
// Handled by start-app.ts once it has loaded (it shows which file failed); until then the
// rejection must not count as unhandled.
appData.catch(() => undefined);

// Nothing heavy competes with the first frame: the app and MapLibre start after it.
await afterFirstPaint();

// MapLibre and its worker (MapView handles a failure: it shows its own message).
loadMapLibre().catch(() => undefined);

// The app's own chunk; if it cannot be loaded, the page says so rather than staying half drawn.
let app: typeof import('./start-app.ts') | undefined;
try {
  app = await import('./start-app.ts');
} catch (error) {
  showStartFailed(target, linkLang(location.search), error);
}
if (app) await app.startApp(target, appData);
