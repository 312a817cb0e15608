/**
 * The one state of the app. Built from plain, validated data, so a Node test can
 * drive it without a DOM; components read it and call its methods. Language, selection,
 * hover, divisions, notice, camera, view and the map style live here; the basemap, the
 * comparison, the site filters, the communities and the measure are small classes it holds
 * as fields (`app.basemap`, `app.comparison`, `app.filters`, `app.communities`, `app.measure`).
 */
import type { AppData } from '../data/load.ts';
import type { CommunitiesFile } from '../data/communities-schema.ts';
import type {
  Citation,
  DistrictProperties,
  Honour,
  SiteFeature,
  SiteProperties,
} from '../data/schema.ts';
import { currentStatus, statusHistory } from '../data/city-status.ts';
import { SourceIndex } from '../data/source-index.ts';
import { indexDistricts } from '../data/districts.ts';
import { countByStatus, deriveStatuses, honoursOf } from '../data/status.ts';
import { STATUSES, type DistrictCode, type Status } from '../data/vocab.ts';
import { LANGS, type Lang, type MessageKey } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import { buildStyle, dynamicLayerUpdates, type StyleInput } from '../map/style.ts';
import { sitePoints, type SitePointProperties } from '../map/site-source.ts';
import type { FeatureCollection, Point } from 'geojson';
import { isDistrictCode, sameSelection, type Selection } from './selection.ts';
import { BasemapState } from './basemap.svelte.ts';
import { ComparisonState } from './compare.svelte.ts';
import { SiteFilterState } from './site-filter.svelte.ts';
import { CommunityLookup } from './communities.svelte.ts';
import { MeasureState } from './measure.svelte.ts';
import { ThemeState, type DarkQuery } from './theme.svelte.ts';

import { VIEWS, type View } from './url-state.ts';
export { VIEWS, type View };

/** The map's view, as the URL holds it. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export interface AppStateOptions {
  lang?: Lang;
  /** Loads geo/communities.json on first use (a separate chunk in the browser). */
  loadCommunities?: () => Promise<CommunitiesFile>;
  /** The build's VITE_* variables for the online basemaps (default: import.meta.env). */
  env?: Record<string, unknown>;
  /** The system's dark preference (default: the page's matchMedia; none in Node). */
  darkQuery?: DarkQuery | null;
}

export class AppState {
  readonly data: AppData;
  readonly statuses: Record<DistrictCode, Status>;
  /** The located sites as map points (built once; filters are expressions, not new data). */
  readonly sitePoints: FeatureCollection<Point, SitePointProperties>;
  readonly #districtsByCode: ReadonlyMap<DistrictCode, DistrictProperties>;

  /** The basemap under the divisions, and the Tianditu key. */
  readonly basemap: BasemapState;
  /** The divisions picked for comparison, and the compare table's sort. */
  readonly comparison = new ComparisonState();
  /** The site filters (categories, honour level) and the sites that pass them. */
  readonly filters: SiteFilterState;
  /** The villages and communities, loaded on first use. */
  readonly communities: CommunityLookup;
  /** What the choropleth shows: status, or a number per division. */
  readonly measure: MeasureState;
  /** The documents every fact cites, and how current the data is (`sources.asOf`). */
  readonly sources: SourceIndex;
  /** The colour theme: the choice (auto, light, dark) and what it resolves to. */
  readonly theme: ThemeState;

  #lang = $state<Lang>('zh');
  #selection = $state.raw<Selection | null>(null);
  #hovered = $state<DistrictCode | null>(null);
  #notice = $state<string | null>(null);
  #camera = $state.raw<Camera | null>(null);
  #view = $state<View>('map');

  constructor(data: AppData, options: AppStateOptions = {}) {
    this.data = data;
    this.statuses = deriveStatuses(data.honours);
    this.sitePoints = sitePoints(data.sites.features, data.honours);
    this.#districtsByCode = indexDistricts(data.districts);
    this.basemap = new BasemapState({
      env: options.env ?? import.meta.env,
      lang: () => this.#lang,
      notify: (text) => this.showNotice(text),
    });
    this.filters = new SiteFilterState(data.sites.features, data.honours);
    this.communities = new CommunityLookup(options.loadCommunities);
    this.theme = new ThemeState({ darkQuery: options.darkQuery });
    this.measure = new MeasureState(data, () => this.theme.map);
    this.sources = new SourceIndex(data.sources);
    if (options.lang) this.#lang = options.lang;
  }

  /* ------------------------------------------------------------ language */

  get lang(): Lang {
    return this.#lang;
  }

  setLang(lang: Lang): void {
    if (LANGS.includes(lang)) this.#lang = lang;
  }

  toggleLang(): void {
    this.#lang = this.#lang === 'zh' ? 'en' : 'zh';
  }

