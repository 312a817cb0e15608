/**
 * The whole of geo/ in one pure pass: file texts in, every problem out. Each file is parsed
 * on its own and each item checked on its own, so one broken file or feature hides nothing.
 */
import { findLinkCycles } from './chain-checks.ts';
import type { CheckContext } from './check-context.ts';
import { checkCommunitiesFile } from './communities-file.ts';
import { isRecord } from './describe-value.ts';
import { indexDivisions } from './division-index.ts';
import { checkDivisionSet, findAdjacencyProblems } from './division-set-checks.ts';
import { GEO_FILES, ID_FILES, OPTIONAL_FILES, type GeoFileKey } from './geo-files.ts';
import { ITEM_RULES } from './item-rules.ts';
import { featureItems, listItems, toError, type Item, type ItemsResult } from './items.ts';
import { parseJsonText } from './parse-json.ts';
import { indexDocuments } from './source-documents.ts';
import { findDuplicateIds } from './unique-ids.ts';
import { validateItem } from './validate-item.ts';
import { formatError, type FieldProblem, type ValidationError } from './validation-error.ts';

export interface GeoCounts {
  documents: number;
  districts: number;
  sites: number;
  mappedSites: number;
  honours: number;
  figures: number;
  events: number;
  communities: number | undefined;
}

export interface GeoCheck {
  errors: ValidationError[];
  counts: GeoCounts;
}

type ItemFileKey = Exclude<GeoFileKey, 'communities'>;

const LIST_NOUNS = {
  sources: 'source documents',
  honours: 'honours',
  figures: 'figures',
  events: 'events',
} as const;

/** Every problem in the given files (keyed by repo-relative path), in file and item order. */
export function validateGeoFiles(files: Readonly<Record<string, string>>): ValidationError[] {
  return checkGeoFiles(files).errors;
}

export function checkGeoFiles(files: Readonly<Record<string, string>>): GeoCheck {
  try {
    return runChecks(files);
  } catch (error) {
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const message = `the validator itself failed (a bug in geo/validate): ${reason}`;
    return { errors: [{ file: 'geo/', location: '', field: '', message }], counts: emptyCounts() };
  }
}

function runChecks(files: Readonly<Record<string, string>>): GeoCheck {
  const errors: ValidationError[] = [];
  const parsed = parseAll(files, errors);
  const items = splitItems(parsed, errors);
  const context: CheckContext = {
    divisions: undefined,
    known: { honours: idsOf(items.honours), sites: idsOf(items.sites) },
    communities: undefined,
    documents: indexDocuments(items.sources),
  };

  const documentItems = items.sources?.items ?? [];
  const documentDuplicates = findDuplicateIds(documentItems, 'id');
  for (const item of documentItems) {
    const duplicate = documentDuplicates.get(item);
    const extra = duplicate ? [duplicate] : [];
    errors.push(...validateItem(item, ITEM_RULES.sources, context, extra).errors);
  }

  const districtItems = items.districts?.items ?? [];
  const districtDuplicates = findDuplicateIds(districtItems, 'code');
  const adjacency = findAdjacencyProblems(districtItems);
  for (const item of districtItems) {
    const duplicate = districtDuplicates.get(item);
    const extra = [...(duplicate ? [duplicate] : []), ...(adjacency.get(item) ?? [])];
    errors.push(...validateItem(item, ITEM_RULES.districts, context, extra).errors);
  }
  if (items.districts) {
    const problems = checkDivisionSet(districtItems);
    errors.push(...problems.map((p) => toError(GEO_FILES.districts, '', p)));
  }
  context.divisions = indexDivisions(districtItems.map((item) => item.value));

  let communityCount: number | undefined;
  if (parsed.communities !== undefined) {
    const result = checkCommunitiesFile(GEO_FILES.communities, parsed.communities, context);
    errors.push(...result.errors);
    context.communities = result.divisions;
    communityCount = result.count;
  }

  const duplicates = findDuplicateIds(
    ID_FILES.flatMap((key) => items[key]?.items ?? []),
    'id',
  );
  const cycles = new Map([
    ...findLinkCycles(items.honours?.items ?? [], 'superseded_by'),
    ...findLinkCycles(items.sites?.items ?? [], 'parent'),
  ]);
  for (const key of ['context', ...ID_FILES] as const) {
    for (const item of items[key]?.items ?? []) {
      const extra: FieldProblem[] = [duplicates.get(item), cycles.get(item)].filter(
        (problem) => problem !== undefined,
      );
      errors.push(...validateItem(item, ITEM_RULES[key], context, extra).errors);
    }
  }
  return { errors: withoutRepeats(sortByFile(errors)), counts: countItems(items, communityCount) };
}

