import { SITE_CATEGORIES } from '../data/vocab.ts';
import { MAP_PALETTES, type Theme } from '../theme/palette.ts';
import { CATEGORY_STYLE, markerImageId } from './categories.ts';
import { hatchPattern, type PatternImage } from './hatch.ts';
import { IMAGE } from './ids.ts';
import { markerImage, selectionRingImage } from './marker-image.ts';

/**
 * Every image the style refers to, with its pixel ratio, in a theme's colours (each the same
 * size in both, so a live map can swap them with updateImage). Generated: no sprite is fetched.
 */
export function styleImages(
  theme: Theme = 'light',
): { id: string; image: PatternImage; pixelRatio: number }[] {
  const p = MAP_PALETTES[theme];
  const markers = SITE_CATEGORIES.flatMap((category) =>
    [false, true].map((hollow) => ({
      id: markerImageId(category, hollow),
      image: markerImage({
        ...CATEGORY_STYLE[category],
        hollow,
        outline: p.markerOutline,
        core: p.markerCore,
      }),
      pixelRatio: 2,
    })),
  );
  return [
    { id: IMAGE.hatch, image: hatchPattern(16, 3, p.hatchAlpha, p.hatch), pixelRatio: 1 },
    { id: IMAGE.selectedRing, image: selectionRingImage(56, p.ring, p.ringEdge), pixelRatio: 2 },
    ...markers,
  ];
}
