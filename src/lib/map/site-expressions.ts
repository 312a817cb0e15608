/**
 * The site layers and the filter. Filtering changes no layout: single sites are hidden
 * through feature-state (`hidden`), and each cluster's badge is an image named by the
 * cluster's counts per category and honour level, which the page redraws in place (same
 * id, same size) when the filter changes. So hiding a category re-tiles nothing and costs
 * one repaint, whatever the number of sites.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { SiteFilter } from '../data/sites.ts';
import { LEVELS, SITE_CATEGORIES, type Level, type SiteCategory } from '../data/vocab.ts';
import type { SitePointProperties } from './site-source.ts';

const key = (category: SiteCategory, level: Level | null) =>
  level ? `${category}__${level}` : category;

/** The cluster counts, in the order the badge's image id lists them. */
export const CLUSTER_KEYS: readonly string[] = SITE_CATEGORIES.flatMap((c) => [
  key(c, null),
  ...LEVELS.map((l) => key(c, l)),
]);

/** `clusterProperties` for the sites source: one running count per category and level. */
export function clusterProperties(): Record<string, unknown[]> {
  const props: Record<string, unknown[]> = {};
  for (const c of SITE_CATEGORIES) {
    props[key(c, null)] = ['+', ['case', ['==', ['get', 'category'], c], 1, 0]];
    for (const l of LEVELS) {
      props[key(c, l)] = [
        '+',
        ['case', ['all', ['==', ['get', 'category'], c], ['==', ['get', `lv_${l}`], 1]], 1, 0],
      ];
    }
  }
  return props;
}

const CLUSTER_PREFIX = 'cluster:';

/** `icon-image` of the cluster layer: `cluster:` and the counts, comma-separated. */
export function clusterImageExpression(): ExpressionSpecification {
  const parts = CLUSTER_KEYS.flatMap((k, i): unknown[] => [
    ...(i === 0 ? [] : [',']),
    ['to-string', ['coalesce', ['get', k], 0]],
  ]);
  return ['concat', CLUSTER_PREFIX, ...parts] as unknown as ExpressionSpecification;
}

/** A cluster's counts keyed as in CLUSTER_KEYS. */
export type ClusterCounts = Record<string, number>;

export function clusterImageId(counts: ClusterCounts): string {
  return CLUSTER_PREFIX + CLUSTER_KEYS.map((k) => counts[k] ?? 0).join(',');
}

/** The counts a cluster image id names, or null for any other id. */
export function parseClusterImageId(id: string): ClusterCounts | null {
  if (!id.startsWith(CLUSTER_PREFIX)) return null;
  const values = id.slice(CLUSTER_PREFIX.length).split(',');
  if (values.length !== CLUSTER_KEYS.length || !values.every((v) => /^\d{1,7}$/.test(v)))
    return null;
  return Object.fromEntries(CLUSTER_KEYS.map((k, i) => [k, Number(values[i])]));
}

/** All the sites in a cluster. */
export function clusterTotal(counts: ClusterCounts): number {
  return SITE_CATEGORIES.reduce((sum, c) => sum + (counts[key(c, null)] ?? 0), 0);
}

/** How many sites in a cluster pass the filter. */
export function visibleInCluster(counts: ClusterCounts, filter: SiteFilter): number {
  return filter.categories.reduce((sum, c) => sum + (counts[key(c, filter.honourLevel)] ?? 0), 0);
}

/** Whether a single site is hidden by the filter. */
export function siteHidden(
  site: Pick<SitePointProperties, 'category' | 'lv_national' | 'lv_region' | 'lv_city'>,
  filter: SiteFilter,
): boolean {
  if (!filter.categories.includes(site.category)) return true;
  return filter.honourLevel !== null && site[`lv_${filter.honourLevel}`] !== 1;
}

/** Clusters: features of the sites source with a point count. */
export const CLUSTERS: ExpressionSpecification = ['has', 'point_count'];
/** Single sites. */
export const SINGLE_SITES: ExpressionSpecification = ['!', ['has', 'point_count']];
