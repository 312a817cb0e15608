import type { DistrictProperties, Honour, SiteFeature } from './schema.ts';
import type { DistrictCode } from './vocab.ts';

/** What the choropleth can show. `status` is categorical; the others are numbers. */
export const MEASURES = ['status', 'honours', 'site_density', 'villages'] as const;
export type Measure = (typeof MEASURES)[number];
export type NumericMeasure = Exclude<Measure, 'status'>;

export function isMeasure(value: unknown): value is Measure {
  return typeof value === 'string' && (MEASURES as readonly string[]).includes(value);
}

/** Honours a division holds (honours.json entries whose holder is its code). */
export function honourCount(code: string, honours: readonly Honour[]): number {
  return honours.filter((h) => h.holder === code).length;
}

/** Sites in a division per 1,000 km² (all of its sites, whatever their precision). */
export function siteDensity(district: DistrictProperties, sites: readonly SiteFeature[]): number {
  const n = sites.filter((f) => f.properties.district === district.code).length;
  return Math.round((n / district.area_km2) * 1000 * 100) / 100;
}

/** One number per division for a numeric measure. */
export function measureValues(
  measure: NumericMeasure,
  districts: readonly DistrictProperties[],
  sites: readonly SiteFeature[],
  honours: readonly Honour[],
): Record<DistrictCode, number> {
  const value = (d: DistrictProperties): number => {
    switch (measure) {
      case 'honours':
        return honourCount(d.code, honours);
      case 'site_density':
        return siteDensity(d, sites);
      case 'villages':
        return d.villages ?? 0;
    }
  };
  return Object.fromEntries(districts.map((d) => [d.code, value(d)])) as Record<
    DistrictCode,
    number
  >;
}
