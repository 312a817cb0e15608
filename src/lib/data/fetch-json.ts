/** Why a data file could not be loaded, in terms a maintainer can act on. */
export type LoadFailure = 'network' | 'http' | 'html' | 'json';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: LoadFailure,
    readonly detail: string,
  ) {
    super(`${file}: ${reason}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

/**
 * Fetch a JSON data file and tell apart the ways it can fail: no connection, an HTTP error,
 * an HTML page served in its place (a mis-configured host's 404 page), or broken JSON.
 */
export async function fetchJson(
  url: string,
  file: string,
  fetchImpl: typeof fetch = fetch,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new DataLoadError(
      file,
      'network',
      error instanceof Error ? error.message : String(error),
    );
  }
  if (!response.ok) throw new DataLoadError(file, 'http', `HTTP ${response.status}`);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html') || /^\s*</.test(text)) {
    throw new DataLoadError(file, 'html', type || 'text/html');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataLoadError(file, 'json', error instanceof Error ? error.message : String(error));
  }
}
