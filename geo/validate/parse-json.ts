import { firstSyntaxErrorOffset } from './json-syntax.ts';

/** JSON.parse that says where a broken file breaks, as line and column. */

export type ParseResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJsonText(text: string): ParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: describeSyntaxError(text) };
  }
}

function describeSyntaxError(text: string): string {
  if (text.trim() === '') return 'not valid JSON: the file is empty';
  const offset = firstSyntaxErrorOffset(text);
  if (offset < 0 || offset >= text.length) {
    return `not valid JSON: the text ends early at ${lineAndColumn(text, text.length)} (truncated?)`;
  }
  return `not valid JSON: unexpected ${describeChar(text[offset])} at ${lineAndColumn(text, offset)}`;
}

function describeChar(char: string): string {
  return /^[\x21-\x7e]$/.test(char)
    ? JSON.stringify(char)
    : `character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
