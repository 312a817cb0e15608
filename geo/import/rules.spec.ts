/**
 * Every problem a row can have, each on a fixture sheet of its own (the template's qingquanjie
 * row with one thing wrong), through the whole import: exactly the expected lines, in Chinese
 * by default and in English, and nothing from check:data on top (the row's own check comes
 * first, in the maintainer's terms).
 */
import { describe, expect, it } from 'vitest';
import type { SiteColumnKey } from '../../src/lib/data/site-columns.ts';
import { importSheet } from './import-sites.ts';
import { formatProblem } from './problems.ts';
import type { Sheet } from './sheet.ts';
import {
  REPO_FILES,
  sheetOf,
  templateRows,
  templateWith,
  withCells,
} from './fixtures/sheets.sample.ts';

async function lines(sheet: Sheet, replace = false) {
  const outcome = await importSheet(sheet, REPO_FILES, { replace });
  if (outcome.kind !== 'checked') throw new Error('no header');
  return {
    zh: outcome.problems.map((p) => formatProblem(p, 'zh')),
    en: outcome.problems.map((p) => formatProblem(p, 'en')),
    ok: outcome.writes !== undefined,
  };
}

type Cells = Partial<Record<SiteColumnKey, string>>;

const SEAT_150121 = { lon: '111.163902', lat: '40.729572' };

