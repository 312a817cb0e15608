/**
 * The one state of the app. Built from plain, validated data, so a Node test can
 * drive it without a DOM; components read it and call its methods.
 */
import type { AppData } from '../data/load.ts';
import type { DistrictProperties, Honour } from '../data/schema.ts';
import { indexDistricts } from '../data/districts.ts';
import { countByStatus, deriveStatuses, honoursOf } from '../data/status.ts';
import { DISTRICT_CODES, STATUSES, type DistrictCode, type Status } from '../data/vocab.ts';
import { LANGS, type Lang, type MessageKey } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import { buildStyle } from '../map/style.ts';

export function isDistrictCode(value: unknown): value is DistrictCode {
  return typeof value === 'string' && (DISTRICT_CODES as readonly string[]).includes(value);
}

export class AppState {
  readonly data: AppData;
  readonly statuses: Record<DistrictCode, Status>;
  readonly #districtsByCode: ReadonlyMap<DistrictCode, DistrictProperties>;

  #lang = $state<Lang>('zh');
  #selected = $state<DistrictCode | null>(null);
  #hovered = $state<DistrictCode | null>(null);

  constructor(data: AppData, options: { lang?: Lang } = {}) {
    this.data = data;
    this.statuses = deriveStatuses(data.honours);
    this.#districtsByCode = indexDistricts(data.districts);
    if (options.lang) this.#lang = options.lang;
  }

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

  get selectedCode(): DistrictCode | null {
    return this.#selected;
  }

  get hoveredCode(): DistrictCode | null {
    return this.#hovered;
  }

  /** Select a division by code; anything else clears the selection. */
  select(code: string | null): void {
    this.#selected = isDistrictCode(code) ? code : null;
  }

  clearSelection(): void {
    this.#selected = null;
  }

  hover(code: string | null): void {
    this.#hovered = isDistrictCode(code) ? code : null;
  }

  district(code: DistrictCode): DistrictProperties | undefined {
    return this.#districtsByCode.get(code);
  }

  /** Divisions in code order, for lists. */
  get districts(): DistrictProperties[] {
    return this.data.districts.features.map((f) => f.properties);
  }

  readonly selectedDistrict = $derived.by(() =>
    this.#selected ? (this.#districtsByCode.get(this.#selected) ?? null) : null,
  );

  statusOf(code: DistrictCode): Status {
    return this.statuses[code];
  }

  honoursOf(holder: string): Honour[] {
    return honoursOf(holder, this.data.honours);
  }

  /** The city's own honours, for the page header. */
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

  /** The whole map style; MapView diffs it into the map when it changes. */
  readonly style = $derived.by(() =>
    buildStyle({
      lang: this.#lang,
      districts: this.data.districts,
      context: this.data.context,
      statuses: this.statuses,
    }),
  );
}
