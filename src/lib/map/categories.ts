import type { SiteCategory } from '../data/vocab.ts';

/**
 * One colour and one shape per site category (Okabe–Ito colours, so the set stays
 * distinguishable with colour-blindness; the shape carries the category on its own).
 * The legend and the marker images read this one table.
 */
export type MarkerShape =
  'circle' | 'square' | 'diamond' | 'triangle' | 'star' | 'pentagon' | 'hexagon';

export const CATEGORY_STYLE: Record<SiteCategory, { colour: string; shape: MarkerShape }> = {
  court: { colour: '#cc79a7', shape: 'square' },
  community: { colour: '#009e73', shape: 'circle' },
  service_hall: { colour: '#e69f00', shape: 'diamond' },
  supervision_office: { colour: '#56b4e9', shape: 'triangle' },
  hotline: { colour: '#f0e442', shape: 'star' },
  legal_culture: { colour: '#d55e00', shape: 'pentagon' },
  school: { colour: '#6a3d9a', shape: 'hexagon' },
};

/** The marker image id for a category, solid (a surveyed position) or hollow (approximate). */
export function markerImageId(category: SiteCategory, hollow: boolean): string {
  return `marker-${category}-${hollow ? 'hollow' : 'solid'}`;
}
