import type { Citation, SourceDocument, SourceRef } from './schema.ts';
import { citationList } from './sources.ts';
import type { Lang } from '../i18n/messages.ts';

/** The documents by id, as the labels look them up. */
export type DocumentIndex = ReadonlyMap<string, SourceDocument>;

export function indexDocuments(docs: readonly SourceDocument[]): DocumentIndex {
  return new Map(docs.map((doc) => [doc.id, doc]));
}

/** The date part of a citation: the document's date, or how far an undated one reports. */
export function documentDateLabel(doc: SourceDocument, lang: Lang): string {
  if (doc.date) return doc.date;
  if (doc.covers_to)
    return lang === 'zh'
      ? `未署日期，所记至 ${doc.covers_to}`
      : `undated, reports to ${doc.covers_to}`;
  return lang === 'zh' ? '未署日期' : 'undated';
}

/**
 * One reference as it is cited on screen: the document's title, who published it and when,
 * and the section. zh: 《title》（publisher，date）· section; en: “title” (publisher, date), section.
 */
export function referenceLabel(ref: SourceRef, docs: DocumentIndex, lang: Lang): string {
  const doc = docs.get(ref.doc);
  if (!doc) return ref.section ? `${ref.doc} · ${ref.section}` : ref.doc;
  const publisher = lang === 'zh' ? doc.publisher : doc.publisher_en;
  const when = documentDateLabel(doc, lang);
  if (lang === 'zh') {
    const meta = publisher ? `${publisher}，${when}` : when;
    return `《${doc.title}》（${meta}）${ref.section ? ` · ${ref.section}` : ''}`;
  }
  const meta = publisher ? `${publisher}, ${when}` : when;
  return `“${doc.title_en}” (${meta})${ref.section ? `, section “${ref.section}”` : ''}`;
}

/** Every reference of a citation, joined: `A; B`. */
export function citationLabel(citation: Citation, docs: DocumentIndex, lang: Lang): string {
  return citationList(citation)
    .map((ref) => referenceLabel(ref, docs, lang))
    .join(lang === 'zh' ? '；' : '; ');
}