const RULES: [string, Cells, string[], string[]][] = [
  [
    'a required cell left empty',
    { name_zh: '' },
    ['第 2 行「名称」: 空着，必须填写'],
    ['row 2, "名称": empty, required'],
  ],
  [
    'an id that is not a slug',
    { id: 'Qing Quan' },
    ['第 2 行「编号」: "Qing Quan" 不是 ASCII 短名（只能用 a-z、0-9 和连字符，如 saihan-court）'],
    ['row 2, "编号": "Qing Quan" is not an ASCII slug (a-z, 0-9 and hyphens, e.g. saihan-court)'],
  ],
  [
    'no id, and none can be made from the English name',
    { id: '', name_en: '——' },
    ['第 2 行「编号」: 空着，也无法从英文名称生成，请填写'],
    ['row 2, "编号": empty, and none can be made from the English name; fill it in'],
  ],
  [
    'an id an honour already uses',
    { id: 'fengqiao-advanced-model' },
    ['第 2 行「编号」: "fengqiao-advanced-model" 已被 geo/honours.json 中的一项使用'],
    ['row 2, "编号": "fengqiao-advanced-model" is already used by an item of geo/honours.json'],
  ],
  [
    'an unknown category',
    { category: '法庭' },
    [
      '第 2 行「类别」: "法庭" 不是已知类别，应为 法院、社区、政务服务、行政执法协调监督、热线、法治文化阵地、学校（或 court, community, service_hall, supervision_office, hotline, legal_culture, school）',
    ],
    [
      'row 2, "类别": "法庭" is not a known category, expected court, community, service_hall, supervision_office, hotline, legal_culture, school',
    ],
  ],
  [
    'an unknown division',
    { district: '玉泉' },
    [
      '第 2 行「旗县区」: "玉泉" 不是九个旗县区之一，应为代码（如 150104）、名称（如 玉泉区）或 全市',
    ],
    [
      'row 2, "旗县区": "玉泉" is not one of the nine divisions, expected a code (150104), a name (Yuquan District) or city',
    ],
  ],
  [
    'a position that is not a number',
    { lon: '111.6E' },
    ['第 2 行「经度」: "111.6E" 不是十进制度数'],
    ['row 2, "经度": "111.6E" is not a number of decimal degrees'],
  ],
  [
    'a longitude out of range',
    { lon: '200', precision: '近似' },
    ['第 2 行「经度」: 200 超出范围，应在 -180…180 之间'],
    ['row 2, "经度": 200 is out of range, expected -180…180'],
  ],
  [
    'a latitude out of range',
    { lat: '-95', precision: '近似' },
    ['第 2 行「纬度」: -95 超出范围，应在 -90…90 之间'],
    ['row 2, "纬度": -95 is out of range, expected -90…90'],
  ],
  [
    'longitude and latitude swapped',
    { lon: '40.85', lat: '111.67', precision: '近似' },
    ['第 2 行「经度」: 40.85 像是纬度（经纬度是否填反？）'],
    ['row 2, "经度": 40.85 looks like a latitude (lon and lat swapped?)'],
  ],
  [
    'no position for a precision that needs one',
    { lon: '', precision: '近似' },
    ['第 2 行「经度」: 空着，精度为 近似 时必须填写'],
    ['row 2, "经度": empty, required for precision approximate'],
  ],
  [
    'a position for precision none',
    { precision: '无' },
    [
      '第 2 行「经度」: 精度为 无 时应留空（没有点位）',
      '第 2 行「纬度」: 精度为 无 时应留空（没有点位）',
    ],
    [
      'row 2, "经度": must be empty for precision none (no point)',
      'row 2, "纬度": must be empty for precision none (no point)',
    ],
  ],
  [
    'a position without its datum',
    { datum: '' },
    ['第 2 行「坐标系」: 空着，有坐标时必须写明坐标系：WGS84、CGCS2000、GCJ02 或 BD09'],
    ['row 2, "坐标系": empty; a position needs its datum: WGS84, CGCS2000, GCJ02 or BD09'],
  ],
  [
    'an unknown datum',
    { datum: '北京54' },
    [
      '第 2 行「坐标系」: "北京54" 不是支持的坐标系，应为 WGS84、CGCS2000（天地图）、GCJ02（高德、腾讯）或 BD09（百度）',
    ],
    [
      'row 2, "坐标系": "北京54" is not a supported datum, expected WGS84, CGCS2000 (Tianditu), GCJ02 (Amap, Tencent) or BD09 (Baidu)',
    ],
  ],
  [
    'an unknown precision',
    { precision: '大概' },
    [
      '第 2 行「精度」: "大概" 不是已知精度，应为 精确、近似、驻地 或 无（或 exact、approximate、district_seat、none）',
    ],
    [
      'row 2, "精度": "大概" is not a known precision, expected exact, approximate, district_seat or none',
    ],
  ],
  [
    'a position in another division than the declared one',
    { ...SEAT_150121, precision: '近似' },
    [
      '第 2 行「经度」「纬度」: WGS84 位置 [111.163902, 40.729572] 位于 土默特左旗（150121），不在所填的 玉泉区（150104）内',
    ],
    [
      'row 2, "经度", "纬度": the WGS84 position [111.163902, 40.729572] lies in 150121 Tumed Left Banner, not in the declared 150104 Yuquan District',
    ],
  ],
  [
    'a city-wide site outside the nine divisions',
    { lon: '112.5', lat: '40.75', precision: '精确', district: '全市' },
    ['第 2 行「经度」「纬度」: WGS84 位置 [112.5, 40.75] 不在呼和浩特市九个旗县区内'],
    [
      'row 2, "经度", "纬度": the WGS84 position [112.5, 40.75] lies outside Hohhot\'s nine divisions',
    ],
  ],
  [
    'a district_seat point away from the seat',
    { lon: '111.68' },
    [
      '第 2 行「经度」「纬度」: 精度为 驻地，但 WGS84 位置 [111.68, 40.753655] 不是 玉泉区（150104）的驻地，应为 [111.673881, 40.753655]',
    ],
    [
      'row 2, "经度", "纬度": precision district_seat, but the WGS84 position [111.68, 40.753655] is not the seat of 150104 Yuquan District, expected [111.673881, 40.753655]',
    ],
  ],
  [
    'a district_seat for the city',
    { district: '全市' },
    ['第 2 行「精度」: 精度为 驻地 时需要一个旗县区，不能是 全市'],
    ['row 2, "精度": district_seat needs a division, not city'],
  ],
  [
    'HTML in a text',
    { summary_zh: '玉泉区的<b>社区</b>' },
    ['第 2 行「简介」: 含有 HTML（"<b"），应为纯文本'],
    ['row 2, "简介": contains HTML ("<b"), expected plain text'],
  ],
  [
    'an HTML entity in a text',
    { summary_en: 'A community &amp; more' },
    ['第 2 行「英文简介」: 含有 HTML 实体（"&amp;"），应为纯文本'],
    ['row 2, "英文简介": contains an HTML entity ("&amp;"), expected plain text'],
  ],
  [
    'a script link in a text',
    { location_note_en: 'See javascript:alert(1)' },
    ['第 2 行「英文位置说明」: 含有 "javascript:"，应为纯文本'],
    ['row 2, "英文位置说明": contains "javascript:", expected plain text'],
  ],
  [
    'a Chinese text without Chinese',
    { name_zh: 'Qingquanjie' },
    ['第 2 行「名称」: "Qingquanjie" 没有汉字，应为中文'],
    ['row 2, "名称": "Qingquanjie" has no Chinese characters, expected Chinese text'],
  ],
  [
    'an English text in Chinese only',
    { name_en: '清泉街社区' },
    ['第 2 行「英文名称」: "清泉街社区" 只有汉字，应为英文'],
    ['row 2, "英文名称": "清泉街社区" is only Chinese, expected English text'],
  ],
  [
    'an unknown source',
    { source: 'nope', source_section: '' },
    ['第 2 行「来源」: "nope" 不是 geo/sources.json 中的来源编号'],
    ['row 2, "来源": "nope" is not a document id in geo/sources.json'],
  ],
  [
    'an empty source between two',
    { source: '000_09fb91975c380bb4;;imline-2024-11-22' },
    ['第 2 行「来源」: 第 2 个来源空着'],
    ['row 2, "来源": source 2 is empty'],
  ],
  [
    'more sections than sources',
    { source_section: '导语;导语' },
    ['第 2 行「来源章节」: 有 2 个章节，多于 1 个来源'],
    ['row 2, "来源章节": 2 sections for 1 source'],
  ],
  [
    'no section for a document that has sections',
    { source: 'nmgnews-2025-11-18', source_section: '' },
    [
      '第 2 行「来源章节」: 来源 nmgnews-2025-11-18 有章节，应为其中之一："导语"、"改革赋能 打造一流法治化营商环境"',
    ],
    [
      'row 2, "来源章节": nmgnews-2025-11-18 has sections, expected one of "导语", "改革赋能 打造一流法治化营商环境"',
    ],
  ],
  [
    'a section the document does not have',
    { source: 'nmgnews-2025-11-18', source_section: '结语' },
    [
      '第 2 行「来源章节」: "结语" 不是 nmgnews-2025-11-18 的章节，应为其中之一："导语"、"改革赋能 打造一流法治化营商环境"',
    ],
    [
      'row 2, "来源章节": "结语" is not a section of nmgnews-2025-11-18, expected one of "导语", "改革赋能 打造一流法治化营商环境"',
    ],
  ],
  [
    'a section for a document without sections',
    { source: 'imline-2024-11-22', source_section: '导语' },
    ['第 2 行「来源章节」: "导语"：来源 imline-2024-11-22 没有章节，此处应留空'],
    ['row 2, "来源章节": "导语": imline-2024-11-22 has no sections; leave it empty'],
  ],
];

