/**
 * geo/sources.json: the documents items cite. Each document is an item of its own; the ones
 * that pass their schema are indexed by id, so that the items' references can be checked.
 */
import { sourceDocument, type SourceDocument } from '../../src/lib/data/schema.ts';
import { checkCalendarDate } from './date-checks.ts';
import type { Item, ItemsResult } from './items.ts';
import type { FieldProblem } from './validation-error.ts';

export interface KnownDocuments {
  /** Every document id, with the document where it passed its schema (undefined otherwise). */
  byId: ReadonlyMap<string, SourceDocument | undefined>;
  /** False when a document has no readable id: a reference to an unlisted id may name it. */
  complete: boolean;
}

/**
 * The documents of sources.json; undefined when the file cannot be read at all. The first
 * document of an id wins (the duplicate's own error says so).
 */
export function indexDocuments(result: ItemsResult | undefined): KnownDocuments | undefined {
  if (!result || result.errors.some((error) => error.location === '' && error.field === '')) {
    return undefined;
  }
  const byId = new Map<string, SourceDocument | undefined>();
  let complete = true;
  for (const item of result.items) {
    const id = item.fields?.id;
    if (typeof id !== 'string') {
      complete = false;
      continue;
    }
    if (byId.has(id)) continue;
    const parsed = sourceDocument.safeParse(item.value);
    byId.set(id, parsed.success ? parsed.data : undefined);
  }
  return { byId, complete };
}

/** A document's dates are real, and it has one: its own date, or covers_to when undated. */
export function checkSourceDocument(item: Item): FieldProblem[] {
  const fields = item.fields ?? {};
  const problems: FieldProblem[] = [];
  for (const field of ['date', 'covers_to'] as const) {
    const value = fields[field];
    const problem = typeof value === 'string' ? checkCalendarDate(value) : undefined;
    if (problem) problems.push({ field, message: problem });
  }
  if (fields.date === null && fields.covers_to === undefined) {
    problems.push({
      field: 'date',
      message:
        'found null and no covers_to, expected the date of the document or, for an undated one, covers_to (the latest event it reports)',
    });
  }
  return problems;
}
