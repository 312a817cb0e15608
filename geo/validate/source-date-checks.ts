/**
 * Nothing happens after the document that reports it: an event's date and a figure's year
 * come no later than each source's date (for an undated document, its covers_to). Dates
 * compare at the coarser of the two precisions, so "2024-11" is not after "2024-11-27".
 */
import type { SourceDocument } from '../../src/lib/data/schema.ts';
import { documentDate, isAfter, yearOf } from '../../src/lib/data/sources.ts';
import { checkCalendarDate } from './date-checks.ts';
import { citedDocuments } from './source-checks.ts';
import type { KnownDocuments } from './source-documents.ts';
import type { FieldProblem } from './validation-error.ts';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function checkEventDate(
  fields: Record<string, unknown>,
  documents: KnownDocuments | undefined,
): FieldProblem[] {
  const date = fields.date;
  if (!documents || typeof date !== 'string' || !ISO_DATE.test(date)) return [];
  if (checkCalendarDate(date)) return []; // reported on its own
  return datedSources(fields.source, documents)
    .filter(({ limit }) => isAfter(date, limit))
    .map(({ doc, limit }) => ({
      field: 'date',
      message: `${JSON.stringify(date)} is after ${describeDate(doc, limit)}, which reports it; expected a date no later than the document's`,
    }));
}

export function checkFigureYear(
  fields: Record<string, unknown>,
  documents: KnownDocuments | undefined,
): FieldProblem[] {
  const year = fields.year;
  if (!documents || typeof year !== 'number' || !Number.isInteger(year)) return [];
  return datedSources(fields.source, documents)
    .filter(({ limit }) => year > yearOf(limit))
    .map(({ doc, limit }) => ({
      field: 'year',
      message: `${year} is after ${describeDate(doc, limit)}, which reports it; expected a year no later than the document's`,
    }));
}

interface DatedSource {
  doc: SourceDocument;
  /** The document's date, or its covers_to when it has none. */
  limit: string;
}

/** Each readable, dated document of a citation, once. */
function datedSources(source: unknown, documents: KnownDocuments): DatedSource[] {
  const docs = new Set(citedDocuments(source, documents));
  return [...docs].flatMap((doc) => {
    const limit = doc ? documentDate(doc) : null;
    return doc && limit !== null ? [{ doc, limit }] : [];
  });
}

/** `000_x (dated 2024-11-27)`, or `000_x (undated, covers_to 2024-11-27)`. */
function describeDate(doc: SourceDocument, limit: string): string {
  return doc.date !== null
    ? `${doc.id} (dated ${limit})`
    : `${doc.id} (undated, covers_to ${limit})`;
}
