import { describe, expect, it } from 'vitest';
import { SLUG, slugFromName } from './slug.ts';

describe('an id made from the English name', () => {
  it.each([
    ['Saihan District People’s Court', 'saihan-district-peoples-court'],
    ['Hohhot 12345 Hotline', 'hohhot-12345-hotline'],
    ['  Tumed Left Banner — Jinshan Tribunal ', 'tumed-left-banner-jinshan-tribunal'],
    ['Qīngquánjiē', 'qingquanjie'],
    ['清泉街', ''],
  ])('%s → %s', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
    if (slug) expect(SLUG.test(slug)).toBe(true);
  });
});
