/**
 * The columns of a sites spreadsheet (docs/sites-template.xlsx), in the template's order: what
 * `npm run import:sites` reads, `npm run export:sites` writes and the point picker (`?pick=1`)
 * fills in. Plain data, no dependencies: the import tool in Node and the picker in the browser
 * read the same list.
 */
import type { Precision } from './vocab.ts';

export const SITE_COLUMN_KEYS = [
  'id',
  'name_zh',
  'name_en',
  'category',
  'district',
  'lon',
  'lat',
  'datum',
  'precision',
  'location_note_zh',
  'location_note_en',
  'summary_zh',
  'summary_en',
  'source',
  'source_section',
] as const;
export type SiteColumnKey = (typeof SITE_COLUMN_KEYS)[number];

export interface SiteColumn {
  key: SiteColumnKey;
  /** The Chinese header, as the template writes it. */
  zh: string;
  /** The English header (the key itself). */
  en: string;
  /** Must the column be in the sheet? (编号 and 来源章节 may be left out.) */
  required: boolean;
  /** What goes in it, shown as the header cell's note in an exported workbook. */
  note_zh: string;
  note_en: string;
}

export const SITE_COLUMNS: readonly SiteColumn[] = [
  {
    key: 'id',
    zh: '编号',
    en: 'id',
    required: false,
    note_zh: '可选：ASCII 短名（a-z、0-9、连字符）；空着时按英文名称生成',
    note_en: 'Optional ASCII slug (a-z, 0-9, hyphens); made from the English name when empty',
  },
  {
    key: 'name_zh',
    zh: '名称',
    en: 'name_zh',
    required: true,
    note_zh: '中文名称（必填）',
    note_en: 'Chinese name (required)',
  },
  {
    key: 'name_en',
    zh: '英文名称',
    en: 'name_en',
    required: true,
    note_zh: '英文名称（必填）',
    note_en: 'English name (required)',
  },
  {
    key: 'category',
    zh: '类别',
    en: 'category',
    required: true,
    note_zh: '法院、社区、政务服务、行政执法协调监督、热线、法治文化阵地、学校',
    note_en: 'court, community, service_hall, supervision_office, hotline, legal_culture, school',
  },
  {
    key: 'district',
    zh: '旗县区',
    en: 'district',
    required: true,
    note_zh: '代码（150104）、名称（玉泉区）或 全市',
    note_en: 'A code (150104), a name (Yuquan District) or city',
  },
  {
    key: 'lon',
    zh: '经度',
    en: 'lon',
    required: true,
    note_zh: '十进制度数，如 111.673881（精度为 无 时留空）',
    note_en: 'Decimal degrees, e.g. 111.673881 (empty for precision none)',
  },
  {
    key: 'lat',
    zh: '纬度',
    en: 'lat',
    required: true,
    note_zh: '十进制度数，如 40.753655（精度为 无 时留空）',
    note_en: 'Decimal degrees, e.g. 40.753655 (empty for precision none)',
  },
  {
    key: 'datum',
    zh: '坐标系',
    en: 'datum',
    required: true,
    note_zh: 'WGS84、CGCS2000（天地图）、GCJ02（高德、腾讯）或 BD09（百度）',
    note_en: 'WGS84, CGCS2000 (Tianditu), GCJ02 (Amap, Tencent) or BD09 (Baidu)',
  },
  {
    key: 'precision',
    zh: '精度',
    en: 'precision',
    required: true,
    note_zh: '精确、近似、驻地 或 无',
    note_en: 'exact, approximate, district_seat or none',
  },
  {
    key: 'location_note_zh',
    zh: '位置说明',
    en: 'location_note_zh',
    required: true,
    note_zh: '位置是怎样得到的（必填；精度为 无 时说明为什么没有点位）',
    note_en: 'How the position was obtained, in Chinese (required)',
  },
  {
    key: 'location_note_en',
    zh: '英文位置说明',
    en: 'location_note_en',
    required: true,
    note_zh: '位置说明的英文（必填）',
    note_en: 'How the position was obtained, in English (required)',
  },
  {
    key: 'summary_zh',
    zh: '简介',
    en: 'summary_zh',
    required: true,
    note_zh: '一两句中文简介（必填）',
    note_en: 'One or two sentences in Chinese (required)',
  },
  {
    key: 'summary_en',
    zh: '英文简介',
    en: 'summary_en',
    required: true,
    note_zh: '简介的英文（必填）',
    note_en: 'One or two sentences in English (required)',
  },
  {
    key: 'source',
    zh: '来源',
    en: 'source',
    required: true,
    note_zh: 'geo/sources.json 中的来源编号；多个用 ; 分隔',
    note_en: 'Document ids of geo/sources.json; several separated by ;',
  },
  {
    key: 'source_section',
    zh: '来源章节',
    en: 'source_section',
    required: false,
    note_zh: '来源有章节时填写章节标题；多个用 ; 分隔，与来源一一对应',
    note_en: 'The section heading, where the document has sections; ;-separated, in order',
  },
];

/** The precisions as a sheet writes them in Chinese (精确 / 近似 / 驻地 / 无). */
export const PRECISION_LABELS_ZH: Readonly<Record<Precision, string>> = {
  exact: '精确',
  approximate: '近似',
  district_seat: '驻地',
  none: '无',
};

/** What a sheet writes for a city-wide site in its 旗县区 column. */
export const CITY_LABEL_ZH = '全市';

/** The header row of the template, in Chinese or English. */
export function siteColumnHeaders(lang: 'zh' | 'en'): string[] {
  return SITE_COLUMNS.map((column) => column[lang]);
}
