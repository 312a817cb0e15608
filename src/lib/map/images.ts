import { SITE_CATEGORIES } from '../data/vocab.ts';
import { CATEGORY_STYLE, markerImageId } from './categories.ts';
import { hatchPattern, type PatternImage } from './hatch.ts';
import { IMAGE } from './ids.ts';
import { markerImage, selectionRingImage } from './marker-image.ts';

/** Every image the style refers to, with its pixel ratio. Generated, so no sprite is fetched. */
export function styleImages(): { id: string; image: PatternImage; pixelRatio: number }[] {
  const markers = SITE_CATEGORIES.flatMap((category) =>
    [false, true].map((hollow) => ({
      id: markerImageId(category, hollow),
      image: markerImage({ ...CATEGORY_STYLE[category], hollow }),
      pixelRatio: 2,
    })),
  );
  return [
    { id: IMAGE.hatch, image: hatchPattern(), pixelRatio: 1 },
    { id: IMAGE.selectedRing, image: selectionRingImage(), pixelRatio: 2 },
    ...markers,
  ];
}
