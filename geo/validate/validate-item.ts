/** One item through its schema and its extra checks, all problems at once. */
import type { CheckContext } from './check-context.ts';
import type { ItemRule } from './item-rules.ts';
import { itemError, type Item } from './items.ts';
import { checkSourceGrades, checkSourceRefs } from './source-checks.ts';
import { checkTexts } from './text-checks.ts';
import type { FieldProblem, ValidationError } from './validation-error.ts';
import { issuesToProblems } from './zod-issues.ts';

export interface ItemResult {
  errors: ValidationError[];
  /** The schema's output, when the item passed its schema. */
  data: unknown;
}

/**
 * The schema's problems come first; an extra check that finds something wrong with a field
 * the schema already reported stays silent, so each field is reported once.
 */
export function validateItem(
  item: Item,
  rule: ItemRule,
  context: CheckContext,
  extra: readonly FieldProblem[] = [],
): ItemResult {
  const result = rule.schema.safeParse(item.value);
  const schemaProblems = result.success
    ? []
    : issuesToProblems(result.error.issues, item.value, item.fieldOf, rule.rootKeyNote);
  const reported = new Set(schemaProblems.map((problem) => problem.field));
  const checked = [
    ...checkTexts(item.value, item.fieldOf, rule.texts),
    ...checkSourceRefs(item.value, context.documents, item.fieldOf),
    ...checkSourceGrades(item.fields, context.documents),
    ...(rule.check?.(item, context, result.success ? result.data : undefined) ?? []),
  ].filter((problem) => !reported.has(problem.field));
  const problems = [...schemaProblems, ...checked, ...extra];
  return {
    errors: problems.map((problem) => itemError(item, problem)),
    data: result.success ? result.data : undefined,
  };
}
