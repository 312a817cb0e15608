/** The app's languages (a module of its own: the URL parser needs them, not the catalogues). */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
