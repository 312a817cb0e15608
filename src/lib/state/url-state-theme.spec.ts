import { describe, expect, test } from 'vitest';
import { EMPTY_URL_STATE, parseUrlState, serialiseUrlState } from './url-state.ts';

const known = { districtExists: () => true, siteExists: () => true };

describe('theme= in the link', () => {
  test.each(['light', 'dark'] as const)('theme=%s is read and written back', (theme) => {
    const parsed = parseUrlState(`?theme=${theme}`, known);
    expect(parsed.state.theme).toBe(theme);
    expect(parsed.notices).toEqual([]);
    expect(parsed.canonical).toBe(`?theme=${theme}`);
  });

  test('auto is the default: left out of the link', () => {
    const parsed = parseUrlState('?theme=auto', known);
    expect(parsed.state.theme).toBeUndefined();
    expect(parsed.canonical).toBe('');
    expect(serialiseUrlState({ ...EMPTY_URL_STATE, theme: 'auto' })).toBe('');
  });

  test.each(['purple', 'DARK', 'dark,light'])(
    'an invalid theme (%s) is dropped with a notice',
    (value) => {
      const parsed = parseUrlState(`?lang=en&theme=${value}`, known);
      expect(parsed.state.theme).toBeUndefined();
      expect(parsed.state.lang).toBe('en');
      expect(parsed.notices).toEqual([{ key: 'url.malformed' }]);
      expect(parsed.canonical).toBe('?lang=en');
    },
  );

  test('an empty theme= is dropped quietly', () => {
    expect(parseUrlState('?theme=', known)).toMatchObject({ notices: [], canonical: '' });
  });

  test('comes after the other parameters', () => {
    expect(
      serialiseUrlState({ ...EMPTY_URL_STATE, lang: 'en', view: 'compare', theme: 'dark' }),
    ).toBe('?lang=en&view=compare&theme=dark');
  });
});
