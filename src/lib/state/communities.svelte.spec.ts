import { describe, expect, test } from 'vitest';
import type { CommunitiesFile } from '../data/communities-schema.ts';
import { DataLoadError } from '../data/fetch-json.ts';
import { CommunityLookup } from './communities.svelte.ts';

/** One township with one community: just the fields the lookup reads. */
function communitiesFile(): CommunitiesFile {
  return {
    townships: [{ code: '150102001', name: '通道街街道', division: '150102' }],
    communities: [{ code: '150102001001', short: '通道南街社区', division: '150102' }],
  } as unknown as CommunitiesFile;
}

/** A loader that counts its calls and fails the first `failures` times. */
function loader(failures = 0, error: unknown = new TypeError('Failed to fetch')) {
  const calls = { count: 0 };
  const load = () => {
    calls.count += 1;
    return calls.count <= failures ? Promise.reject(error) : Promise.resolve(communitiesFile());
  };
  return { load, calls };
}

describe('CommunityLookup', () => {
  test('without a loader nothing loads and nothing is found', async () => {
    const lookup = new CommunityLookup();
    expect(await lookup.ensureLoaded()).toBeNull();
    expect(lookup.file).toBeNull();
    expect(lookup.community('150102001001')).toBeUndefined();
  });

  test('loads once: calls made while loading share the request', async () => {
    const { load, calls } = loader();
    const lookup = new CommunityLookup(load);
    const [a, b] = await Promise.all([lookup.ensureLoaded(), lookup.ensureLoaded()]);
    expect(a).toBe(b);
    await lookup.ensureLoaded();
    expect(calls.count).toBe(1);
    expect(lookup.file).toBe(a);
  });

  test('finds communities and townships by code once loaded', async () => {
    const lookup = new CommunityLookup(loader().load);
    expect(lookup.township('150102001')).toBeUndefined();
    await lookup.ensureLoaded();
    expect(lookup.community('150102001001')?.short).toBe('通道南街社区');
    expect(lookup.township('150102001')?.name).toBe('通道街街道');
    expect(lookup.community('150102001999')).toBeUndefined();
  });

  test('a failure is kept as a network DataLoadError, and the next call tries again', async () => {
    const { load, calls } = loader(1);
    const lookup = new CommunityLookup(load);
    expect(await lookup.ensureLoaded()).toBeNull();
    expect(lookup.error).toBeInstanceOf(DataLoadError);
    expect(lookup.error?.reason).toBe('network');
    expect(lookup.error?.file).toBe('geo/communities.json');
    expect(await lookup.ensureLoaded()).not.toBeNull();
    expect(lookup.error).toBeNull();
    expect(calls.count).toBe(2);
  });

  test('a DataLoadError from the loader is kept as it is', async () => {
    const error = new DataLoadError('geo/communities.json', 'html', 'text/html');
    const lookup = new CommunityLookup(loader(1, error).load);
    await lookup.ensureLoaded();
    expect(lookup.error).toBe(error);
  });
});
