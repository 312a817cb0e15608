import type { SourceRef } from '../data/schema.ts';
import { SOURCE_DOCS } from '../data/vocab.ts';

/** 《title》 · section — how a fact's source is cited on screen. */
export function sectionLabel(source: SourceRef): string {
  return `《${SOURCE_DOCS[source.doc].title}》 · ${source.section}`;
}
