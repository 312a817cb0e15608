/**
 * The colour theme: the user's choice (auto, light, dark), the system's preference and the
 * theme they resolve to. Part of AppState (`app.theme`); MapView draws `app.theme.map`.
 */
import { DARK_QUERY, isThemeChoice, resolveTheme, type ThemeChoice } from '../theme/choice.ts';
import type { Theme } from '../theme/palette.ts';

/** The part of a MediaQueryList this class reads. */
export interface DarkQuery {
  matches: boolean;
  addEventListener(type: 'change', listener: (event: { matches: boolean }) => void): void;
}

export interface ThemeStateOptions {
  /** `matchMedia('(prefers-color-scheme: dark)')`; by default the page's, none in Node. */
  darkQuery?: DarkQuery | null;
}

function pageDarkQuery(): DarkQuery | null {
  return typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
}

export class ThemeState {
  #choice = $state<ThemeChoice>('auto');
  #systemDark = $state(false);
  /** Holders of the light map (a PNG export being made, the page being printed). */
  #lightHolds = $state(0);

  constructor(options: ThemeStateOptions = {}) {
    const query = options.darkQuery === undefined ? pageDarkQuery() : options.darkQuery;
    if (query) {
      this.#systemDark = query.matches;
      query.addEventListener('change', (event) => (this.#systemDark = event.matches));
    }
  }

  /** What the user chose (auto until they choose; the link's `theme=`). */
  get choice(): ThemeChoice {
    return this.#choice;
  }

  /** Choose auto, light or dark; anything else is ignored. */
  set(choice: string): void {
    if (isThemeChoice(choice)) this.#choice = choice;
  }

  /** The theme of the page: the choice, or for auto the system's preference. */
  readonly resolved: Theme = $derived(resolveTheme(this.#choice, this.#systemDark));

  /** The theme the map draws: the page's, but light while an export or print holds it. */
  readonly map: Theme = $derived(this.#lightHolds > 0 ? 'light' : this.resolved);

  /** Draw the map light until the returned release is called (exports and print stay light). */
  holdLight(): () => void {
    this.#lightHolds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#lightHolds--;
    };
  }
}

/** While the page prints, the map is drawn light (print.css keeps the page light). */
export function holdLightWhilePrinting(theme: ThemeState, win: Window): () => void {
  let release: (() => void) | null = null;
  const before = () => (release ??= theme.holdLight());
  const after = () => {
    release?.();
    release = null;
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  return () => {
    after();
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
  };
}
