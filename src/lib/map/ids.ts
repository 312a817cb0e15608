/** Every source, layer and image id of the map style, in one place. */
export const SOURCE = {
  context: 'context',
  districts: 'districts',
  sites: 'sites',
} as const;

export const LAYER = {
  background: 'background',
  neighbourFill: 'neighbour-fill',
  neighbourLine: 'neighbour-line',
  neighbourLabel: 'neighbour-label',
  cityCasing: 'city-casing',
  districtFill: 'district-fill',
  districtHatch: 'district-hatch',
  districtLine: 'district-line',
  districtHover: 'district-hover',
  districtSelected: 'district-selected',
  districtLabel: 'district-label',
  siteClusters: 'site-clusters',
  siteSelected: 'site-selected',
  sitePoints: 'site-points',
} as const;

export const IMAGE = {
  hatch: 'status-hatch',
  selectedRing: 'site-selected-ring',
} as const;

/** Layers a pointer can pick a site or a cluster from (checked before divisions). */
export const INTERACTIVE_SITE_LAYERS: string[] = [LAYER.sitePoints];
export const INTERACTIVE_CLUSTER_LAYERS: string[] = [LAYER.siteClusters];

/** Layers a pointer can pick a division from. */
export const INTERACTIVE_DISTRICT_LAYERS: string[] = [LAYER.districtFill];
