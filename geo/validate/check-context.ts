import type { DivisionIndex } from './division-index.ts';
import type { CommunityDivisions } from './official-code-checks.ts';
import type { KnownIds } from './reference-checks.ts';
import type { KnownDocuments } from './source-documents.ts';

/** What the item checks may look up in the other files (undefined: that file is unusable). */
export interface CheckContext {
  divisions: DivisionIndex | undefined;
  known: KnownIds;
  communities: CommunityDivisions | undefined;
  documents: KnownDocuments | undefined;
}
