/**
 * The city at a glance: figures grouped by the source section they come from, the
 * before/after pairs as bar lengths, and the timeline of events. Pure functions.
 */
import { scaleLinear } from 'd3-scale-charts';
import type { Event, Figure, SourceRef } from '../data/schema.ts';
import { CITY, SOURCE_DOCS, type DistrictCode } from '../data/vocab.ts';
import type { Selection } from '../state/selection.ts';

export interface FigureSection {
  source: SourceRef;
  figures: Figure[];
}

/** The position of a section in its document (unknown sections last). */
function sectionIndex(source: SourceRef): number {
  const sections: readonly string[] = SOURCE_DOCS[source.doc].sections;
  const i = sections.indexOf(source.section);
  return i === -1 ? sections.length : i;
}

/** Figures grouped by source section, in the document's order; within a section, file order. */
export function figuresBySection(figures: readonly Figure[]): FigureSection[] {
  const sections: FigureSection[] = [];
  for (const figure of figures) {
    const found = sections.find(
      (s) => s.source.doc === figure.source.doc && s.source.section === figure.source.section,
    );
    if (found) found.figures.push(figure);
    else sections.push({ source: figure.source, figures: [figure] });
  }
  return sections.sort(
    (a, b) =>
      a.source.doc.localeCompare(b.source.doc) || sectionIndex(a.source) - sectionIndex(b.source),
  );
}

export interface BeforeAfterBar {
  which: 'before' | 'after';
  value: number;
  /** Length of the bar, 0 to `width`. */
  length: number;
}

/** The two bars of a before/after figure, on one linear scale from zero. */
export function beforeAfterBars(before: number, after: number, width: number): BeforeAfterBar[] {
  const x = scaleLinear()
    .domain([0, Math.max(before, after, 1)])
    .range([0, width]);
  return [
    { which: 'before', value: before, length: x(before) },
    { which: 'after', value: after, length: x(after) },
  ];
}

/** How a before/after figure changed, in percent of the before value (rounded). */
export function percentChange(before: number, after: number): number | null {
  return before === 0 ? null : Math.round(((after - before) / before) * 100);
}

/**
 * Events in date order. Dates are ISO prefixes (2023, 2024-11, 2024-11-27): a year alone
 * sorts before any day of that year. Same dates keep id order.
 */
export function sortEvents(events: readonly Event[]): Event[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Events in date order, grouped by year. */
export function eventsByYear(events: readonly Event[]): { year: string; events: Event[] }[] {
  const groups: { year: string; events: Event[] }[] = [];
  for (const event of sortEvents(events)) {
    const year = event.date.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

/** What choosing an event selects: its division or site, or nothing for the city as a whole. */
export function eventSelection(
  place: string,
  isDistrict: (code: string) => code is DistrictCode,
): Selection | null {
  if (place === CITY) return null;
  return isDistrict(place) ? { kind: 'district', code: place } : { kind: 'site', id: place };
}
