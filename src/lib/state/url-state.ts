/**
 * The URL's query string as app state, and back: pure functions, no DOM.
 *
 * `?site=qingquanjie&cats=court,community&lang=en` — one selection (district, site or
 * community), the site filters, the language, the camera, the view, the divisions compared,
 * the measure and the compare table's sort. Parsing never
 * throws: whatever a link holds, it yields a valid state, the notices to show, and the
 * canonical query string to put back with `replaceState`.
 */
import { MEASURES, type Measure } from '../data/measures.ts';
import {
  DISTRICT_CODES,
  LEVELS,
  SITE_CATEGORIES,
  type DistrictCode,
  type Level,
  type SiteCategory,
} from '../data/vocab.ts';
import { sortFromLinkValue, sortLinkValue, type CompareSort } from '../compare/sort-keys.ts';
import type { UrlMessageKey } from '../i18n/messages-url.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';
import { THEME_CHOICES, type ThemeChoice } from '../theme/choice.ts';
import type { Camera } from './app.svelte.ts';
import type { Selection } from './selection.ts';

/** The main view: the map, the comparison of divisions, or the list of sources. */
export const VIEWS = ['map', 'compare', 'sources'] as const;
export type View = (typeof VIEWS)[number];

export interface UrlState {
  selection: Selection | null;
  /** null: every category is shown; [] : none. */
  categories: SiteCategory[] | null;
  level: Level | null;
  lang: Lang | null;
  camera: Camera | null;
  view: View | null;
  /** Divisions picked for side-by-side comparison (at most four); null: none. */
  compare: DistrictCode[] | null;
  /** The choropleth's measure; null: status. */
  measure: Measure | null;
  /** The compare table's sort (`sort=area`, `sort=-area` descending); null: code order. */
  sort: CompareSort | null;
  /** The maintainers' point picker (`pick=1`, src/lib/pick); absent: off. */
  pick?: true;
  /** `theme=light` or `theme=dark`; absent or null: auto (follows the system). */
  theme?: ThemeChoice | null;
  /** The map framed in another page (`embed=1`, src/lib/embed); absent: the full map. */
  embed?: true;
}

/** A message to show, by key, with its values (shown as text). */
export interface NoticeKey {
  key: UrlMessageKey;
  values?: Record<string, string>;
}

/** What exists, for checking the ids a link names. */
export interface KnownIds {
  districtExists(code: string): boolean;
  siteExists(id: string): boolean;
}

export interface ParsedUrl {
  state: UrlState;
  notices: NoticeKey[];
  /** The query string that says the same as `state` ('' or '?…'). */
  canonical: string;
}

/** Longest value read from a link; anything longer is dropped. */
export const MAX_VALUE_LENGTH = 200;

/** Camera bounds: a view of Hohhot and its surroundings, nothing further. */
export const CAMERA_LIMITS = {
  lon: [95, 125],
  lat: [30, 50],
  zoom: [3, 16],
} as const;

const SELECTION_KEYS = ['district', 'site', 'community'] as const;
const COMMUNITY_CODE = /^\d{12}$/;
/** An id that may be quoted back (as text) in a notice. */
const QUOTABLE_ID = /^[A-Za-z0-9_-]{1,40}$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export const EMPTY_URL_STATE: UrlState = {
  selection: null,
  categories: null,
  level: null,
  lang: null,
  camera: null,
  view: null,
  compare: null,
  measure: null,
  sort: null,
};

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A camera rounded for the URL, or null when it is not finite or out of range. */
export function normaliseCamera(camera: Camera | null): Camera | null {
  if (!camera) return null;
  const lon = round(camera.lon, 5);
  const lat = round(camera.lat, 5);
  const zoom = round(camera.zoom, 2);
  const inside = (value: number, [min, max]: readonly [number, number]) =>
    Number.isFinite(value) && value >= min && value <= max;
  return inside(lon, CAMERA_LIMITS.lon) &&
    inside(lat, CAMERA_LIMITS.lat) &&
    inside(zoom, CAMERA_LIMITS.zoom)
    ? { lon, lat, zoom }
    : null;
}

