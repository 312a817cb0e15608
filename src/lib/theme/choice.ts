/**
 * The user's theme choice (`theme=` in the link) and the theme it resolves to. Pure: the
 * system's preference is passed in, so the entry, the app and tests share these.
 */
import type { Theme } from './palette.ts';

/** auto follows the system (`prefers-color-scheme`); auto is left out of the link. */
export const THEME_CHOICES = ['auto', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return (THEME_CHOICES as readonly unknown[]).includes(value);
}

/** The theme shown for a choice, given whether the system prefers dark. */
export function resolveTheme(choice: ThemeChoice | null | undefined, systemDark: boolean): Theme {
  if (choice === 'light' || choice === 'dark') return choice;
  return systemDark ? 'dark' : 'light';
}

/** The media query of the system's preference. */
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * The page's `data-theme`: 'light' or 'dark' for an explicit choice, none for auto (app.css
 * then follows `prefers-color-scheme`).
 */
export function applyDocumentTheme(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === 'auto') delete root.dataset.theme;
  else root.dataset.theme = choice;
}
