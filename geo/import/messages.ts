/**
 * Every sentence the import and export tools print, in Chinese and English side by side. A
 * message is made in both languages at once; the maintainer's `--lang` picks one when printed.
 */
import type { Lang } from '../../src/lib/i18n/langs.ts';

export type { Lang };

export interface Text {
  zh: string;
  en: string;
}

const MAX_SHOWN = 60;

/** A value as a message shows it: numbers bare, anything else quoted (and shortened). */
export function show(value: string): string {
  if (/^[+-]?\d+(\.\d+)?$/.test(value)) return value;
  const quoted = JSON.stringify(value);
  return quoted.length > MAX_SHOWN ? `${quoted.slice(0, MAX_SHOWN - 2)}…"` : quoted;
}

export function showPoint([lon, lat]: readonly [number, number]): string {
  return `[${lon}, ${lat}]`;
}

const list = (items: readonly string[], zh: boolean) => (zh ? items.join('、') : items.join(', '));
const quotedList = (items: readonly string[]) => items.map((item) => JSON.stringify(item));

/** Problems found in a sheet's header, cells and rows. */
export const problemText = {
  unknownColumn: (): Text => ({ zh: '不认识这一列，已忽略', en: 'unknown column, ignored' }),
  duplicateColumn: (first: string): Text => ({
    zh: `与「${first}」是同一列，只能保留一个`,
    en: `the same column as "${first}"; keep only one`,
  }),
  missingColumn: (zhHeader: string, enHeader: string): Text => ({
    zh: `缺少「${zhHeader}」（${enHeader}）列`,
    en: `missing the column "${enHeader}" (${zhHeader})`,
  }),
  formula: (value: string): Text => ({
    zh: `${show(value)} 是公式，按文本保留`,
    en: `${show(value)} is a formula; kept as text`,
  }),
  required: (): Text => ({ zh: '空着，必须填写', en: 'empty, required' }),
  notSlug: (value: string): Text => ({
    zh: `${show(value)} 不是 ASCII 短名（只能用 a-z、0-9 和连字符，如 saihan-court）`,
    en: `${show(value)} is not an ASCII slug (a-z, 0-9 and hyphens, e.g. saihan-court)`,
  }),
  noSlug: (): Text => ({
    zh: '空着，也无法从英文名称生成，请填写',
    en: 'empty, and none can be made from the English name; fill it in',
  }),
  generatedIdUpdates: (id: string): Text => ({
    zh: `空着，按英文名称生成 ${show(id)}，与已有地点相同，将更新该地点`,
    en: `empty; made ${show(id)} from the English name, an existing site, which will be updated`,
  }),
  duplicateRow: (id: string, row: number): Text => ({
    zh: `${show(id)} 与第 ${row} 行重复`,
    en: `${show(id)} repeats row ${row}`,
  }),
  idTaken: (id: string, file: string): Text => ({
    zh: `${show(id)} 已被 ${file} 中的一项使用`,
    en: `${show(id)} is already used by an item of ${file}`,
  }),
  unknownCategory: (value: string, labels: readonly string[], codes: readonly string[]): Text => ({
    zh: `${show(value)} 不是已知类别，应为 ${list(labels, true)}（或 ${list(codes, false)}）`,
    en: `${show(value)} is not a known category, expected ${list(codes, false)}`,
  }),
  unknownDistrict: (value: string): Text => ({
    zh: `${show(value)} 不是九个旗县区之一，应为代码（如 150104）、名称（如 玉泉区）或 全市`,
    en: `${show(value)} is not one of the nine divisions, expected a code (150104), a name (Yuquan District) or city`,
  }),
  notNumber: (value: string): Text => ({
    zh: `${show(value)} 不是十进制度数`,
    en: `${show(value)} is not a number of decimal degrees`,
  }),
  outOfRange: (value: string, limit: number): Text => ({
    zh: `${show(value)} 超出范围，应在 -${limit}…${limit} 之间`,
    en: `${show(value)} is out of range, expected -${limit}…${limit}`,
  }),
  looksLikeLat: (value: string): Text => ({
    zh: `${show(value)} 像是纬度（经纬度是否填反？）`,
    en: `${show(value)} looks like a latitude (lon and lat swapped?)`,
  }),
  pointNeeded: (label: string, precision: string): Text => ({
    zh: `空着，精度为 ${label} 时必须填写`,
    en: `empty, required for precision ${precision}`,
  }),
  pointNotAllowed: (): Text => ({
    zh: '精度为 无 时应留空（没有点位）',
    en: 'must be empty for precision none (no point)',
  }),
  datumNeeded: (): Text => ({
    zh: '空着，有坐标时必须写明坐标系：WGS84、CGCS2000、GCJ02 或 BD09',
    en: 'empty; a position needs its datum: WGS84, CGCS2000, GCJ02 or BD09',
  }),
  unknownDatum: (value: string): Text => ({
    zh: `${show(value)} 不是支持的坐标系，应为 WGS84、CGCS2000（天地图）、GCJ02（高德、腾讯）或 BD09（百度）`,
    en: `${show(value)} is not a supported datum, expected WGS84, CGCS2000 (Tianditu), GCJ02 (Amap, Tencent) or BD09 (Baidu)`,
  }),
  unknownPrecision: (value: string): Text => ({
    zh: `${show(value)} 不是已知精度，应为 精确、近似、驻地 或 无（或 exact、approximate、district_seat、none）`,
    en: `${show(value)} is not a known precision, expected exact, approximate, district_seat or none`,
  }),
  notInDivision: (
    point: readonly [number, number],
    actual: Text | undefined,
    declared: Text | undefined,
  ): Text => {
    const where = {
      zh: actual ? `位于 ${actual.zh}` : '不在呼和浩特市九个旗县区内',
      en: actual ? `lies in ${actual.en}` : "lies outside Hohhot's nine divisions",
    };
    return {
      zh: `WGS84 位置 ${showPoint(point)} ${where.zh}${declared ? `，不在所填的 ${declared.zh}内` : ''}`,
      en: `the WGS84 position ${showPoint(point)} ${where.en}${declared ? `, not in the declared ${declared.en}` : ''}`,
    };
  },
  notSeat: (point: readonly [number, number], division: Text, seat: readonly [number, number]) => ({
    zh: `精度为 驻地，但 WGS84 位置 ${showPoint(point)} 不是 ${division.zh}的驻地，应为 ${showPoint(seat)}`,
    en: `precision district_seat, but the WGS84 position ${showPoint(point)} is not the seat of ${division.en}, expected ${showPoint(seat)}`,
  }),
  seatNeedsDivision: (): Text => ({
    zh: '精度为 驻地 时需要一个旗县区，不能是 全市',
    en: 'district_seat needs a division, not city',
  }),
  markup: (kind: 'tag' | 'entity' | 'script', found: string): Text => {
    const token = JSON.stringify(found);
    if (kind === 'tag') {
      return {
        zh: `含有 HTML（${token}），应为纯文本`,
        en: `contains HTML (${token}), expected plain text`,
      };
    }
    if (kind === 'entity') {
      return {
        zh: `含有 HTML 实体（${token}），应为纯文本`,
        en: `contains an HTML entity (${token}), expected plain text`,
      };
    }
    return {
      zh: '含有 "javascript:"，应为纯文本',
      en: 'contains "javascript:", expected plain text',
    };
  },
  noChinese: (value: string): Text => ({
    zh: `${show(value)} 没有汉字，应为中文`,
    en: `${show(value)} has no Chinese characters, expected Chinese text`,
  }),
  onlyChinese: (value: string): Text => ({
    zh: `${show(value)} 只有汉字，应为英文`,
    en: `${show(value)} is only Chinese, expected English text`,
  }),
  unknownSource: (value: string): Text => ({
    zh: `${show(value)} 不是 geo/sources.json 中的来源编号`,
    en: `${show(value)} is not a document id in geo/sources.json`,
  }),
  emptySource: (position: number): Text => ({
    zh: `第 ${position} 个来源空着`,
    en: `source ${position} is empty`,
  }),
  extraSections: (sections: number, sources: number): Text => ({
    zh: `有 ${sections} 个章节，多于 ${sources} 个来源`,
    en: `${sections} sections for ${sources} source${sources === 1 ? '' : 's'}`,
  }),
  sectionNeeded: (doc: string, sections: readonly string[]): Text => ({
    zh: `来源 ${doc} 有章节，应为其中之一：${list(quotedList(sections), true)}`,
    en: `${doc} has sections, expected one of ${list(quotedList(sections), false)}`,
  }),
  unknownSection: (value: string, doc: string, sections: readonly string[]): Text => ({
    zh: `${show(value)} 不是 ${doc} 的章节，应为其中之一：${list(quotedList(sections), true)}`,
    en: `${show(value)} is not a section of ${doc}, expected one of ${list(quotedList(sections), false)}`,
  }),
  sectionNotAllowed: (value: string, doc: string): Text => ({
    zh: `${show(value)}：来源 ${doc} 没有章节，此处应留空`,
    en: `${show(value)}: ${doc} has no sections; leave it empty`,
  }),
  checkData: (message: string): Text => ({
    zh: `数据检查（check:data）：${message}`,
    en: `check:data: ${message}`,
  }),
};

