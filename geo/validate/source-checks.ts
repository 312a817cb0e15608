/**
 * An item's citations: every reference names a document of geo/sources.json, and a section it
 * really has (or none, where it has none); and an item or fact whose only sources are grade C
 * says so with `"secondary": true`, which no item with a grade A or B source may say.
 */
import type { SourceDocument } from '../../src/lib/data/schema.ts';
import { formatPath, isRecord, quote } from './describe-value.ts';
import { GEO_FILES } from './geo-files.ts';
import type { KnownDocuments } from './source-documents.ts';
import type { FieldProblem } from './validation-error.ts';

type Path = readonly PropertyKey[];
type FieldOf = (path: Path) => string;

/** Every source reference anywhere in `value` (a `source` object, or each one of its list). */
export function checkSourceRefs(
  value: unknown,
  documents: KnownDocuments | undefined,
  fieldOf: FieldOf = formatPath,
): FieldProblem[] {
  if (!documents) return [];
  return findSourceRefs(value).flatMap(({ ref, path }) =>
    checkRef(ref, documents, (key) => fieldOf([...path, key])),
  );
}

interface FoundRef {
  ref: Record<string, unknown>;
  path: Path;
}

function findSourceRefs(value: unknown, path: Path = []): FoundRef[] {
  if (Array.isArray(value)) return value.flatMap((inner, i) => findSourceRefs(inner, [...path, i]));
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, inner]): FoundRef[] => {
    const innerPath = [...path, key];
    if (key !== 'source') return findSourceRefs(inner, innerPath);
    if (isRecord(inner)) return [{ ref: inner, path: innerPath }];
    if (!Array.isArray(inner)) return [];
    return inner.flatMap((ref, i) => (isRecord(ref) ? [{ ref, path: [...innerPath, i] }] : []));
  });
}

function checkRef(
  ref: Record<string, unknown>,
  documents: KnownDocuments,
  fieldOf: (key: string) => string,
): FieldProblem[] {
  const { doc, section } = ref;
  if (typeof doc !== 'string') return []; // the schema reports it
  if (!documents.byId.has(doc)) {
    if (!documents.complete) return [];
    return [
      {
        field: fieldOf('doc'),
        message: `${quote(doc)} is not a document id in ${GEO_FILES.sources}`,
      },
    ];
  }
  const document = documents.byId.get(doc);
  if (!document) return []; // the document's own error comes first
  const sections = document.sections;
  if (section === undefined) {
    if (!sections) return [];
    return [
      {
        field: fieldOf('section'),
        message: `missing, expected a section of ${doc}: ${listOf(sections)}`,
      },
    ];
  }
  if (typeof section !== 'string' || section.trim() === '') return []; // the schema reports it
  if (!sections) {
    return [
      {
        field: fieldOf('section'),
        message: `${quote(section)} is not a section of ${doc}, which has none; expected no section`,
      },
    ];
  }
  if (sections.includes(section)) return [];
  return [
    {
      field: fieldOf('section'),
      message: `${quote(section)} is not a section of ${doc}, expected ${listOf(sections)}`,
    },
  ];
}

function listOf(sections: readonly string[]): string {
  return `one of ${sections.map((s) => JSON.stringify(s)).join(', ')}`;
}

/**
 * The grade rule, on an item's own fields (a feature's properties): its `source`, and each
 * fact's. A citation of grade C documents only needs `"secondary": true` on the item or the
 * fact; `"secondary": true` next to a grade A or B source is a mislabel.
 */
export function checkSourceGrades(
  fields: Record<string, unknown> | undefined,
  documents: KnownDocuments | undefined,
): FieldProblem[] {
  if (!fields || !documents || !('source' in fields)) return [];
  const itemSecondary = fields.secondary === true;
  const problems = checkCitedGrades('item', '', fields, itemSecondary, documents);
  if (Array.isArray(fields.facts)) {
    fields.facts.forEach((fact, index) => {
      if (!isRecord(fact)) return;
      const prefix = `facts[${index}].`;
      problems.push(...checkCitedGrades('fact', prefix, fact, itemSecondary, documents));
    });
  }
  return problems;
}

function checkCitedGrades(
  noun: 'item' | 'fact',
  prefix: string,
  cited: Record<string, unknown>,
  coveredByItem: boolean,
  documents: KnownDocuments,
): FieldProblem[] {
  const cites = citedDocuments(cited.source, documents);
  const strong = cites.filter((doc) => doc !== undefined && doc.grade !== 'C');
  if (cited.secondary === true && strong.length > 0) {
    const [first] = strong as SourceDocument[];
    return [
      {
        field: `${prefix}secondary`,
        message: `found true, but ${first.id} is a grade ${first.grade} source; expected "secondary" only where every source is grade C`,
      },
    ];
  }
  // Unknown or unreadable documents might be grade A or B: their own errors come first.
  if (cites.length === 0 || cites.includes(undefined)) return [];
  if (strong.length > 0 || cited.secondary === true || coveredByItem) return [];
  const ids = [...new Set((cites as SourceDocument[]).map((doc) => doc.id))].join(', ');
  return [
    {
      field: `${prefix}source`,
      message: `every source of this ${noun} is grade C (${ids}); cite a grade A or B source, or mark it "secondary": true`,
    },
  ];
}

/**
 * The documents a citation names, one per reference: undefined for a reference that is not
 * an object, or names a document that is unknown or failed its schema.
 */
export function citedDocuments(
  source: unknown,
  documents: KnownDocuments,
): (SourceDocument | undefined)[] {
  const refs = Array.isArray(source) ? source : [source];
  return refs.map((ref) =>
    isRecord(ref) && typeof ref.doc === 'string' ? documents.byId.get(ref.doc) : undefined,
  );
}
