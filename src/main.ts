import { mount } from 'svelte';
import App from './App.svelte';
import { loadBundledData } from './lib/data/load.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

let data = loadBundledData();
// Bench builds only (`vite build --mode bench`): synthetic or loaded sites, window.__bench.
if (import.meta.env.MODE === 'bench') {
  const bench = await import('./bench/bench-mode.ts');
  data = await bench.benchData(data);
  bench.installBenchHooks();
}

export default mount(App, { target, props: { data } });
