/**
 * Sources as data: the documents of geo/sources.json, the references items make to them,
 * how current the whole map is, and how many items cite each document. Pure functions.
 */
import type { Citation, SourceDocument, SourceRef } from './schema.ts';

/** An item's references as a list, whether it cites one document or several. */
export function citationList(citation: Citation): readonly SourceRef[] {
  return Array.isArray(citation) ? citation : [citation];
}

/** The document's date, or for an undated one the latest event it reports. */
export function documentDate(doc: SourceDocument): string | null {
  return doc.date ?? doc.covers_to ?? null;
}

/**
 * Compares two ISO dates (YYYY, YYYY-MM or YYYY-MM-DD) at the coarser of their precisions:
 * `2024-11` and `2024-11-27` are equal, `2024` and `2025-01` are not. Negative, 0 or positive.
 */
export function compareIsoDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const x = a.slice(0, length);
  const y = b.slice(0, length);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether `date` comes after `limit` (at the coarser of the two precisions). */
export function isAfter(date: string, limit: string): boolean {
  return compareIsoDates(date, limit) > 0;
}

/** The newest date of all documents: the map's "data as of". Null when none is dated. */
export function asOfDate(docs: readonly SourceDocument[]): string | null {
  let newest: string | null = null;
  for (const doc of docs) {
    const date = documentDate(doc);
    if (date !== null && (newest === null || date.localeCompare(newest) > 0)) newest = date;
  }
  return newest;
}

/** The year of an ISO date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Which part of its year a date falls in, where the date says (null for a bare year). */
export function partOfYear(date: string): 'early' | 'mid' | 'late' | null {
  if (date.length < 7) return null;
  const month = Number(date.slice(5, 7));
  return month <= 4 ? 'early' : month <= 8 ? 'mid' : 'late';
}

/** A thing that cites documents, for counting and filtering by document. */
export interface CitingItem {
  kind: 'site' | 'honour' | 'figure' | 'event';
  id: string;
  /** Every document the item or one of its facts cites, once each. */
  docs: readonly string[];
}

interface Cited {
  id: string;
  source: Citation;
  facts?: readonly { source: Citation }[];
}

function docsOf(item: Cited): string[] {
  const refs = [
    ...citationList(item.source),
    ...(item.facts ?? []).flatMap((fact) => citationList(fact.source)),
  ];
  return [...new Set(refs.map((ref) => ref.doc))];
}

/** Every citing item of the data, in file order: sites, honours, figures, events. */
export function citingItems(data: {
  sites: { features: readonly { properties: Cited }[] };
  honours: readonly Cited[];
  figures: readonly Cited[];
  events: readonly Cited[];
}): CitingItem[] {
  const of = (kind: CitingItem['kind'], item: Cited): CitingItem => ({
    kind,
    id: item.id,
    docs: docsOf(item),
  });
  return [
    ...data.sites.features.map((f) => of('site', f.properties)),
    ...data.honours.map((h) => of('honour', h)),
    ...data.figures.map((f) => of('figure', f)),
    ...data.events.map((e) => of('event', e)),
  ];
}

/** How many items cite each document (an item citing it twice counts once). */
export function citationCounts(
  docs: readonly SourceDocument[],
  items: readonly CitingItem[],
): Map<string, number> {
  const counts = new Map(docs.map((doc) => [doc.id, 0]));
  for (const item of items) {
    for (const id of item.docs) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The items that cite a document. */
export function itemsCiting(docId: string, items: readonly CitingItem[]): CitingItem[] {
  return items.filter((item) => item.docs.includes(docId));
}

/** Documents newest first (undated ones by what they cover), the article's order for ties. */
export function documentsByDate(docs: readonly SourceDocument[]): SourceDocument[] {
  return docs
    .map((doc, index) => ({ doc, index }))
    .sort(
      (a, b) =>
        (documentDate(b.doc) ?? '').localeCompare(documentDate(a.doc) ?? '') || a.index - b.index,
    )
    .map(({ doc }) => doc);
}

/**
 * When an undated figure was reported: the earliest date among the documents that give it
 * (a document's own date, or how far an undated one reports). Null when none is dated.
 */
export function reportedBy(
  citation: Citation,
  docs: ReadonlyMap<string, SourceDocument>,
): string | null {
  const dates = citationList(citation)
    .map((ref) => docs.get(ref.doc))
    .map((doc) => (doc ? documentDate(doc) : null))
    .filter((date): date is string => date !== null)
    .sort();
  return dates[0] ?? null;
}
