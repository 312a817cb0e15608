/**
 * The row's citation: 来源 lists document ids of geo/sources.json, separated by `;` (or `；`);
 * 来源章节 gives each one's section in the same order, empty where a document has none.
 */
import type { SourceRef } from '../../src/lib/data/schema.ts';
import type { ImportContext } from './context.ts';
import { problemText } from './messages.ts';
import type { RowCells, RowReport } from './row-cells.ts';

/** `a; b;` → ['a', 'b']: trimmed parts, without the empty ones at the end. */
export function splitList(text: string): string[] {
  const parts = text.split(/[;；]/).map((part) => part.trim());
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

export function readSources(
  cells: RowCells,
  context: ImportContext,
  report: RowReport,
): SourceRef[] | undefined {
  const sourceCell = cells.source;
  if (!sourceCell) return undefined; // the header reports the missing column
  const sectionCell = cells.source_section;
  const docs = splitList(sourceCell.text);
  const sections = splitList(sectionCell?.text ?? '');
  if (docs.length === 0) {
    report.error([sourceCell], problemText.required());
    return undefined;
  }
  const before = report.problems.length;
  if (sectionCell && sections.length > docs.length) {
    report.error([sectionCell], problemText.extraSections(sections.length, docs.length));
  }
  const refs = docs.map((doc, index): SourceRef => {
    const section = sections[index] ?? '';
    if (doc === '') {
      report.error([sourceCell], problemText.emptySource(index + 1));
      return { doc };
    }
    const documents = context.documents;
    if (!documents) return section ? { doc, section } : { doc };
    if (!documents.byId.has(doc)) {
      if (documents.complete) report.error([sourceCell], problemText.unknownSource(doc));
      return { doc };
    }
    const known = documents.byId.get(doc)?.sections;
    const where = [sectionCell ?? sourceCell];
    if (known && section === '') report.error(where, problemText.sectionNeeded(doc, known));
    else if (known && !known.includes(section)) {
      report.error(where, problemText.unknownSection(section, doc, known));
    } else if (!known && section !== '') {
      report.error(where, problemText.sectionNotAllowed(section, doc));
    }
    return section ? { doc, section } : { doc };
  });
  return report.problems.length > before ? undefined : refs;
}

/** Is every document cited grade C? Then the site is marked `secondary`, as check:data requires. */
export function onlyGradeC(refs: readonly SourceRef[], context: ImportContext): boolean {
  const documents = context.documents;
  if (!documents) return false;
  return refs.every((ref) => documents.byId.get(ref.doc)?.grade === 'C');
}
