import { describe, expect, it } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import { indexDocuments } from '../data/source-label.ts';
import { figureWhen } from './figure-when.ts';

const data = loadBundledData();
const docs = indexDocuments(data.sources);
const figure = (id: string) => data.figures.find((f) => f.id === id)!;

describe('figureWhen', () => {
  it('a 2024 figure of the 2024 report is labelled 2024', () => {
    expect(figureWhen(figure('legislative-contact-points'), docs)).toEqual({
      kind: 'year',
      year: 2024,
    });
  });

  it('a figure the article gives without a year was reported by late 2024', () => {
    expect(figureWhen(figure('legal-culture-sites'), docs)).toEqual({
      kind: 'reported',
      year: 2024,
      part: 'late',
    });
  });

  it('a figure given by the article and a 2025 report is dated by the earlier one', () => {
    expect(figureWhen(figure('credit-graded-industries'), docs)).toEqual({
      kind: 'reported',
      year: 2024,
      part: 'late',
    });
  });

  it('a figure only the November 2025 report gives was reported by late 2025', () => {
    expect(figureWhen(figure('micro-reforms'), docs)).toEqual({
      kind: 'reported',
      year: 2025,
      part: 'late',
    });
  });

  it('a figure whose documents are unknown has no date', () => {
    expect(figureWhen({ ...figure('micro-reforms'), source: { doc: 'nope' } }, docs)).toEqual({
      kind: 'unknown',
    });
  });
});
