/**
 * The basemap under the divisions: which one is shown, what this build allows, and the
 * Tianditu key the user entered. Part of AppState (`app.basemap`).
 */
import type { Lang } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import {
  TIANDITU_KEY_PATTERN,
  basemapConfig,
  basemapLayers,
  isBasemapId,
  type BasemapConfig,
  type BasemapId,
} from '../map/basemap.ts';

export interface BasemapStateOptions {
  /** The build's VITE_* variables for the online basemaps. */
  env: Record<string, unknown>;
  /** The current language (for Tianditu's labels and the failure notice). */
  lang: () => Lang;
  /** Shows the user a short message. */
  notify: (text: string) => void;
}

export class BasemapState {
  /** What this build allows for online basemaps (templates, a configured key, 审图号). */
  readonly config: BasemapConfig;
  readonly #lang: () => Lang;
  readonly #notify: (text: string) => void;

  #current = $state<BasemapId>('offline');
  /** A Tianditu key the user entered: in memory only (not in the URL, not stored). */
  #userTiandituKey = $state('');

  constructor(options: BasemapStateOptions) {
    this.config = basemapConfig(options.env);
    this.#lang = options.lang;
    this.#notify = options.notify;
  }

  /** The basemap shown: the offline one until the user picks an online one. */
  get current(): BasemapId {
    return this.#current;
  }

  /** Whether a basemap can be picked now (Tianditu needs a key and a build that allows it). */
  isAvailable(id: BasemapId): boolean {
    return id !== 'tianditu' || (this.config.tiandituTiles !== null && !!this.tiandituKey);
  }

  /** Show a basemap; unknown ids and ones not available now are ignored. */
  set(id: string): void {
    if (isBasemapId(id) && this.isAvailable(id)) this.#current = id;
  }

  /** The Tianditu key in use: the one the user entered, else the build's (`VITE_TIANDITU_KEY`). */
  get tiandituKey(): string {
    return this.#userTiandituKey || this.config.tiandituKey;
  }

  /** Use a key the user entered ('' forgets it). A value that is no key is refused: false. */
  setTiandituKey(key: string): boolean {
    const trimmed = key.trim();
    if (trimmed && !TIANDITU_KEY_PATTERN.test(trimmed)) return false;
    this.#userTiandituKey = trimmed;
    if (!this.isAvailable(this.#current)) this.#current = 'offline';
    return true;
  }

  /** The online basemap's tiles failed (offline, key refused): back to the offline one. */
  reportFailure(): void {
    this.#current = 'offline';
    this.#notify(translate(this.#lang(), 'basemap.failed'));
  }

  /** The raster sources and layers MapView puts under the divisions (null: none). */
  readonly layers = $derived.by(() =>
    basemapLayers(this.#current, {
      ...this.config,
      lang: this.#lang(),
      tiandituKey: this.tiandituKey,
    }),
  );
}
