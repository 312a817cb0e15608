/** Every source reference names a section that its document really has. */
import { SOURCE_DOCS, type SourceDocId } from '../../src/lib/data/vocab.ts';
import { formatPath, isRecord, quote } from './describe-value.ts';
import type { FieldProblem } from './validation-error.ts';

type FieldOf = (path: readonly PropertyKey[]) => string;

export function checkSourceSections(
  value: unknown,
  fieldOf: FieldOf = formatPath,
  path: readonly PropertyKey[] = [],
): FieldProblem[] {
  if (Array.isArray(value)) {
    return value.flatMap((inner, index) => checkSourceSections(inner, fieldOf, [...path, index]));
  }
  if (!isRecord(value)) return [];
  const own = path[path.length - 1] === 'source' ? checkSection(value, fieldOf, path) : [];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, inner]) =>
      checkSourceSections(inner, fieldOf, [...path, key]),
    ),
  ];
}

function checkSection(
  source: Record<string, unknown>,
  fieldOf: FieldOf,
  path: readonly PropertyKey[],
): FieldProblem[] {
  const { doc, section } = source;
  if (typeof doc !== 'string' || !Object.hasOwn(SOURCE_DOCS, doc)) return [];
  if (typeof section !== 'string' || section.trim() === '') return [];
  const sections: readonly string[] = SOURCE_DOCS[doc as SourceDocId].sections;
  if (sections.includes(section)) return [];
  return [
    {
      field: fieldOf([...path, 'section']),
      message: `${quote(section)} is not a section of ${doc}, expected one of ${sections.map((s) => JSON.stringify(s)).join(', ')}`,
    },
  ];
}