/** Why a file cannot be imported at all (exit 2), and the usage line. */
export const fileText = {
  importUsage: (): Text => ({
    zh: '用法：npm run import:sites -- <文件.xlsx|文件.csv> [--dry-run] [--replace] [--lang zh|en] [--geo <目录>]',
    en: 'usage: npm run import:sites -- <file.xlsx|file.csv> [--dry-run] [--replace] [--lang zh|en] [--geo <dir>]',
  }),
  exportUsage: (): Text => ({
    zh: '用法：npm run export:sites -- <文件.xlsx|文件.csv> [--only <编号,…>] [--lang zh|en] [--geo <目录>]',
    en: 'usage: npm run export:sites -- <file.xlsx|file.csv> [--only <id,…>] [--lang zh|en] [--geo <dir>]',
  }),
  unknownOption: (option: string): Text => ({
    zh: `不认识的选项 ${option}`,
    en: `unknown option ${option}`,
  }),
  missingValue: (option: string): Text => ({
    zh: `${option} 后面缺少值`,
    en: `${option} needs a value`,
  }),
  badLang: (value: string): Text => ({
    zh: `--lang 应为 zh 或 en，而不是 ${show(value)}`,
    en: `--lang must be zh or en, not ${show(value)}`,
  }),
  noFile: (): Text => ({ zh: '缺少文件名', en: 'no file named' }),
  tooManyFiles: (): Text => ({ zh: '只能给一个文件', en: 'name one file only' }),
  fileMissing: (path: string): Text => ({
    zh: `找不到文件 ${path}`,
    en: `${path}: no such file`,
  }),
  notSheet: (path: string): Text => ({
    zh: `${path} 不是 .xlsx 或 .csv 文件`,
    en: `${path} is not an .xlsx or .csv file`,
  }),
  oldXls: (path: string): Text => ({
    zh: `${path} 是旧的 .xls 格式，请在 Excel 中另存为 .xlsx 或 .csv`,
    en: `${path} is an old .xls workbook; save it from Excel as .xlsx or .csv`,
  }),
  unreadable: (path: string, reason: string): Text => ({
    zh: `无法读取 ${path}：${reason}`,
    en: `cannot read ${path}: ${reason}`,
  }),
  notZip: (path: string): Text => ({
    zh: `无法读取 ${path}：它不是 xlsx 工作簿（不是 zip 文件）`,
    en: `cannot read ${path}: not an xlsx workbook (not a zip file)`,
  }),
  zipNamedCsv: (path: string): Text => ({
    zh: `无法读取 ${path}：它是 xlsx 工作簿，却以 .csv 命名`,
    en: `cannot read ${path}: it is an xlsx workbook named .csv`,
  }),
  empty: (path: string): Text => ({ zh: `${path} 是空的`, en: `${path} is empty` }),
  noHeader: (path: string, headers: readonly string[]): Text => ({
    zh: `${path} 的第一行不是表头：没有一个认得出的列名（应为 ${headers.join('、')} 等）`,
    en: `${path} has no header row: its first row names no known column (expected ${headers.join(', ')}…)`,
  }),
  geoMissing: (dir: string): Text => ({
    zh: `数据目录 ${dir} 中没有 sites.geojson`,
    en: `the data folder ${dir} has no sites.geojson`,
  }),
  unknownIds: (ids: readonly string[]): Text => ({
    zh: `没有这些地点：${ids.join('、')}`,
    en: `no such sites: ${ids.join(', ')}`,
  }),
};