  /** A message in the current language. */
  t(key: MessageKey, values?: Record<string, string | number>): string {
    return translate(this.#lang, key, values);
  }

  /** A record's `<field>_zh` or `<field>_en`, by the current language. */
  pick(record: object, field: string): string {
    const value = (record as Record<string, unknown>)[`${field}_${this.#lang}`];
    return typeof value === 'string' ? value : '';
  }

  /* ------------------------------------------------------------ selection */

  get selection(): Selection | null {
    return this.#selection;
  }

  /** Select a division, a site or a community; ids that do not exist clear the selection. */
  select(selection: Selection | null): void {
    const valid = selection && this.#exists(selection) ? selection : null;
    if (!sameSelection(valid, this.#selection)) this.#selection = valid;
  }

  selectDistrict(code: string): void {
    this.select(isDistrictCode(code) ? { kind: 'district', code } : null);
  }

  selectSite(id: string): void {
    this.select({ kind: 'site', id });
  }

  selectCommunity(code: string): void {
    this.select({ kind: 'community', code });
  }

  clearSelection(): void {
    this.#selection = null;
  }

  #exists(selection: Selection): boolean {
    switch (selection.kind) {
      case 'district':
        return this.#districtsByCode.has(selection.code);
      case 'site':
        return this.site(selection.id) !== undefined;
      case 'community':
        return this.communities.community(selection.code) !== undefined;
    }
  }

  /** The division the selection is in (a site's or community's division; none for city-wide sites). */
  readonly selectedCode = $derived.by((): DistrictCode | null => {
    const s = this.#selection;
    if (!s) return null;
    if (s.kind === 'district') return s.code;
    if (s.kind === 'site') {
      const district = this.site(s.id)?.properties.district;
      return isDistrictCode(district) ? district : null;
    }
    const division = this.communities.community(s.code)?.division;
    return isDistrictCode(division) ? division : null;
  });

  readonly selectedDistrict = $derived.by(() =>
    this.#selection?.kind === 'district' ? (this.district(this.#selection.code) ?? null) : null,
  );

  readonly selectedSite = $derived.by(() =>
    this.#selection?.kind === 'site' ? (this.site(this.#selection.id) ?? null) : null,
  );

  readonly selectedCommunity = $derived.by(() =>
    this.#selection?.kind === 'community'
      ? (this.communities.community(this.#selection.code) ?? null)
      : null,
  );

  get hoveredCode(): DistrictCode | null {
    return this.#hovered;
  }

  hover(code: string | null): void {
    this.#hovered = isDistrictCode(code) ? code : null;
  }

  /* ------------------------------------------------------------ divisions */

  district(code: string): DistrictProperties | undefined {
    return isDistrictCode(code) ? this.#districtsByCode.get(code) : undefined;
  }

  /** Divisions in code order, for lists. */
  get districts(): DistrictProperties[] {
    return this.data.districts.features.map((f) => f.properties);
  }

  statusOf(code: DistrictCode): Status {
    return this.statuses[code];
  }

  honoursOf(holder: string): Honour[] {
    return honoursOf(holder, this.data.honours);
  }

  honour(id: string): Honour | undefined {
    return this.data.honours.find((h) => h.id === id);
  }

  /** The city's own honours. */
  readonly cityHonours = $derived.by(() => this.honoursOf('city'));

  /**
   * The city's status as it stands, for the header: its demonstration titles that nothing
   * supersedes, national first, then the newest (derived from honours.json).
   */
  readonly cityStatus = $derived.by(() => currentStatus('city', this.data.honours));

  /** What the city's status replaced (the candidacy), each with what replaced it. */
  readonly cityStatusHistory = $derived.by(() => statusHistory('city', this.data.honours));

  /* ------------------------------------------------------------ sources */

  /** How a citation reads in the current language: document, publisher, date, section. */
  cite(citation: Citation): string {
    return this.sources.label(citation, this.#lang);
  }

  /** Legend rows: every status, with how many divisions hold it. */
  readonly legendRows = $derived.by(() => countByStatus(this.statuses, STATUSES));

  /* ------------------------------------------------------------ sites */

  site(id: string): SiteFeature | undefined {
    return this.data.sites.features.find((f) => f.properties.id === id);
  }

  /** Every honour a site holds (listed on it or naming it as holder). */
  siteHonours(site: SiteProperties): Honour[] {
    return this.data.honours.filter((h) => h.holder === site.id || site.honours.includes(h.id));
  }

  /* ------------------------------------------------------------ notice and camera */

  /** A short message for the user (e.g. a link to an unknown place); shown as text. */
  get notice(): string | null {
    return this.#notice;
  }

  showNotice(text: string): void {
    this.#notice = text;
  }

  dismissNotice(): void {
    this.#notice = null;
  }

  /** The camera the map should show or last showed (null: fitted to the city). */
  get camera(): Camera | null {
    return this.#camera;
  }

  setCamera(camera: Camera | null): void {
    const c = this.#camera;
    if (camera && c && camera.lon === c.lon && camera.lat === c.lat && camera.zoom === c.zoom)
      return;
    this.#camera = camera;
  }

  /* ------------------------------------------------------------ view */

  get view(): View {
    return this.#view;
  }

  setView(view: string): void {
    if ((VIEWS as readonly string[]).includes(view)) this.#view = view as View;
  }

  /* ------------------------------------------------------------ map style */

  readonly #styleInput = $derived.by((): StyleInput => ({
    lang: this.#lang,
    districts: this.data.districts,
    context: this.data.context,
    statuses: this.statuses,
    sites: this.sitePoints,
    measureColours: this.measure.colours,
    theme: this.theme.map,
  }));

  /** The whole map style for the current state (MapView builds the map from it once). */
  readonly style = $derived.by(() => buildStyle(this.#styleInput));

  /** The filter, paint and layout values that follow the language, measure and theme, for the live map. */
  readonly layerUpdates = $derived.by(() => dynamicLayerUpdates(this.#styleInput));
}
