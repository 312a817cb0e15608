/**
 * Applies the site filter to a live map without changing its layout (see
 * site-expressions.ts): single sites are hidden through feature-state, and the cluster
 * badges drawn so far are redrawn in place. MapView owns one of these per map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { SiteFilter } from '../data/sites.ts';
import { drawClusterImage } from './draw-image.ts';
import { SOURCE } from './ids.ts';
import {
  clusterTotal,
  siteHidden,
  visibleInCluster,
  type ClusterCounts,
} from './site-expressions.ts';
import type { SitePointProperties } from './site-source.ts';
import type { Theme } from '../theme/palette.ts';

export interface SiteFilterSync {
  /** Draw and add a cluster badge MapLibre asked for, showing what `filter` lets through. */
  addBadge(id: string, counts: ClusterCounts, filter: SiteFilter): void;
  /** Hide and show sites, and redraw the badges, for `filter`. `again`: set every state anew. */
  apply(
    filter: SiteFilter,
    sites: FeatureCollection<Point, SitePointProperties>,
    again: boolean,
  ): void;
  /** Redraw every badge drawn so far in the current theme (the theme changed). */
  redrawBadges(): void;
}

export function siteFilterSync(
  map: MapLibreMap,
  pixelRatio: number,
  theme: () => Theme = () => 'light',
): SiteFilterSync {
  const badges = new Map<string, { counts: ClusterCounts; total: number; shown: number }>();
  let hidden = new Set<string>();
  return {
    addBadge(id, counts, filter) {
      const total = clusterTotal(counts);
      const shown = visibleInCluster(counts, filter);
      const image = drawClusterImage(shown, total, pixelRatio, theme());
      if (!image) return;
      map.addImage(id, image, { pixelRatio });
      badges.set(id, { counts, total, shown });
    },
    apply(filter, sites, again) {
      const next = new Set<string>();
      for (const f of sites.features)
        if (siteHidden(f.properties, filter)) next.add(f.properties.id);
      for (const id of hidden)
        if (!next.has(id)) map.setFeatureState({ source: SOURCE.sites, id }, { hidden: false });
      for (const id of next)
        if (again || !hidden.has(id))
          map.setFeatureState({ source: SOURCE.sites, id }, { hidden: true });
      hidden = next;
      for (const [id, badge] of badges) {
        const shown = visibleInCluster(badge.counts, filter);
        if (shown === badge.shown || !map.hasImage(id)) continue;
        const image = drawClusterImage(shown, badge.total, pixelRatio, theme());
        if (!image) continue;
        map.updateImage(id, image);
        badge.shown = shown;
      }
    },
    redrawBadges() {
      for (const [id, badge] of badges) {
        if (!map.hasImage(id)) continue;
        const image = drawClusterImage(badge.shown, badge.total, pixelRatio, theme());
        if (image) map.updateImage(id, image);
      }
    },
  };
}
