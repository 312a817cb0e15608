/**
 * The city at a glance: figures grouped by the source section they come from, the
 * before/after pairs as bar lengths, and the timeline of events. Pure functions.
 */
// The labels these keys name come with this code (the compare view's chunk).
import '../i18n/messages-city-view.ts';
import { scaleLinear } from 'd3-scale-charts';
import type { Event, Figure, SourceDocument, SourceRef } from '../data/schema.ts';
import { citationList } from '../data/sources.ts';
import { CITY, type DistrictCode } from '../data/vocab.ts';
import type { Selection } from '../state/selection.ts';

export interface FigureSection {
  /** The document and section the figures' first source names. */
  source: SourceRef;
  figures: Figure[];
}

/**
 * Figures grouped by the document and section of their first source: documents in the
 * order of geo/sources.json, sections in each document's order; within a section, file order.
 */
export function figuresBySection(
  figures: readonly Figure[],
  docs: readonly SourceDocument[],
): FigureSection[] {
  const sections: FigureSection[] = [];
  for (const figure of figures) {
    const first = citationList(figure.source)[0]!;
    const found = sections.find(
      (s) => s.source.doc === first.doc && s.source.section === first.section,
    );
    if (found) found.figures.push(figure);
    else sections.push({ source: { doc: first.doc, section: first.section }, figures: [figure] });
  }
  const docIndex = (ref: SourceRef) => {
    const i = docs.findIndex((d) => d.id === ref.doc);
    return i === -1 ? docs.length : i;
  };
  const sectionIndex = (ref: SourceRef) => {
    const list: readonly string[] = docs.find((d) => d.id === ref.doc)?.sections ?? [];
    const i = ref.section === undefined ? -1 : list.indexOf(ref.section);
    return i === -1 ? list.length : i;
  };
  return sections.sort(
    (a, b) =>
      docIndex(a.source) - docIndex(b.source) || sectionIndex(a.source) - sectionIndex(b.source),
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
