import { mount } from 'svelte';
import App from './App.svelte';
import LoadFailed from './lib/components/LoadFailed.svelte';
import { loadAppData } from './lib/data/load.ts';
import { DataLoadError } from './lib/data/fetch-json.ts';
import { parseUrlState } from './lib/state/url-state.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

async function start(target: HTMLElement) {
  const loading = loadAppData();
  // Bench builds only (`vite build --mode bench`): synthetic or loaded sites, window.__bench.
  if (import.meta.env.MODE === 'bench') {
    const bench = await import('./bench/bench-mode.ts');
    const data = await bench.benchData(loading);
    bench.installBenchHooks();
    return mount(App, { target, props: { data } });
  }
  return mount(App, { target, props: { data: await loading } });
}

try {
  await start(target);
} catch (error) {
  if (!(error instanceof DataLoadError)) throw error;
  // The link's language, read by the app's own URL parser (no data: no ids are known).
  const known = { districtExists: () => false, siteExists: () => false };
  const lang = parseUrlState(location.search, known).state.lang ?? 'zh';
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  mount(LoadFailed, { target, props: { error, lang, retry: () => location.reload() } });
}
