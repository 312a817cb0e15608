/**
 * The bench-mode URL contract, shared by the app's bench build and the reference page:
 * `?n=N` asks for N synthetic sites; `?benchData=<folder URL>&n=N` loads
 * `<folder>/sites-<N>.geojson` instead, and the reference page `<folder>/districts.geojson`
 * too (a copy of geo/'s, which the app's build has already drawn into its first view).
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

/** One file of the bench folder, fetched and parsed. */
export function fetchBenchFile(folder: string, name: string): Promise<unknown> {
  const base = new URL(folder.endsWith('/') ? folder : `${folder}/`, location.href);
  return fetchJson(new URL(name, base));
}

/** The folder's districts.geojson and sites-<n>.geojson, fetched at once. */
export async function fetchBenchFolder(
  folder: string,
  n: number,
): Promise<{ districts: unknown; sites: unknown }> {
  const [districts, sites] = await Promise.all([
    fetchBenchFile(folder, 'districts.geojson'),
    fetchBenchFile(folder, `sites-${n}.geojson`),
  ]);
  return { districts, sites };
}
