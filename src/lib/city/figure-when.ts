/**
 * When a figure holds: the year a source gives it, or, for a figure given without a year,
 * when it was reported ("reported by late 2024"). Pure; the component translates it.
 */
// The labels these keys name come with this code (the compare view's chunk).
import '../i18n/messages-city-view.ts';
import type { Figure, SourceDocument } from '../data/schema.ts';
import { partOfYear, reportedBy, yearOf } from '../data/sources.ts';

export type FigureWhen =
  | { kind: 'year'; year: number }
  | { kind: 'reported'; year: number; part: 'early' | 'mid' | 'late' | null }
  | { kind: 'unknown' };

export function figureWhen(figure: Figure, docs: ReadonlyMap<string, SourceDocument>): FigureWhen {
  if (figure.year !== null) return { kind: 'year', year: figure.year };
  const date = reportedBy(figure.source, docs);
  return date
    ? { kind: 'reported', year: yearOf(date), part: partOfYear(date) }
    : { kind: 'unknown' };
}
