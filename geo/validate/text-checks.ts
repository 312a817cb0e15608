/**
 * Checks on every string of an item: both languages present, Chinese where Chinese is due,
 * no HTML or script anywhere, links only over https (a source document's also over http: the
 * original of a page is what it is).
 */
import { isRecord, quote } from './describe-value.ts';
import type { FieldProblem } from './validation-error.ts';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ebef}]/u;
const LATIN_LETTER = /[A-Za-z]/;
const HTML_TAG = /<\s*\/?\s*[a-z!?]/i;
const HTML_ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const SCRIPT_URL = /javascript\s*:/i;
const URL_KEY = /(?:^|_)url$/i;

type Path = readonly PropertyKey[];
type FieldOf = (path: Path) => string;

export interface TextOptions {
  /** Accept http: links as well as https: ones. */
  allowHttp?: boolean;
  /** Stems whose `x_en` pairs with a bare `x` (text in the item's own language), not `x_zh`. */
  bareStems?: readonly string[];
}

export function checkTexts(
  fields: unknown,
  fieldOf: FieldOf,
  { allowHttp = false, bareStems = [] }: TextOptions = {},
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  visit(fields, [], (value, path) => {
    const key = path[path.length - 1];
    if (isRecord(value)) {
      problems.push(...checkLanguagePairs(value, path, fieldOf, bareStems));
      return;
    }
    if (typeof value !== 'string' || typeof key !== 'string') return;
    const problem = URL_KEY.test(key) ? checkUrl(value, allowHttp) : checkPlainText(key, value);
    if (problem) problems.push({ field: fieldOf(path), message: problem });
  });
  return problems;
}

function visit(value: unknown, path: Path, onValue: (value: unknown, path: Path) => void): void {
  onValue(value, path);
  if (Array.isArray(value))
    value.forEach((inner, index) => visit(inner, [...path, index], onValue));
  else if (isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key], onValue);
  }
}

/** Markup in a text: an HTML tag, an HTML entity or a `javascript:` link (the first found). */
export interface Markup {
  kind: 'tag' | 'entity' | 'script';
  /** The text that gave it away, e.g. `<b` or `&amp;`. */
  found: string;
}

export function findMarkup(text: string): Markup | undefined {
  const tag = HTML_TAG.exec(text);
  if (tag) return { kind: 'tag', found: tag[0] };
  const entity = HTML_ENTITY.exec(text);
  if (entity) return { kind: 'entity', found: entity[0] };
  const script = SCRIPT_URL.exec(text);
  if (script) return { kind: 'script', found: script[0] };
  return undefined;
}

/** Has the text a Chinese character? (Every `…_zh` text must.) */
export function hasChinese(text: string): boolean {
  return CJK.test(text);
}

/** Is the text Chinese only, with no Latin letter? (No `…_en` text may be.) */
export function isOnlyChinese(text: string): boolean {
  return CJK.test(text) && !LATIN_LETTER.test(text);
}

/** HTML, script and language problems of one string, or undefined. */
export function checkPlainText(key: string, text: string): string | undefined {
  const markup = findMarkup(text);
  if (markup?.kind === 'tag') {
    return `${quote(text)} contains HTML (${JSON.stringify(markup.found)}), expected plain text`;
  }
  if (markup?.kind === 'entity') {
    return `${quote(text)} contains an HTML entity (${JSON.stringify(markup.found)}), expected plain text`;
  }
  if (markup) return `${quote(text)} contains "javascript:", expected plain text`;
  if (text.trim() === '') return undefined; // the schema reports empty text
  if (key.endsWith('_zh') && !hasChinese(text)) {
    return `${quote(text)} has no Chinese characters, expected Chinese text`;
  }
  if (key.endsWith('_en') && isOnlyChinese(text)) {
    return `${quote(text)} is only Chinese, expected English text`;
  }
  return undefined;
}

/** A problem with a link, or undefined: https: only, or with `allowHttp` also http:. */
export function checkUrl(text: string, allowHttp = false): string | undefined {
  const protocols = allowHttp ? ['http:', 'https:'] : ['https:'];
  const expected = allowHttp ? 'an http: or https: URL' : 'an https: URL';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `found ${quote(text)}, expected ${expected}`;
  }
  if (!protocols.includes(url.protocol) || /[\s<>"]/.test(text)) {
    return `found ${quote(text)}, expected ${expected}`;
  }
  return undefined;
}

/**
 * `x_zh` and `x_en` come together: both given, or both absent, or both null. For a stem of
 * `bareStems` (a source document's `title`, in the document's own language) the bare `x` is
 * the partner of `x_en`.
 */
function checkLanguagePairs(
  record: Record<string, unknown>,
  path: Path,
  fieldOf: FieldOf,
  bareStems: readonly string[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(record)) {
    const match = /^(.*)_(zh|en)$/.exec(key);
    if (!match) continue;
    const [stem, language] = [match[1], match[2]];
    const bare = language === 'en' && bareStems.includes(stem);
    const partner = bare ? stem : `${stem}_${language === 'zh' ? 'en' : 'zh'}`;
    const partnerName = language === 'zh' ? 'English' : 'Chinese';
    if (record[partner] === undefined) {
      if (bare) continue; // the schema reports a missing original
      problems.push({
        field: fieldOf([...path, partner]),
        message: `missing, expected the ${partnerName} partner of ${key}`,
      });
    } else if (record[key] === null && record[partner] !== null) {
      problems.push({
        field: fieldOf([...path, key]),
        message: `found null, expected text since ${partner} is given`,
      });
    } else if (bare && record[partner] === null && record[key] !== null) {
      problems.push({
        field: fieldOf([...path, partner]),
        message: `found null, expected text since ${key} is given`,
      });
    }
  }
  return problems;
}
