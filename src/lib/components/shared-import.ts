/**
 * A chunk loaded once and shared by whoever waits for it (the loader that shows a view, the
 * switch that moves focus into it). A failed load is forgotten, so a retry fetches again.
 */
export function sharedImport<M>(
  defaultLoad: () => Promise<M>,
): (load?: () => Promise<M>) => Promise<M> {
  let loading: Promise<M> | null = null;
  return (load = defaultLoad) => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
