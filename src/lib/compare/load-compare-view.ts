/** The compare view's chunk (with the city at a glance and the chart scales), loaded once. */
import { sharedImport } from '../components/shared-import.ts';

export const loadCompareView = sharedImport(() => import('./CompareView.svelte'));
