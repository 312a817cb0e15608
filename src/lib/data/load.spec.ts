import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BOUNDARY_FILES, loadAppData } from './load.ts';
import { DataLoadError } from './fetch-json.ts';

const text = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');

/** A fetch that serves each boundary file from geo/, or fails the one named `broken`. */
function fakeFetch(broken?: string, requested: string[] = []): typeof fetch {
  return (async (url: string) => {
    requested.push(url);
    const entry = BOUNDARY_FILES.find((f) => f.url === url);
    if (!entry) return new Response('not found', { status: 404 });
    if (entry.file === broken) return new Response('oops', { status: 500 });
    return new Response(text(entry.file), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

describe('loadAppData', () => {
  test('fetches both boundary files at once and adds the bundled tables', async () => {
    const requested: string[] = [];
    const data = await loadAppData(fakeFetch(undefined, requested));
    expect(requested.sort()).toEqual(BOUNDARY_FILES.map((f) => f.url).sort());
    expect(data.districts.features).toHaveLength(9);
    expect(data.context.features.some((f) => f.properties.role === 'city')).toBe(true);
    expect(data.sites.features.length).toBeGreaterThan(0);
    expect(data.honours.length).toBeGreaterThan(0);
    expect(data.figures.length).toBeGreaterThan(0);
    expect(data.events.length).toBeGreaterThan(0);
  });

  test('a boundary file that fails rejects with an error naming that file', async () => {
    const failure = loadAppData(fakeFetch('geo/context.geojson'));
    await expect(failure).rejects.toBeInstanceOf(DataLoadError);
    await expect(failure).rejects.toMatchObject({
      file: 'geo/context.geojson',
      reason: 'http',
      detail: 'HTTP 500',
    });
  });
});
