/**
 * The location note records the datum a position came in and that it was converted: a
 * sentence added to the note of a GCJ-02, BD-09 or CGCS2000 position (a WGS84 one is taken as
 * it is, and its note as written). A note that already ends with such a sentence (an exported
 * site, imported again from Amap) gets the current one instead, so it is never repeated.
 */
import type { Datum } from './datum.ts';
import { conversionNote, type Text } from './messages.ts';

const SENTENCES = Object.values(conversionNote);

export function noteWithDatum(note: Text, datum: Datum | undefined): Text {
  if (datum === undefined || datum === 'WGS84') return note;
  const sentence = conversionNote[datum];
  const zh = strip(note.zh, 'zh');
  const en = strip(note.en, 'en');
  return {
    zh: zh === '' ? sentence.zh : `${endSentence(zh, '。')}${sentence.zh}`,
    en: en === '' ? sentence.en : `${endSentence(en, '.')} ${sentence.en}`,
  };
}

function strip(note: string, lang: 'zh' | 'en'): string {
  let text = note;
  for (;;) {
    const found = SENTENCES.find((sentence) => text.endsWith(sentence[lang]));
    if (!found) return text.trimEnd();
    text = text.slice(0, -found[lang].length).trimEnd();
  }
}

function endSentence(text: string, stop: string): string {
  return /[。．.!！?？)）」”"]$/.test(text) ? text : `${text}${stop}`;
}
