/**
 * geo/communities.json: an object of lists. Each township and community is checked on its own;
 * the file-wide rules of `communitiesFile` (sorted codes, counts that add up) run on the whole.
 */
import {
  communitiesFile,
  community,
  statisticalUnit,
  township,
} from '../../src/lib/data/communities-schema.ts';
import type { CheckContext } from './check-context.ts';
import { formatPath, isRecord, kindOf } from './describe-value.ts';
import { arrayItems, toError } from './items.ts';
import type { CommunityDivisions } from './official-code-checks.ts';
import type { ValidationError } from './validation-error.ts';
import { validateItem } from './validate-item.ts';
import { issuesToProblems } from './zod-issues.ts';

const LISTS = { units: statisticalUnit, townships: township, communities: community } as const;
type ListName = keyof typeof LISTS;

export interface CommunitiesResult {
  errors: ValidationError[];
  divisions: CommunityDivisions | undefined;
  count: number;
}

export function checkCommunitiesFile(
  file: string,
  parsed: unknown,
  context: CheckContext,
): CommunitiesResult {
  if (!isRecord(parsed)) {
    const message = `found ${kindOf(parsed)}, expected an object with townships and communities`;
    return { errors: [{ file, location: '', field: '', message }], divisions: undefined, count: 0 };
  }
  const whole = communitiesFile.safeParse(parsed);
  const fileIssues = whole.success
    ? []
    : whole.error.issues.filter((i) => !isInsideListItem(i.path));
  const errors = issuesToProblems(fileIssues, parsed, formatPath).map((p) => toError(file, '', p));
  for (const name of Object.keys(LISTS) as ListName[]) {
    const values = parsed[name];
    if (!Array.isArray(values)) continue;
    for (const item of arrayItems(file, values, name)) {
      errors.push(...validateItem(item, { schema: LISTS[name] }, context).errors);
    }
  }
  const communities = Array.isArray(parsed.communities) ? parsed.communities : [];
  return { errors, divisions: divisionsByCode(communities), count: communities.length };
}

function isInsideListItem(path: readonly PropertyKey[]): boolean {
  return path.length > 1 && typeof path[0] === 'string' && path[0] in LISTS;
}

function divisionsByCode(communities: readonly unknown[]): CommunityDivisions {
  const divisions = new Map<string, string>();
  for (const entry of communities) {
    if (isRecord(entry) && typeof entry.code === 'string' && typeof entry.division === 'string') {
      divisions.set(entry.code, entry.division);
    }
  }
  return divisions;
}
