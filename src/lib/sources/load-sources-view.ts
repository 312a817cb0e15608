/** The sources view's chunk, loaded the first time the view is opened. */
import { sharedImport } from '../components/shared-import.ts';

export const loadSourcesView = sharedImport(() => import('./SourcesView.svelte'));
