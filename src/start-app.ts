import { mount } from 'svelte';
import App from './App.svelte';
import LoadFailed from './lib/components/LoadFailed.svelte';
import { DataLoadError } from './lib/data/fetch-json.ts';
import type { AppData } from './lib/data/load.ts';
import { linkLang } from './lib/state/url-state.ts';
import { firstViewElement } from './lib/map/first-view-dom.ts';

/**
 * The app itself, its own chunk (index.html preloads it): mounted with the data src/main.ts
 * started loading or, if a file could not be loaded, the page that names it.
 */
export async function startApp(target: HTMLElement, appData: Promise<AppData>): Promise<void> {
  try {
    const data = await appData;
    mount(App, { target, props: { data } });
  } catch (error) {
    if (!(error instanceof DataLoadError)) throw error;
    // No map will come: the first view makes way for the message.
    firstViewElement()?.remove();
    const lang = linkLang(location.search);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    mount(LoadFailed, { target, props: { error, lang, retry: () => location.reload() } });
  }
}
