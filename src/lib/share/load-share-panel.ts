/** The share panel's chunk (with `qrcode`), loaded the first time Share is pressed. */
import { sharedImport } from '../components/shared-import.ts';

export const loadSharePanel = sharedImport(() => import('./SharePanel.svelte'));