function parseCamera(value: string): Camera | null {
  const parts = value.split(',');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [lon, lat, zoom] = parts.map(Number);
  return normaliseCamera({ lon, lat, zoom });
}

function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** The first value of each parameter, decoded; `null` for a value that could not be decoded. */
function readParams(search: string, notices: NoticeKey[]): Map<string, string | null> {
  const params = new Map<string, string | null>();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    if (key === null) {
      notices.push({ key: 'url.malformed' });
      continue;
    }
    if (params.has(key)) continue; // a repeated parameter: the first one wins
    params.set(key, value.length > MAX_VALUE_LENGTH * 6 ? value : decode(value));
  }
  return params;
}

/** The value of one known parameter, or null (with a notice when it was unusable). */
function take(params: Map<string, string | null>, key: string, notices: NoticeKey[]) {
  if (!params.has(key)) return null;
  const value = params.get(key) ?? null;
  if (value === null) {
    notices.push({ key: 'url.malformed' });
    return null;
  }
  if (value.length > MAX_VALUE_LENGTH) {
    notices.push({ key: 'url.tooLong' });
    return null;
  }
  return value;
}

function unknownPlace(id: string): NoticeKey {
  return QUOTABLE_ID.test(id)
    ? { key: 'url.unknownPlaceNamed', values: { id } }
    : { key: 'url.unknownPlace' };
}

function parseSelection(
  params: Map<string, string | null>,
  known: KnownIds,
  notices: NoticeKey[],
): Selection | null {
  const present = SELECTION_KEYS.filter((key) => params.has(key));
  if (present.length === 0) return null;
  if (present.length > 1) notices.push({ key: 'url.extraSelection' });
  const [key] = present;
  const value = take(params, key, notices);
  if (value === null || value === '') return null;
  if (key === 'district' && known.districtExists(value)) {
    return { kind: 'district', code: value as DistrictCode };
  }
  if (key === 'site' && known.siteExists(value)) return { kind: 'site', id: value };
  // Communities load later: a well-formed code is kept and checked once they have.
  if (key === 'community' && COMMUNITY_CODE.test(value)) return { kind: 'community', code: value };
  notices.push(unknownPlace(value));
  return null;
}

function parseCategories(value: string | null, notices: NoticeKey[]): SiteCategory[] | null {
  if (value === null) return null;
  const names = value.split(',').filter((name) => name !== '');
  const chosen = SITE_CATEGORIES.filter((c) => names.includes(c));
  if (names.some((name) => !includes(SITE_CATEGORIES, name))) {
    notices.push({ key: 'url.unknownCategories' });
    // A link that names only unknown categories shows every site rather than none.
    if (chosen.length === 0) return null;
  }
  return chosen.length === SITE_CATEGORIES.length ? null : chosen;
}

function parseChoice<T extends string>(
  value: string | null,
  list: readonly T[],
  notices: NoticeKey[],
): T | null {
  if (value === null || value === '') return null;
  if (includes(list, value)) return value;
  notices.push({ key: 'url.malformed' });
  return null;
}

/** `compare=150104,150122`: known division codes, each once, at most four. */
function parseCompare(value: string | null, notices: NoticeKey[]): DistrictCode[] | null {
  if (value === null || value === '') return null;
  const codes = value.split(',');
  const known = codes.filter(
    (c, i): c is DistrictCode => includes(DISTRICT_CODES, c) && codes.indexOf(c) === i,
  );
  if (known.length !== codes.length || known.length > MAX_COMPARE_CODES) {
    notices.push({ key: 'url.malformed' });
  }
  return known.length ? known.slice(0, MAX_COMPARE_CODES) : null;
}

const MAX_COMPARE_CODES = 4;

/** `sort=area` (ascending) or `sort=-area` (descending): a column of the compare table. */
function parseSort(value: string | null, notices: NoticeKey[]): CompareSort | null {
  if (value === null || value === '') return null;
  const sort = sortFromLinkValue(value);
  if (!sort) notices.push({ key: 'url.malformed' });
  return sort;
}

