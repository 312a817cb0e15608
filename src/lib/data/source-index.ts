/** The documents of geo/sources.json, indexed once: look-ups, "data as of", and labels. */
import type { Citation, SourceDocument } from './schema.ts';
import { asOfDate } from './sources.ts';
import { citationLabel, indexDocuments, type DocumentIndex } from './source-label.ts';
import type { Lang } from '../i18n/langs.ts';

export class SourceIndex {
  readonly documents: DocumentIndex;
  /** "Data as of": the newest date among the sources (null when none is dated). */
  readonly asOf: string | null;

  constructor(docs: readonly SourceDocument[]) {
    this.documents = indexDocuments(docs);
    this.asOf = asOfDate(docs);
  }

  document(id: string): SourceDocument | undefined {
    return this.documents.get(id);
  }

  /** How a citation reads: document, publisher, date and section. */
  label(citation: Citation, lang: Lang): string {
    return citationLabel(citation, this.documents, lang);
  }
}
