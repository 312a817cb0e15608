/** The framed map's chunk (title bar, card), loaded once, only for `?embed=1`. */
import { sharedImport } from '../components/shared-import.ts';

export const loadEmbedParts = sharedImport(() => import('./embed-parts.ts'));
