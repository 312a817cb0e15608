import { mount } from 'svelte';
import App from './App.svelte';
import { loadBundledData } from './lib/data/load.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target, props: { data: loadBundledData() } });
