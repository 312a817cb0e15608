/**
 * What the choropleth shows: the divisions' status, or a number per division in sequential
 * classes. Part of AppState (`app.measure`); the legend and the map read the same classes.
 */
import type { AppData } from '../data/load.ts';
import { isMeasure, measureValues, type Measure } from '../data/measures.ts';
import { binScale, sequentialBins, type Bin } from '../map/sequential-scale.ts';
import { MAP_PALETTES, type Theme } from '../theme/palette.ts';

export class MeasureState {
  readonly #data: Pick<AppData, 'districts' | 'sites' | 'honours'>;

  readonly #theme: () => Theme;
  #current = $state<Measure>('status');

  /** `theme`: the map's theme, whose ramp colours the classes (light by default). */
  constructor(
    data: Pick<AppData, 'districts' | 'sites' | 'honours'>,
    theme: () => Theme = () => 'light',
  ) {
    this.#data = data;
    this.#theme = theme;
  }

  get current(): Measure {
    return this.#current;
  }

  /** Show a measure; anything that is not one is ignored. */
  set(measure: string): void {
    if (isMeasure(measure)) this.#current = measure;
  }

  /** Numbers per division for the current numeric measure (null while showing status). */
  readonly values = $derived.by(() =>
    this.#current === 'status'
      ? null
      : measureValues(
          this.#current,
          this.#data.districts.features.map((f) => f.properties),
          this.#data.sites.features,
          this.#data.honours,
        ),
  );

  /** Classes of the numeric measure, shared by the legend and the map. */
  readonly bins = $derived.by((): Bin[] | null =>
    this.values
      ? sequentialBins(Object.values(this.values), 5, MAP_PALETTES[this.#theme()].sequential)
      : null,
  );

  /** Each division's colour for the numeric measure. */
  readonly colours = $derived.by((): Record<string, string> | null => {
    const values = this.values;
    const bins = this.bins;
    if (!values || !bins) return null;
    const scale = binScale(bins);
    return Object.fromEntries(Object.entries(values).map(([code, v]) => [code, scale(v)]));
  });
}
