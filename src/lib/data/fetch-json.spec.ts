import { describe, expect, test } from 'vitest';
import { DataLoadError, fetchJson } from './fetch-json.ts';

const respond =
  (body: string, init: ResponseInit = {}) =>
  async () =>
    new Response(body, init);

async function failure(fetchImpl: typeof fetch): Promise<DataLoadError> {
  try {
    await fetchJson('/x.json', 'geo/communities.json', fetchImpl);
  } catch (error) {
    return error as DataLoadError;
  }
  throw new Error('expected a failure');
}

describe('fetchJson', () => {
  test('parses good JSON', async () => {
    const ok = respond('{"a":1}', { headers: { 'content-type': 'application/json' } });
    expect(await fetchJson('/x.json', 'geo/x.json', ok)).toEqual({ a: 1 });
  });

  test('a 404 names the file and the status', async () => {
    const error = await failure(respond('nope', { status: 404 }));
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error.message).toBe('geo/communities.json: http: HTTP 404');
  });

  test('a 500 is an HTTP failure too', async () => {
    expect((await failure(respond('', { status: 500 }))).detail).toBe('HTTP 500');
  });

  test('an HTML page in place of JSON is called what it is', async () => {
    const html = respond('<!doctype html><p>Not found', {
      headers: { 'content-type': 'text/html' },
    });
    expect((await failure(html)).reason).toBe('html');
  });

  test('broken JSON is reported with the parser’s message', async () => {
    const error = await failure(
      respond('{"a":', { headers: { 'content-type': 'application/json' } }),
    );
    expect(error.reason).toBe('json');
    expect(error.detail).toMatch(/JSON/);
  });

  test('no connection is a network failure', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await failure(offline as unknown as typeof fetch);
    expect(error.reason).toBe('network');
    expect(error.detail).toBe('Failed to fetch');
  });
});
