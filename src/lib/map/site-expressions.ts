/**
 * Expressions for the site layers, from the filter state. Clusters carry a count per
 * category (and per category and honour level), so hiding a category only changes these
 * expressions: nothing is re-tiled.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { SiteFilter } from '../data/sites.ts';
import { LEVELS, SITE_CATEGORIES, type Level, type SiteCategory } from '../data/vocab.ts';

const key = (category: SiteCategory, level: Level | null) =>
  level ? `${category}__${level}` : category;

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

/** How many sites in a cluster pass the filter. */
export function clusterCount(filter: SiteFilter): ExpressionSpecification {
  const terms = filter.categories.map((c): ExpressionSpecification => [
    'get',
    key(c, filter.honourLevel),
  ]);
  if (terms.length === 0) return ['literal', 0] as unknown as ExpressionSpecification;
  if (terms.length === 1) return terms[0];
  return ['+', ...terms] as ExpressionSpecification;
}

/** Clusters with at least one site that passes the filter. */
export function clusterFilter(filter: SiteFilter): ExpressionSpecification {
  return ['all', ['has', 'point_count'], ['>', clusterCount(filter), 0]];
}

/** Single (unclustered) sites that pass the filter. */
export function pointFilter(filter: SiteFilter): ExpressionSpecification {
  const parts: ExpressionSpecification[] = [
    ['!', ['has', 'point_count']],
    ['in', ['get', 'category'], ['literal', [...filter.categories]]],
  ];
  if (filter.honourLevel) parts.push(['==', ['get', `lv_${filter.honourLevel}`], 1]);
  return ['all', ...parts] as ExpressionSpecification;
}
