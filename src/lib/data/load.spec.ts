import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { START_FILES, loadAppData } from './load.ts';
import { DataLoadError } from './fetch-json.ts';

const text = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');

/** A fetch that serves each start file from geo/, or fails the one named `broken`. */
function fakeFetch(broken?: string, requested: string[] = []): typeof fetch {
  return (async (url: string) => {
    requested.push(url);
    const entry = START_FILES.find((f) => f.url === url);
    if (!entry) return new Response('not found', { status: 404 });
    if (entry.file === broken) return new Response('oops', { status: 500 });
    return new Response(text(entry.file), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

describe('loadAppData', () => {
  test('fetches every start file at once, each into its own field', async () => {
    const requested: string[] = [];
    const data = await loadAppData(fakeFetch(undefined, requested));
    expect(requested.sort()).toEqual(START_FILES.map((f) => f.url).sort());
    expect(data.districts.features).toHaveLength(9);
    expect(data.context.features.some((f) => f.properties.role === 'city')).toBe(true);
    expect(data.sites.features.length).toBeGreaterThan(0);
    expect(data.honours.length).toBeGreaterThan(0);
    expect(data.figures.length).toBeGreaterThan(0);
    expect(data.events.length).toBeGreaterThan(0);
    expect(Object.keys(data.searchKeys.districts)).toHaveLength(9);
  });

  test.each(['geo/sites.geojson', 'geo/search-keys.json'])(
    '%s failing is named too',
    async (file) => {
      await expect(loadAppData(fakeFetch(file))).rejects.toMatchObject({ file, reason: 'http' });
    },
  );

  test('a file that fails rejects with an error naming that file', async () => {
    const failure = loadAppData(fakeFetch('geo/context.geojson'));
    await expect(failure).rejects.toBeInstanceOf(DataLoadError);
    await expect(failure).rejects.toMatchObject({
      file: 'geo/context.geojson',
      reason: 'http',
      detail: 'HTTP 500',
    });
  });
});
