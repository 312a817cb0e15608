/**
 * The closed vocabularies of the data files: one list each, in code, so that the
 * schema, the validator, the style and the legend all read the same thing.
 */

export const DISTRICT_CODES = [
  '150102',
  '150103',
  '150104',
  '150105',
  '150121',
  '150122',
  '150123',
  '150124',
  '150125',
] as const;
export type DistrictCode = (typeof DISTRICT_CODES)[number];

/** `city` marks a city-wide body or a fact about Hohhot as a whole. */
export const CITY = 'city' as const;

export const LEVELS = ['national', 'region', 'city'] as const;
export type Level = (typeof LEVELS)[number];

/** What an honour is: a demonstration title, a shortlisting, a named title, a ranking. */
export const HONOUR_KINDS = ['demonstration', 'candidate', 'title', 'ranking'] as const;
export type HonourKind = (typeof HONOUR_KINDS)[number];

export const SITE_CATEGORIES = [
  'court',
  'community',
  'service_hall',
  'supervision_office',
  'hotline',
  'legal_culture',
  'school',
] as const;
export type SiteCategory = (typeof SITE_CATEGORIES)[number];

/**
 * How a site's position was chosen. `none`: the site has no point (a city-wide body, or a
 * place the source names without saying where it is); its geometry is null.
 */
export const PRECISIONS = ['exact', 'approximate', 'district_seat', 'none'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Rule-of-law demonstration status of a division, derived from honours.json. */
export const STATUSES = ['region_demonstration', 'none_named'] as const;
export type Status = (typeof STATUSES)[number];

/** The documents a fact may cite, with the section headings each one has. */
export const SOURCE_DOCS = {
  '000_09fb91975c380bb4': {
    title: '呼和浩特：法治政府建设蹄疾步稳成效丰',
    sections: [
      '导语',
      '政治引领强机制 法治护航新征程',
      '优化职能提质效 擦亮法治“金名片”',
      '执法革新筑根基 护企优商见真章',
      '法治温情润青城 枫桥新绿映民心',
      '普法弦歌动北疆 法治甘霖泽万家',
      '坚持良法善治 服务保障中心大局',
      '图片说明',
    ],
  },
} as const;
export type SourceDocId = keyof typeof SOURCE_DOCS;