describe('each rule, on a sheet of its own', () => {
  it.each(RULES)('%s', async (_name, cells, zh, en) => {
    const result = await lines(templateWith(cells));
    expect(result.zh).toEqual(zh);
    expect(result.en).toEqual(en);
    expect(result.ok).toBe(false);
  });

  it('the same id in two rows: the second is reported, naming the first', async () => {
    const [header, row] = templateRows();
    const result = await lines(sheetOf([header, row, row]));
    expect(result.zh).toEqual(['第 3 行「编号」: "qingquanjie" 与第 2 行重复']);
    expect(result.en).toEqual(['row 3, "编号": "qingquanjie" repeats row 2']);
  });

  it('every problem of a row, and of every row, in one run, in sheet order', async () => {
    const [header, row] = templateRows();
    const result = await lines(
      sheetOf([
        header,
        withCells(row, { summary_zh: '', category: '法庭', lon: '40.85', lat: '111.67' }),
        withCells(row, { id: 'second', name_en: '清泉' }),
      ]),
    );
    expect(result.en).toEqual([
      'row 2, "类别": "法庭" is not a known category, expected court, community, service_hall, supervision_office, hotline, legal_culture, school',
      'row 2, "经度": 40.85 looks like a latitude (lon and lat swapped?)',
      'row 2, "简介": empty, required',
      'row 3, "英文名称": "清泉" is only Chinese, expected English text',
    ]);
  });

  it('headers are quoted as the sheet writes them, English ones too', async () => {
    const result = await lines(templateWith({ lon: '40.85', lat: '111.67' }, 'en'));
    expect(result.zh).toEqual(['第 2 行「lon」: 40.85 像是纬度（经纬度是否填反？）']);
    expect(result.en).toEqual(['row 2, "lon": 40.85 looks like a latitude (lon and lat swapped?)']);
  });
});

