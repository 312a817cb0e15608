import { describe, expect, test } from 'vitest';
import { applyDocumentTheme, isThemeChoice, resolveTheme } from './choice.ts';

describe('resolveTheme', () => {
  test('an explicit choice wins over the system', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
  test('auto, or no choice, follows the system', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme(null, true)).toBe('dark');
  });
});

test('isThemeChoice knows the three choices only', () => {
  expect(['auto', 'light', 'dark'].every(isThemeChoice)).toBe(true);
  expect(isThemeChoice('Dark')).toBe(false);
  expect(isThemeChoice(undefined)).toBe(false);
});

test('applyDocumentTheme sets data-theme for a choice and removes it for auto', () => {
  const root = { dataset: {} as DOMStringMap } as HTMLElement;
  applyDocumentTheme(root, 'dark');
  expect(root.dataset.theme).toBe('dark');
  applyDocumentTheme(root, 'light');
  expect(root.dataset.theme).toBe('light');
  applyDocumentTheme(root, 'auto');
  expect(root.dataset.theme).toBeUndefined();
});
