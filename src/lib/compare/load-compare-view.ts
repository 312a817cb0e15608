/**
 * The compare view's chunk, loaded once and shared by whoever waits for it (the loader that
 * shows it, the switch that moves focus into it). A failed load is forgotten, so a retry
 * fetches again.
 */
type CompareViewModule = typeof import('./CompareView.svelte');

let loading: Promise<CompareViewModule> | null = null;

export function loadCompareView(
  load: () => Promise<CompareViewModule> = () => import('./CompareView.svelte'),
): Promise<CompareViewModule> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