describe('warnings, which do not stop an import', () => {
  it('a formula is kept as text, with a warning', async () => {
    const formula = '=HYPERLINK("https://example.org","清泉街社区")';
    const [header, row] = templateRows();
    const sheet = sheetOf([header, withCells(row, { name_zh: formula })]);
    sheet.rows[1].cells[1].formula = true;
    const result = await lines(sheet);
    expect(result.zh).toEqual([
      '警告：第 2 行「名称」: "=HYPERLINK(\\"https://example.org\\",\\"清泉街社区\\")" 是公式，按文本保留',
    ]);
    expect(result.en).toEqual([
      'warning: row 2, "名称": "=HYPERLINK(\\"https://example.org\\",\\"清泉街社区\\")" is a formula; kept as text',
    ]);
    expect(result.ok).toBe(true);
  });

  it('an id made from the English name that is an existing site’s, which is updated', async () => {
    const result = await lines(templateWith({ id: '', name_en: 'Qingquanjie' }));
    expect(result.zh).toEqual([
      '警告：第 2 行「编号」: 空着，按英文名称生成 "qingquanjie"，与已有地点相同，将更新该地点',
    ]);
    expect(result.en).toEqual([
      'warning: row 2, "编号": empty; made "qingquanjie" from the English name, an existing site, which will be updated',
    ]);
    expect(result.ok).toBe(true);
  });
});

describe('what only check:data finds', () => {
  it('is reported against the row, with the field the sheet has no column for', async () => {
    // qingquanjie's statistical code belongs to 玉泉区; moved to 新城区's seat, it no longer fits.
    const result = await lines(
      templateWith({ district: '新城区', lon: '111.665544', lat: '40.858289' }),
    );
    expect(result.ok).toBe(false);
    expect(result.en).toHaveLength(1);
    expect(result.en[0]).toMatch(/^row 2 \(official_code\): check:data: "150104002004" /);
    expect(result.zh[0]).toMatch(
      /^第 2 行（official_code）: 数据检查（check:data）："150104002004" /,
    );
  });

  it('and a problem in another file is printed as check:data prints it', async () => {
    // --replace with a sheet of one site removes the courts, hotline… that honours and events name.
    const result = await lines(sheetOf(templateRows()), true);
    expect(result.ok).toBe(false);
    expect(result.en).toContain(
      'geo/honours.json › [12] (hotline-top-ten-outstanding) › holder: "hotline-12345" is not "city", a division code or a site id in geo/sites.geojson',
    );
    expect(result.zh).toEqual(result.en);
  });
});
