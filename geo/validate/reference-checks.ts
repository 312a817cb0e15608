/** Every reference names something that exists: a division, "city", a site or an honour. */
import { CITY, DISTRICT_CODES } from '../../src/lib/data/vocab.ts';
import { GEO_FILES } from './geo-files.ts';
import type { FieldProblem } from './validation-error.ts';

/** Ids of the files that could be read; undefined when a file could not be, to avoid noise. */
export interface KnownIds {
  honours: ReadonlySet<string> | undefined;
  sites: ReadonlySet<string> | undefined;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** honour.holder, event.place: "city", a division code, or a site id. */
export function checkPlaceRef(field: string, value: unknown, known: KnownIds): FieldProblem[] {
  if (typeof value !== 'string' || !SLUG.test(value) || !known.sites) return [];
  if (value === CITY || DISTRICT_CODES.includes(value as never) || known.sites.has(value))
    return [];
  return [
    {
      field,
      message: `${JSON.stringify(value)} is not "city", a division code or a site id in ${GEO_FILES.sites}`,
    },
  ];
}

export function checkHonourRef(field: string, value: unknown, known: KnownIds): FieldProblem[] {
  if (typeof value !== 'string' || !SLUG.test(value) || !known.honours) return [];
  if (known.honours.has(value)) return [];
  return [
    { field, message: `${JSON.stringify(value)} is not an honour id in ${GEO_FILES.honours}` },
  ];
}

export function checkHonourRefs(values: unknown, known: KnownIds): FieldProblem[] {
  if (!Array.isArray(values)) return [];
  return values.flatMap((value, index) => checkHonourRef(`honours[${index}]`, value, known));
}

/** site.parent: another site of sites.geojson. */
export function checkSiteRef(field: string, value: unknown, known: KnownIds): FieldProblem[] {
  if (typeof value !== 'string' || !SLUG.test(value) || !known.sites) return [];
  if (known.sites.has(value)) return [];
  return [{ field, message: `${JSON.stringify(value)} is not a site id in ${GEO_FILES.sites}` }];
}
