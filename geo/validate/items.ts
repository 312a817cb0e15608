/**
 * A file's items, one at a time: each feature of a FeatureCollection, each element of a
 * JSON array. Items are validated separately, so one broken item hides nothing else.
 */
import { z } from 'zod';
import { formatPath, isRecord, kindOf } from './describe-value.ts';
import type { FieldProblem, ValidationError } from './validation-error.ts';
import { issuesToProblems } from './zod-issues.ts';

export interface Item {
  file: string;
  /** `features[3] (qingquanjie)`, `[2] (some-id)`, `communities[10] (150102001001)`. */
  location: string;
  value: unknown;
  /** How a schema path inside the item is shown: `properties.district` → `district`. */
  fieldOf: (path: readonly PropertyKey[]) => string;
  /** The record holding the item's own fields: a feature's properties, or the item itself. */
  fields: Record<string, unknown> | undefined;
}

export interface ItemsResult {
  items: Item[];
  errors: ValidationError[];
}

const collectionShell = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

export function featureItems(file: string, parsed: unknown): ItemsResult {
  if (!isRecord(parsed)) {
    return fileLevel(file, `found ${kindOf(parsed)}, expected a FeatureCollection object`);
  }
  const result = collectionShell.safeParse(parsed);
  const errors = result.success
    ? []
    : issuesToProblems(result.error.issues, parsed, formatPath).map((p) => toError(file, '', p));
  if (!Array.isArray(parsed.features)) return { items: [], errors };
  const items = parsed.features.map((feature, index): Item => {
    const properties = isRecord(feature) ? feature.properties : undefined;
    const fields = isRecord(properties) ? properties : undefined;
    return {
      file,
      location: locate(`features[${index}]`, idOf(fields)),
      value: feature,
      fieldOf: featureField,
      fields,
    };
  });
  return { items, errors };
}

export function listItems(file: string, parsed: unknown, name: string, noun: string): ItemsResult {
  if (!Array.isArray(parsed)) {
    return fileLevel(file, `found ${kindOf(parsed)}, expected an array of ${noun}`);
  }
  return { items: arrayItems(file, parsed, name), errors: [] };
}

/** The elements of an array inside a file; `name` prefixes the location (`communities[3]`). */
export function arrayItems(file: string, values: readonly unknown[], name: string): Item[] {
  return values.map((value, index) => {
    const fields = isRecord(value) ? value : undefined;
    return {
      file,
      location: locate(`${name}[${index}]`, idOf(fields)),
      value,
      fieldOf: formatPath,
      fields,
    };
  });
}

/** What names an item in messages: its id, a division's code, or an English name. */
function idOf(fields: Record<string, unknown> | undefined): string | undefined {
  const id = fields?.id ?? fields?.code ?? fields?.name_en;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function locate(position: string, id: string | undefined): string {
  return id === undefined ? position : `${position} (${id})`;
}

/** Properties are what a reader thinks of as the feature's fields: drop the `properties.`. */
export function featureField(path: readonly PropertyKey[]): string {
  return path[0] === 'properties' && path.length > 1 ? formatPath(path.slice(1)) : formatPath(path);
}

export function toError(file: string, location: string, problem: FieldProblem): ValidationError {
  return { file, location, field: problem.field, message: problem.message };
}

export function itemError(item: Item, problem: FieldProblem): ValidationError {
  return toError(item.file, item.location, problem);
}

function fileLevel(file: string, message: string): ItemsResult {
  return { items: [], errors: [{ file, location: '', field: '', message }] };
}