/** Notices in order, each key once. */
function distinct(notices: NoticeKey[]): NoticeKey[] {
  const seen = new Set<string>();
  return notices.filter((n) => !seen.has(n.key) && seen.add(n.key));
}

/** Read a query string ('?a=b&…' or 'a=b&…'); never throws. */
export function parseUrlState(search: string, known: KnownIds): ParsedUrl {
  const notices: NoticeKey[] = [];
  const params = readParams(search, notices);
  const selection = parseSelection(params, known, notices);
  const categories = parseCategories(take(params, 'cats', notices), notices);
  const level = parseChoice(take(params, 'level', notices), LEVELS, notices);
  const lang = parseChoice(take(params, 'lang', notices), LANGS, notices);
  const at = take(params, 'at', notices);
  const camera = at === null ? null : parseCamera(at);
  if (at !== null && !camera) notices.push({ key: 'url.badCamera' });
  const view = parseChoice(take(params, 'view', notices), VIEWS, notices);
  const compare = parseCompare(take(params, 'compare', notices), notices);
  const measure = parseChoice(take(params, 'measure', notices), MEASURES, notices);
  const sort = parseSort(take(params, 'sort', notices), notices);
  const pick = take(params, 'pick', notices) === '1';
  const theme = parseChoice(take(params, 'theme', notices), THEME_CHOICES, notices);
  const embed = take(params, 'embed', notices) === '1';
  const state: UrlState = {
    selection,
    categories,
    level,
    lang,
    camera,
    view,
    compare,
    measure,
    sort,
    ...(pick && { pick }),
    ...(theme && theme !== 'auto' && { theme }),
    ...(embed && { embed }),
  };
  return { state, notices: distinct(notices), canonical: serialiseUrlState(state) };
}

function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',');
}

function formatCamera({ lon, lat, zoom }: Camera): string {
  return `${lon},${lat},${zoom}`;
}

/**
 * The canonical query string ('' or '?…'): selection, cats, level, lang, at, view, compare,
 * measure, sort, pick, theme, embed, in that order, leaving out the defaults (every category,
 * no level, Chinese, no camera, the map, status, code order, auto theme).
 */
export function serialiseUrlState(state: UrlState): string {
  const parts: [string, string][] = [];
  const s = state.selection;
  if (s) parts.push(s.kind === 'site' ? ['site', s.id] : [s.kind, s.code]);
  if (state.categories) {
    const cats = SITE_CATEGORIES.filter((c) => state.categories?.includes(c));
    if (cats.length < SITE_CATEGORIES.length) parts.push(['cats', cats.join(',')]);
  }
  if (state.level) parts.push(['level', state.level]);
  if (state.lang && state.lang !== 'zh') parts.push(['lang', state.lang]);
  const camera = normaliseCamera(state.camera);
  if (camera) parts.push(['at', formatCamera(camera)]);
  if (state.view && state.view !== 'map') parts.push(['view', state.view]);
  if (state.compare?.length) parts.push(['compare', state.compare.join(',')]);
  if (state.measure && state.measure !== 'status') parts.push(['measure', state.measure]);
  if (state.sort) parts.push(['sort', sortLinkValue(state.sort)]);
  if (state.pick) parts.push(['pick', '1']);
  if (state.theme && state.theme !== 'auto') parts.push(['theme', state.theme]);
  if (state.embed) parts.push(['embed', '1']);
  if (parts.length === 0) return '';
  return '?' + parts.map(([key, value]) => `${key}=${encode(value)}`).join('&');
}

/**
 * The link's language alone, for pages shown before the data has loaded (so no ids are
 * known): read by the same parser, Chinese unless the link says otherwise.
 */
export function linkLang(search: string): Lang {
  const noIds = { districtExists: () => false, siteExists: () => false };
  return parseUrlState(search, noIds).state.lang ?? 'zh';
}
