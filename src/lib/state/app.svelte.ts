/**
 * The one state of the app. Built from plain, validated data, so a Node test can
 * drive it without a DOM; components read it and call its methods.
 */
import type { AppData } from '../data/load.ts';
import type { CommunitiesFile, Community, Township } from '../data/communities-schema.ts';
import type { DistrictProperties, Honour, SiteFeature, SiteProperties } from '../data/schema.ts';
import { indexDistricts } from '../data/districts.ts';
import { DataLoadError } from '../data/fetch-json.ts';
import { countByCategory, filterSites, sitesIn, type SiteFilter } from '../data/sites.ts';
import { countByStatus, deriveStatuses, honoursOf } from '../data/status.ts';
import { isMeasure, measureValues, type Measure } from '../data/measures.ts';
import { binScale, sequentialBins, type Bin } from '../map/sequential-scale.ts';
import {
  DISTRICT_CODES,
  LEVELS,
  SITE_CATEGORIES,
  STATUSES,
  type DistrictCode,
  type Level,
  type SiteCategory,
  type Status,
} from '../data/vocab.ts';
import { LANGS, type Lang, type MessageKey } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import { buildStyle, dynamicLayerUpdates, type StyleInput } from '../map/style.ts';
import { sitePoints, type SitePointProperties } from '../map/site-source.ts';
import {
  TIANDITU_KEY_PATTERN,
  basemapConfig,
  basemapLayers as buildBasemapLayers,
  isBasemapId,
  type BasemapConfig,
  type BasemapId,
} from '../map/basemap.ts';
import type { FeatureCollection, Point } from 'geojson';
import { sameSelection, type Selection } from './selection.ts';
import { SORT_KEYS, type CompareSort } from '../compare/sort-keys.ts';

export function isDistrictCode(value: unknown): value is DistrictCode {
  return typeof value === 'string' && (DISTRICT_CODES as readonly string[]).includes(value);
}

/** The main view: the map, or the table-and-chart comparison of divisions. */
export const VIEWS = ['map', 'compare'] as const;
export type View = (typeof VIEWS)[number];

/** At most this many divisions side by side. */
export const MAX_COMPARE = 4;

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
}

export class AppState {
  readonly data: AppData;
  readonly statuses: Record<DistrictCode, Status>;
  /** The located sites as map points (built once; filters are expressions, not new data). */
  readonly sitePoints: FeatureCollection<Point, SitePointProperties>;
  readonly #districtsByCode: ReadonlyMap<DistrictCode, DistrictProperties>;
  readonly #loadCommunities: (() => Promise<CommunitiesFile>) | undefined;
  /** What this build allows for online basemaps (templates, a configured key, 审图号). */
  readonly basemapConfig: BasemapConfig;
  #communitiesRequest: Promise<CommunitiesFile | null> | null = null;

  #lang = $state<Lang>('zh');
  #selection = $state.raw<Selection | null>(null);
  #hovered = $state<DistrictCode | null>(null);
  #categories = $state.raw<readonly SiteCategory[]>(SITE_CATEGORIES);
  #honourLevel = $state<Level | null>(null);
  #communities = $state.raw<CommunitiesFile | null>(null);
  #communitiesError = $state.raw<DataLoadError | null>(null);
  #notice = $state<string | null>(null);
  #camera = $state.raw<Camera | null>(null);
  #view = $state<View>('map');
  #measure = $state<Measure>('status');
  #compare = $state.raw<readonly DistrictCode[]>([]);
  #compareSort = $state.raw<CompareSort | null>(null);
  #basemap = $state<BasemapId>('offline');
  /** A Tianditu key the user entered: in memory only (not in the URL, not stored). */
  #userTiandituKey = $state('');

