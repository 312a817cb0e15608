import { describe, expect, test } from 'vitest';
import { ThemeState, holdLightWhilePrinting, type DarkQuery } from './theme.svelte.ts';

/** A stand-in for matchMedia('(prefers-color-scheme: dark)') that a test can flip. */
function fakeQuery(matches: boolean) {
  const listeners: ((event: { matches: boolean }) => void)[] = [];
  const query: DarkQuery = {
    matches,
    addEventListener: (_type, listener) => listeners.push(listener),
  };
  return { query, flip: (dark: boolean) => listeners.forEach((l) => l({ matches: dark })) };
}

describe('ThemeState', () => {
  test('starts at auto and follows the system', () => {
    const { query, flip } = fakeQuery(true);
    const theme = new ThemeState({ darkQuery: query });
    expect(theme.choice).toBe('auto');
    expect(theme.resolved).toBe('dark');
    flip(false);
    expect(theme.resolved).toBe('light');
  });

  test('an explicit choice wins over the system; unknown choices are ignored', () => {
    const { query } = fakeQuery(true);
    const theme = new ThemeState({ darkQuery: query });
    theme.set('light');
    expect(theme.resolved).toBe('light');
    theme.set('purple');
    expect(theme.choice).toBe('light');
    theme.set('dark');
    expect(theme.resolved).toBe('dark');
  });

  test('without matchMedia (Node) auto is light', () => {
    expect(new ThemeState({ darkQuery: null }).resolved).toBe('light');
  });

  test('the map is light while held (an export), dark again once every hold is released', () => {
    const theme = new ThemeState({ darkQuery: null });
    theme.set('dark');
    expect(theme.map).toBe('dark');
    const first = theme.holdLight();
    const second = theme.holdLight();
    expect(theme.map).toBe('light');
    first();
    first(); // twice is once
    expect(theme.map).toBe('light');
    second();
    expect(theme.map).toBe('dark');
    expect(theme.resolved).toBe('dark');
  });

  test('printing holds the map light', () => {
    const theme = new ThemeState({ darkQuery: null });
    theme.set('dark');
    const target = new EventTarget();
    const stop = holdLightWhilePrinting(theme, target as unknown as Window);
    target.dispatchEvent(new Event('beforeprint'));
    expect(theme.map).toBe('light');
    target.dispatchEvent(new Event('afterprint'));
    expect(theme.map).toBe('dark');
    target.dispatchEvent(new Event('beforeprint'));
    stop();
    expect(theme.map).toBe('dark');
  });
});
