/**
 * Zod issues, retold in the validator's words: the field, the value found (JSON-quoted),
 * and what was expected. Zod's own default text is never shown.
 */
import type { core } from 'zod';
import { DISTRICT_CODES } from '../../src/lib/data/vocab.ts';
import { kindOf, quote, valueAt } from './describe-value.ts';
import type { FieldProblem } from './validation-error.ts';

type Issue = core.$ZodIssue;
type PathToField = (path: readonly PropertyKey[]) => string;

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  tuple: 'a [lon, lat] pair',
  null: 'null',
};

/**
 * An unknown key is reported at its own path (`colour: unknown key "colour"`). `rootKeyNote`
 * is added to one found at the root of the value: for a feature, whose properties are shown
 * without a prefix, it says the key sits on the feature itself.
 */
export function issuesToProblems(
  issues: readonly Issue[],
  root: unknown,
  fieldOf: PathToField,
  rootKeyNote = '',
): FieldProblem[] {
  return issues.flatMap((issue) => issueToProblems(issue, root, fieldOf, rootKeyNote));
}

function issueToProblems(
  issue: Issue,
  root: unknown,
  fieldOf: PathToField,
  rootKeyNote: string,
): FieldProblem[] {
  const branch = issue.code === 'invalid_union' ? onlyMatchingBranch(issue) : undefined;
  if (branch) {
    const inner = branch.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue);
    return issuesToProblems(inner, root, fieldOf, rootKeyNote);
  }
  const found = valueAt(root, issue.path);
  if (issue.code === 'unrecognized_keys') {
    const note = issue.path.length === 0 ? rootKeyNote : '';
    return issue.keys.map((key) => ({
      field: fieldOf([...issue.path, key]),
      message: `unknown key ${JSON.stringify(key)}${note}`,
    }));
  }
  return [{ field: fieldOf(issue.path), message: describeIssue(issue, found) }];
}

/**
 * The one branch of a union whose shape the value has (a list where a citation may be one
 * reference or a list): its own issues say more than "matches none of the allowed forms".
 */
function onlyMatchingBranch(issue: core.$ZodIssueInvalidUnion): readonly Issue[] | undefined {
  const matching = issue.errors.filter(
    (branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
  );
  return matching.length === 1 && matching[0].length > 0 ? matching[0] : undefined;
}

function describeIssue(issue: Issue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return describeInvalidType(issue.expected, found);
    case 'invalid_value':
      return notOneOf(found, describeValues(issue.values));
    case 'too_small':
      return describeBound(found, issue.origin, 'at least', 'more than', issue);
    case 'too_big':
      return describeBound(found, issue.origin, 'at most', 'less than', issue);
    case 'invalid_format':
      return `found ${quote(found)}, expected ${formatName(issue)}`;
    case 'invalid_union':
      return describeUnion(issue, found);
    case 'custom':
      return issue.message;
    default:
      return `found ${quote(found)}, which is invalid here (${issue.code})`;
  }
}

function describeInvalidType(expected: string, found: unknown): string {
  const name = TYPE_NAMES[expected] ?? expected;
  if (found === undefined) return `missing, expected ${name}`;
  if (typeof found === 'number' && !Number.isFinite(found)) {
    return `found ${quote(found)}, expected a finite number`;
  }
  if (found === null) return `found null, expected ${name}`;
  return `found ${quote(found)} (${kindOf(found)}), expected ${name}`;
}

function notOneOf(found: unknown, expected: string): string {
  if (found === undefined) return `missing, expected ${expected}`;
  return expected.startsWith('one of ')
    ? `${quote(found)} is not ${expected}`
    : `found ${quote(found)}, expected ${expected}`;
}

/** `one of the nine division codes or "city"`, `"Feature"`, `one of "court", "school"`. */
export function describeValues(values: readonly unknown[]): string {
  const coversDivisions = DISTRICT_CODES.every((code) => values.includes(code));
  const others = coversDivisions
    ? values.filter((v) => !DISTRICT_CODES.includes(v as never))
    : values;
  const quoted = others.map((value) => JSON.stringify(value));
  if (coversDivisions) {
    return ['one of the nine division codes', ...quoted].join(' or ');
  }
  return quoted.length === 1 ? quoted[0] : `one of ${quoted.join(', ')}`;
}

function describeBound(
  found: unknown,
  origin: string,
  inclusiveWord: string,
  exclusiveWord: string,
  issue: { inclusive?: boolean; minimum?: unknown; maximum?: unknown },
): string {
  const limit = Number(issue.minimum ?? issue.maximum);
  const word = issue.inclusive === false ? exclusiveWord : inclusiveWord;
  if (origin === 'string' && issue.minimum !== undefined && limit === 1) {
    return `found ${quote(found)}, expected a non-empty string`;
  }
  if (origin === 'array' && Array.isArray(found)) {
    return `found ${quote(found)} (${found.length} items), expected ${word} ${limit} items`;
  }
  if (origin === 'string') return `found ${quote(found)}, expected ${word} ${limit} characters`;
  return `found ${quote(found)}, expected ${word} ${limit}`;
}

function formatName(issue: { format: string; message: string }): string {
  if (issue.format === 'regex' && !issue.message.startsWith('Invalid')) return issue.message;
  return `a valid ${issue.format}`;
}

/** A union fails when every branch fails: list what each branch would have accepted. */
function describeUnion(issue: core.$ZodIssueInvalidUnion, found: unknown): string {
  if ('options' in issue && issue.options && issue.options.length > 0) {
    return notOneOf(found, describeValues(issue.options));
  }
  const branches = issue.errors.map((branch) => (branch.length === 1 ? branch[0] : undefined));
  if (branches.length > 0 && branches.every((b) => b?.code === 'invalid_value')) {
    return notOneOf(
      found,
      describeValues(branches.flatMap((b) => (b as { values: unknown[] }).values)),
    );
  }
  const expected = branches.map((branch) => (branch ? branchExpectation(branch) : undefined));
  if (expected.length > 0 && expected.every((e) => e !== undefined)) {
    const description = joinAlternatives(expected as string[]);
    return found === undefined
      ? `missing, expected ${description}`
      : `found ${quote(found)}, expected ${description}`;
  }
  return `found ${quote(found)}, which matches none of the allowed forms`;
}

function branchExpectation(issue: Issue): string | undefined {
  if (issue.path.length > 0) return undefined;
  if (issue.code === 'invalid_value') return describeValues(issue.values);
  if (issue.code === 'invalid_format') return formatName(issue);
  if (issue.code === 'invalid_type') return TYPE_NAMES[issue.expected] ?? issue.expected;
  return undefined;
}

function joinAlternatives(parts: readonly string[]): string {
  if (parts.length <= 2) return parts.join(' or ');
  return `${parts.slice(0, -1).join(', ')}, or ${parts[parts.length - 1]}`;
}