  constructor(data: AppData, options: AppStateOptions = {}) {
    this.data = data;
    this.statuses = deriveStatuses(data.honours);
    this.sitePoints = sitePoints(data.sites.features, data.honours);
    this.#districtsByCode = indexDistricts(data.districts);
    this.#loadCommunities = options.loadCommunities;
    this.basemapConfig = basemapConfig(options.env ?? import.meta.env);
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
        return this.community(selection.code) !== undefined;
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
    const division = this.community(s.code)?.division;
    return isDistrictCode(division) ? division : null;
  });

  readonly selectedDistrict = $derived.by(() =>
    this.#selection?.kind === 'district' ? (this.district(this.#selection.code) ?? null) : null,
  );

  readonly selectedSite = $derived.by(() =>
    this.#selection?.kind === 'site' ? (this.site(this.#selection.id) ?? null) : null,
  );

  readonly selectedCommunity = $derived.by(() =>
    this.#selection?.kind === 'community' ? (this.community(this.#selection.code) ?? null) : null,
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
   * The city's rule-of-law government titles for the header: the demonstration city title
   * and the national shortlisting (not the counted, unnamed villages' titles).
   */
  readonly cityDemonstrationHonours = $derived.by(() =>
    this.cityHonours.filter(
      (h) => (h.kind === 'demonstration' || h.kind === 'candidate') && !h.holder_count,
    ),
  );

  /** Legend rows: every status, with how many divisions hold it. */
  readonly legendRows = $derived.by(() => countByStatus(this.statuses, STATUSES));

  /* ------------------------------------------------------------ sites and filters */

  site(id: string): SiteFeature | undefined {
    return this.data.sites.features.find((f) => f.properties.id === id);
  }

  /** Every honour a site holds (listed on it or naming it as holder). */
  siteHonours(site: SiteProperties): Honour[] {
    return this.data.honours.filter((h) => h.holder === site.id || site.honours.includes(h.id));
  }

  get filter(): SiteFilter {
    return { categories: this.#categories, honourLevel: this.#honourLevel };
  }

  get categories(): readonly SiteCategory[] {
    return this.#categories;
  }

  get honourLevel(): Level | null {
    return this.#honourLevel;
  }

  isCategoryShown(category: SiteCategory): boolean {
    return this.#categories.includes(category);
  }

  toggleCategory(category: SiteCategory): void {
    this.#categories = this.isCategoryShown(category)
      ? this.#categories.filter((c) => c !== category)
      : SITE_CATEGORIES.filter((c) => c === category || this.#categories.includes(c));
  }

  setCategories(categories: readonly string[]): void {
    this.#categories = SITE_CATEGORIES.filter((c) => categories.includes(c));
  }

  setHonourLevel(level: string | null): void {
    this.#honourLevel = (LEVELS as readonly string[]).includes(level ?? '')
      ? (level as Level)
      : null;
  }

  /** Sites that pass the filters. */
  readonly visibleSites = $derived.by(() =>
    filterSites(this.data.sites.features, this.filter, this.data.honours),
  );

  /** Ids of the visible sites, for the map's filter expression. */
  readonly visibleSiteIds = $derived.by(() => this.visibleSites.map((f) => f.properties.id));

  /** Per-category counts for the legend (under the honour-level filter). */
  readonly categoryCounts = $derived.by(() =>
    countByCategory(this.data.sites.features, this.filter, this.data.honours),
  );

  /** Visible sites of a division, and the visible city-wide ones. */
  sitesOf(district: string): SiteFeature[] {
    return sitesIn(this.visibleSites, district);
  }

  /* ------------------------------------------------------------ communities */

  get communities(): CommunitiesFile | null {
    return this.#communities;
  }

  get communitiesError(): DataLoadError | null {
    return this.#communitiesError;
  }

  community(code: string): Community | undefined {
    return this.#communities?.communities.find((c) => c.code === code);
  }

  township(code: string): Township | undefined {
    return this.#communities?.townships.find((t) => t.code === code);
  }

  /** Load geo/communities.json once; later calls share the first request. */
  ensureCommunities(): Promise<CommunitiesFile | null> {
    if (this.#communities) return Promise.resolve(this.#communities);
    if (!this.#loadCommunities) return Promise.resolve(null);
    this.#communitiesRequest ??= this.#loadCommunities().then(
      (file) => {
        this.#communities = file;
        this.#communitiesError = null;
        return file;
      },
      (error: unknown) => {
        this.#communitiesRequest = null;
        this.#communitiesError =
          error instanceof DataLoadError
            ? error
            : new DataLoadError(
                'geo/communities.json',
                'network',
                error instanceof Error ? error.message : String(error),
              );
        return null;
      },
    );
    return this.#communitiesRequest;
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

  /* ------------------------------------------------------------ view, measure, comparison */

  get view(): View {
    return this.#view;
  }

  setView(view: string): void {
    if ((VIEWS as readonly string[]).includes(view)) this.#view = view as View;
  }

  get measure(): Measure {
    return this.#measure;
  }

  setMeasure(measure: string): void {
    if (isMeasure(measure)) this.#measure = measure;
  }

  /** Divisions picked for side-by-side comparison, in the order picked (2 to 4 are shown). */
  get compareCodes(): readonly DistrictCode[] {
    return this.#compare;
  }

  setCompare(codes: readonly string[]): void {
    this.#compare = codes
      .filter((code, i) => codes.indexOf(code) === i)
      .filter(isDistrictCode)
      .slice(0, MAX_COMPARE);
  }

  /** Add or remove a division from the comparison (adding beyond four is refused). */
  toggleCompare(code: string): void {
    if (!isDistrictCode(code)) return;
    if (this.#compare.includes(code)) this.#compare = this.#compare.filter((c) => c !== code);
    else if (this.#compare.length < MAX_COMPARE) this.#compare = [...this.#compare, code];
  }

  /** The compare table's sort; null: the divisions in code order. */
  get compareSort(): CompareSort | null {
    return this.#compareSort;
  }

  setCompareSort(sort: CompareSort | null): void {
    const known =
      sort === null ||
      (SORT_KEYS.includes(sort.key) &&
        (sort.direction === 'ascending' || sort.direction === 'descending'));
    if (known) this.#compareSort = sort;
  }

  /** Numbers per division for the current numeric measure (null while showing status). */
  readonly measureValues = $derived.by(() =>
    this.#measure === 'status'
      ? null
      : measureValues(this.#measure, this.districts, this.data.sites.features, this.data.honours),
  );

  /** Classes of the numeric measure, shared by the legend and the map. */
  readonly measureBins = $derived.by((): Bin[] | null =>
    this.measureValues ? sequentialBins(Object.values(this.measureValues)) : null,
  );

  /** Each division's colour for the numeric measure. */
  readonly measureColours = $derived.by((): Record<string, string> | null => {
    const values = this.measureValues;
    const bins = this.measureBins;
    if (!values || !bins) return null;
    const scale = binScale(bins);
    return Object.fromEntries(Object.entries(values).map(([code, v]) => [code, scale(v)]));
  });

  /* ------------------------------------------------------------ basemap */

  /** The basemap under the divisions: the offline one until the user picks an online one. */
  get basemap(): BasemapId {
    return this.#basemap;
  }

  /** Whether a basemap can be picked now (Tianditu needs a key and a build that allows it). */
  basemapAvailable(id: BasemapId): boolean {
    return id !== 'tianditu' || (this.basemapConfig.tiandituTiles !== null && !!this.tiandituKey);
  }

  setBasemap(id: string): void {
    if (isBasemapId(id) && this.basemapAvailable(id)) this.#basemap = id;
  }

  /** The Tianditu key in use: the one the user entered, else the build's (`VITE_TIANDITU_KEY`). */
  get tiandituKey(): string {
    return this.#userTiandituKey || this.basemapConfig.tiandituKey;
  }

  /** Use a key the user entered ('' forgets it). A value that is no key is refused: false. */
  setTiandituKey(key: string): boolean {
    const trimmed = key.trim();
    if (trimmed && !TIANDITU_KEY_PATTERN.test(trimmed)) return false;
    this.#userTiandituKey = trimmed;
    if (!this.basemapAvailable(this.#basemap)) this.#basemap = 'offline';
    return true;
  }

  /** The online basemap's tiles failed (offline, key refused): back to the offline one. */
  basemapFailed(): void {
    this.#basemap = 'offline';
    this.showNotice(this.t('basemap.failed'));
  }

  /** The raster sources and layers MapView puts under the divisions (null: none). */
  readonly basemapLayers = $derived.by(() =>
    buildBasemapLayers(this.#basemap, {
      ...this.basemapConfig,
      lang: this.#lang,
      tiandituKey: this.tiandituKey,
    }),
  );

  /* ------------------------------------------------------------ map style */

  readonly #styleInput = $derived.by((): StyleInput => ({
    lang: this.#lang,
    districts: this.data.districts,
    context: this.data.context,
    statuses: this.statuses,
    sites: this.sitePoints,
    measureColours: this.measureColours,
  }));

  /** The whole map style for the current state (MapView builds the map from it once). */
  readonly style = $derived.by(() => buildStyle(this.#styleInput));

  /** The filter, paint and layout values that follow the language and measure, for the live map. */
  readonly layerUpdates = $derived.by(() => dynamicLayerUpdates(this.#styleInput));
}
