/**
 * Pointer interactions of the map: hover, tooltips, clicks on markers, clusters and
 * divisions. They only call AppState methods (and report the tooltip to MapView).
 */
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import type { AppState } from '../state/app.svelte.ts';
import { motionDuration } from './camera.ts';
import { siteHidden, visibleInCluster } from './site-expressions.ts';
import type { SitePointProperties } from './site-source.ts';
import { nearestMarker, offsetOf, type Point2 } from './nearest-marker.ts';
import {
  INTERACTIVE_CLUSTER_LAYERS,
  INTERACTIVE_DISTRICT_LAYERS,
  INTERACTIVE_SITE_LAYERS,
  SOURCE,
} from './ids.ts';

export interface Tooltip {
  id: string;
  x: number;
  y: number;
}

/** Where a picked marker is drawn on the canvas: its point projected, plus its fan offset. */
function markerCentre(
  map: MapLibreMap,
  feature: NonNullable<MapLayerMouseEvent['features']>[number],
): Point2 {
  if (feature.geometry.type !== 'Point') return { x: Infinity, y: Infinity };
  const point = map.project(feature.geometry.coordinates as [number, number]);
  const [dx, dy] = offsetOf(feature.properties.offset);
  return { x: point.x + dx, y: point.y + dy };
}

export function wireInteractions(
  map: MapLibreMap,
  app: AppState,
  options: { reducedMotion: boolean; setTooltip: (tooltip: Tooltip | null) => void },
): void {
  const first = (event: MapLayerMouseEvent) => event.features?.[0];
  // The filter hides sites and empties clusters without removing them from the layers
  // (feature-state and badge images), so the pointer ignores what the filter hides.
  type Picked = NonNullable<MapLayerMouseEvent['features']>[number];
  const shown = (feature: Picked) =>
    feature.properties.point_count !== undefined
      ? visibleInCluster(feature.properties, app.filters.current) > 0
      : !siteHidden(feature.properties as SitePointProperties, app.filters.current);
  const firstShown = (event: MapLayerMouseEvent) => event.features?.find(shown);
  // Fanned-out markers' boxes can touch: the pointer picks the one whose drawn centre (its
  // point plus its fan offset) is nearest, not whichever the layer lists first.
  const nearestShown = (event: MapLayerMouseEvent) =>
    nearestMarker(
      (event.features ?? []).filter(shown).map((feature) => ({
        feature,
        centre: markerCentre(map, feature),
      })),
      event.point,
    )?.feature;
  const pointer = (on: boolean) => (map.getCanvas().style.cursor = on ? 'pointer' : '');
  let overSite = false;

  for (const layer of INTERACTIVE_SITE_LAYERS) {
    map.on('mousemove', layer, (event) => {
      const feature = nearestShown(event);
      overSite = feature !== undefined;
      pointer(overSite);
      options.setTooltip(feature ? { id: String(feature.properties.id), ...event.point } : null);
    });
    map.on('mouseleave', layer, () => {
      overSite = false;
      pointer(false);
      options.setTooltip(null);
    });
    map.on('click', layer, (event) => {
      const feature = nearestShown(event);
      if (feature) app.selectSite(String(feature.properties.id));
    });
  }

  for (const layer of INTERACTIVE_CLUSTER_LAYERS) {
    map.on('mousemove', layer, (event) => {
      if (firstShown(event)) pointer(true);
    });
    map.on('mouseleave', layer, () => pointer(false));
    map.on('click', layer, async (event) => {
      const feature = firstShown(event);
      if (!feature || feature.geometry.type !== 'Point') return;
      const source = map.getSource<GeoJSONSource>(SOURCE.sites);
      const zoom = await source?.getClusterExpansionZoom(Number(feature.properties.cluster_id));
      if (zoom === undefined) return;
      map.easeTo({
        center: feature.geometry.coordinates as [number, number],
        // The expansion zoom is a whole level; never zoom out when opening a cluster.
        zoom: Math.max(zoom, map.getZoom() + 1),
        duration: motionDuration(options.reducedMotion),
      });
    });
  }

  for (const layer of INTERACTIVE_DISTRICT_LAYERS) {
    map.on('mousemove', layer, (event) => {
      if (!overSite) pointer(true);
      app.hover(String(first(event)?.properties.code ?? ''));
    });
    map.on('mouseleave', layer, () => {
      pointer(false);
      app.hover(null);
    });
    map.on('click', layer, (event) => {
      // A click on a marker or cluster is theirs, not the division's underneath.
      const above = map
        .queryRenderedFeatures(event.point, {
          layers: [...INTERACTIVE_SITE_LAYERS, ...INTERACTIVE_CLUSTER_LAYERS],
        })
        .filter(shown);
      if (above.length === 0) app.selectDistrict(String(first(event)?.properties.code ?? ''));
    });
  }
}
