/**
 * The bench-mode URL contract, shared by the app's bench build and the reference page:
 * `?n=N` asks for N synthetic sites; `?benchData=<folder URL>&n=N` loads
 * `<folder>/districts.geojson` and `<folder>/sites-<N>.geojson` instead.
 */

export interface BenchRequest {
  n: number;
  /** The folder holding districts.geojson and sites-<N>.geojson; null: synthesise. */
  folder: string | null;
}

/** The request a query string makes, or null when it names no `n` (a normal page load). */
export function readBenchRequest(search: string): BenchRequest | null {
  const params = new URLSearchParams(search);
  const text = params.get('n');
  if (text === null) return null;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`bench: ?n= must be a whole number: ${text}`);
  return { n, folder: params.get('benchData') };
}

async function fetchJson(url: URL): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`bench: ${url.href} answered ${response.status}`);
  return response.json();
}

/** The two files of a bench data folder, fetched in parallel. */
export async function fetchBenchFolder(
  folder: string,
  n: number,
): Promise<{ districts: unknown; sites: unknown }> {
  const base = new URL(folder.endsWith('/') ? folder : `${folder}/`, location.href);
  const [districts, sites] = await Promise.all([
    fetchJson(new URL('districts.geojson', base)),
    fetchJson(new URL(`sites-${n}.geojson`, base)),
  ]);
  return { districts, sites };
}
