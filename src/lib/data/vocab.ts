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

/**
 * Grades of a source document, by its original publisher: A a government site or official
 * press, B mainstream press, C an aggregator or a page of unknown origin. The documents
 * themselves are data: geo/sources.json.
 */
export const SOURCE_GRADES = ['A', 'B', 'C'] as const;
export type SourceGrade = (typeof SOURCE_GRADES)[number];