function parseAll(
  files: Readonly<Record<string, string>>,
  errors: ValidationError[],
): Partial<Record<GeoFileKey, unknown>> {
  const parsed: Partial<Record<GeoFileKey, unknown>> = {};
  for (const [key, file] of Object.entries(GEO_FILES) as [GeoFileKey, string][]) {
    const text = files[file];
    if (text === undefined) {
      if (!OPTIONAL_FILES.includes(key)) errors.push(fileError(file, 'the file is missing'));
      continue;
    }
    const result = parseJsonText(text);
    if (result.ok) parsed[key] = result.value;
    else errors.push(fileError(file, result.message));
  }
  return parsed;
}

function splitItems(
  parsed: Partial<Record<GeoFileKey, unknown>>,
  errors: ValidationError[],
): Partial<Record<ItemFileKey, ItemsResult>> {
  const items: Partial<Record<ItemFileKey, ItemsResult>> = {};
  for (const key of ['districts', 'context', 'sites'] as const) {
    if (key in parsed) items[key] = featureItems(GEO_FILES[key], parsed[key]);
  }
  for (const key of ['sources', 'honours', 'figures', 'events'] as const) {
    if (key in parsed) items[key] = listItems(GEO_FILES[key], parsed[key], '', LIST_NOUNS[key]);
  }
  for (const result of Object.values(items)) errors.push(...result.errors);
  return items;
}

/**
 * The ids a file declares; undefined when the file or one of its items cannot be read, since
 * a reference may name the unreadable item (its own error says what to fix first).
 */
function idsOf(result: ItemsResult | undefined): ReadonlySet<string> | undefined {
  if (!result || result.errors.some((error) => error.location === '' && error.field === '')) {
    return undefined;
  }
  const ids = result.items.map((item) => item.fields?.id);
  if (!ids.every((id) => typeof id === 'string')) return undefined;
  return new Set(ids as string[]);
}

function countItems(
  items: Partial<Record<ItemFileKey, ItemsResult>>,
  communities: number | undefined,
): GeoCounts {
  const count = (key: ItemFileKey) => items[key]?.items.length ?? 0;
  const mappedSites = (items.sites?.items ?? []).filter(
    (item: Item) => isRecord(item.value) && isRecord(item.value.geometry),
  ).length;
  return {
    documents: count('sources'),
    districts: count('districts'),
    sites: count('sites'),
    mappedSites,
    honours: count('honours'),
    figures: count('figures'),
    events: count('events'),
    communities,
  };
}

function emptyCounts(): GeoCounts {
  return {
    documents: 0,
    districts: 0,
    sites: 0,
    mappedSites: 0,
    honours: 0,
    figures: 0,
    events: 0,
    communities: undefined,
  };
}

const FILE_ORDER: readonly string[] = Object.values(GEO_FILES);

function sortByFile(errors: readonly ValidationError[]): ValidationError[] {
  return errors
    .map((error, order) => ({ error, order }))
    .sort((a, b) => rank(a.error) - rank(b.error) || a.order - b.order)
    .map(({ error }) => error);
}

function rank(error: ValidationError): number {
  const index = FILE_ORDER.indexOf(error.file);
  return index < 0 ? FILE_ORDER.length : index;
}

function withoutRepeats(errors: readonly ValidationError[]): ValidationError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const text = formatError(error);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

function fileError(file: string, message: string): ValidationError {
  return { file, location: '', field: '', message };
}