/** What the tools report when they run. */
export const reportText = {
  readXlsx: (path: string, sheet: string, rows: number): Text => ({
    zh: `读取 ${path}（工作表「${sheet}」）：${rows} 行数据`,
    en: `read ${path} (sheet "${sheet}"): ${rows} data row${rows === 1 ? '' : 's'}`,
  }),
  readCsv: (path: string, encoding: string, rows: number): Text => ({
    zh: `读取 ${path}（CSV，${encoding} 编码）：${rows} 行数据`,
    en: `read ${path} (CSV, ${encoding}): ${rows} data row${rows === 1 ? '' : 's'}`,
  }),
  added: (id: string): Text => ({ zh: `新增 ${id}`, en: `added ${id}` }),
  changed: (id: string, fields: readonly string[]): Text => ({
    zh: `修改 ${id}: ${fields.join(', ')}`,
    en: `changed ${id}: ${fields.join(', ')}`,
  }),
  unchanged: (id: string): Text => ({ zh: `未变 ${id}`, en: `unchanged ${id}` }),
  removed: (id: string): Text => ({ zh: `删除 ${id}`, en: `removed ${id}` }),
  kept: (count: number): Text => ({
    zh: `表中没有的 ${count} 个地点保持不变`,
    en:
      count === 1 ? '1 site not in the sheet is kept' : `${count} sites not in the sheet are kept`,
  }),
  summary: (added: number, changed: number, unchanged: number, removed: number): Text => ({
    zh: `合计：新增 ${added}，修改 ${changed}，未变 ${unchanged}，删除 ${removed}`,
    en: `${added} added, ${changed} changed, ${unchanged} unchanged, ${removed} removed`,
  }),
  dryRun: (): Text => ({ zh: '试运行：没有写入任何文件。', en: 'Dry run: nothing written.' }),
  wrote: (files: readonly string[]): Text => ({
    zh: `已写入 ${files.join('、')}。`,
    en: `Wrote ${files.join(' and ')}.`,
  }),
  nothingChanged: (): Text => ({
    zh: '数据没有变化，没有写入任何文件。',
    en: 'The data is unchanged; nothing written.',
  }),
  failed: (errors: number, warnings: number): Text => ({
    zh: `${errors} 个错误，${warnings} 个警告；没有写入任何文件。`,
    en: `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; nothing written.`,
  }),
  exported: (path: string, count: number): Text => ({
    zh: `已导出 ${count} 个地点到 ${path}`,
    en: `Exported ${count} site${count === 1 ? '' : 's'} to ${path}`,
  }),
};

/** The note a converted position gets in `location.note_zh` / `note_en`. */
export const conversionNote = {
  GCJ02: {
    zh: '坐标由 GCJ-02（高德、腾讯）换算为 WGS84。',
    en: 'Converted from GCJ-02 (Amap, Tencent) to WGS84.',
  },
  BD09: {
    zh: '坐标由 BD-09（百度）换算为 WGS84。',
    en: 'Converted from BD-09 (Baidu) to WGS84.',
  },
  CGCS2000: {
    zh: '坐标系为 CGCS2000（天地图），在地图比例尺上与 WGS84 一致，未换算。',
    en: 'Datum CGCS2000 (Tianditu), taken as WGS84 at map scale; not converted.',
  },
} as const satisfies Record<string, Text>;
