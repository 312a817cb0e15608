/**
 * Switching the main view: the comparison and the sources are their own chunks, so focus
 * moves to the view's heading once its chunk is there (the map stays mounted underneath).
 */
import { tick } from 'svelte';
import { loadCompareView } from '../compare/load-compare-view.ts';
import { loadSourcesView } from '../sources/load-sources-view.ts';
import type { AppState, View } from '../state/app.svelte.ts';

const HEADINGS: Record<View, string | null> = {
  map: null,
  compare: 'compare-title',
  sources: 'sources-title',
};

const LOADS: Record<View, (() => Promise<unknown>) | null> = {
  map: null,
  compare: () => loadCompareView(),
  sources: () => loadSourcesView(),
};

export async function openView(app: AppState, view: View): Promise<void> {
  if (app.view === view) return;
  app.setView(view);
  await LOADS[view]?.().catch(() => undefined);
  await tick();
  const heading = HEADINGS[view];
  if (heading) document.getElementById(heading)?.focus();
}
