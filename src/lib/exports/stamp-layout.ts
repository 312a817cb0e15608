/**
 * Where the stamp goes on a saved map image: a title band above the map, and below it the
 * legend, the data source, the date and the attribution. Pure: text widths come from a
 * `measure` function (the canvas's measureText in the browser).
 */
export type Measure = (text: string) => number;

/** Sizes in CSS pixels; multiplied by the canvas's pixel ratio. */
export const STAMP_SIZES = {
  padding: 12,
  titleFont: 20,
  titleBand: 64,
  subtitleFont: 14,
  legendRow: 22,
  swatch: 14,
  noteFont: 12,
  noteLine: 17,
} as const;

/** Break text into lines no wider than `maxWidth`: at spaces where there are some, else anywhere (CJK). */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of Array.from(text)) {
    const next = line + ch;
    if (line && measure(next) > maxWidth) {
      const space = line.lastIndexOf(' ');
      if (space > 0 && ch !== ' ') {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1) + ch;
      } else {
        lines.push(line);
        line = ch === ' ' ? '' : ch;
      }
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface StampLayout {
  scale: number;
  width: number;
  height: number;
  padding: number;
  /** Baselines of the title and the subtitle (the legend's title). */
  titleY: number;
  subtitleY: number;
  /** Top of the map image. */
  mapY: number;
  /** Top of each legend row's swatch, and the row's text baseline. */
  legendRows: { top: number; baseline: number }[];
  /** Baselines of the note lines (source, date, attribution), already wrapped. */
  notes: { text: string; baseline: number }[];
}

/**
 * Layout for a map `mapWidth` × `mapHeight` device pixels at `scale` device pixels per CSS
 * pixel, with `legendCount` legend rows and the wrapped note lines.
 */
export function stampLayout(
  mapWidth: number,
  mapHeight: number,
  scale: number,
  legendCount: number,
  noteLines: readonly string[],
): StampLayout {
  const s = (n: number) => Math.round(n * scale);
  const padding = s(STAMP_SIZES.padding);
  const titleBand = s(STAMP_SIZES.titleBand);
  const mapY = titleBand;
  const legendTop = mapY + mapHeight + padding;
  const legendRows = Array.from({ length: legendCount }, (_, i) => {
    const top = legendTop + i * s(STAMP_SIZES.legendRow);
    return { top, baseline: top + s(STAMP_SIZES.swatch) - s(2) };
  });
  const notesTop = legendTop + legendCount * s(STAMP_SIZES.legendRow) + padding / 2;
  const notes = noteLines.map((text, i) => ({
    text,
    baseline: notesTop + (i + 1) * s(STAMP_SIZES.noteLine) - s(4),
  }));
  const height = notesTop + noteLines.length * s(STAMP_SIZES.noteLine) + padding;
  return {
    scale,
    width: mapWidth,
    height,
    padding,
    titleY: padding + s(STAMP_SIZES.titleFont),
    subtitleY: padding + s(STAMP_SIZES.titleFont) + s(STAMP_SIZES.subtitleFont) + s(6),
    mapY,
    legendRows,
    notes,
  };
}
