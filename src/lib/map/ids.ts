/** Every source, layer and image id of the map style, in one place. */
export const SOURCE = {
  context: 'context',
  contextLabels: 'context-labels',
  districts: 'districts',
  districtLabels: 'district-labels',
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
} as const;

export const IMAGE = {
  hatch: 'status-hatch',
} as const;

/** Layers a pointer can pick a division from. */
export const INTERACTIVE_DISTRICT_LAYERS: string[] = [LAYER.districtFill];
