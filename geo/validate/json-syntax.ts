/**
 * Where a JSON text first breaks. V8's own messages name a position for some errors and not
 * for others; this small scanner finds the offset for all of them, so every parse error can
 * say "line 12, column 5". It is only run on text that JSON.parse has already rejected.
 */

class SyntaxBreak {
  constructor(readonly offset: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The offset of the first syntax error, `text.length` when the text ends too early, or -1. */
export function firstSyntaxErrorOffset(text: string): number {
  let index = 0;

  const fail = (offset = index): never => {
    throw new SyntaxBreak(offset);
  };
  const skipWhitespace = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index])) index++;
  };
  const expect = (char: string) => {
    skipWhitespace();
    if (text[index] !== char) fail();
    index++;
  };

  const parseString = () => {
    index++; // opening quote
    for (;;) {
      if (index >= text.length) fail();
      const char = text[index];
      if (char === '"') break;
      if (char < ' ') fail();
      if (char === '\\') {
        const escaped = text[index + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) fail(index + 2);
          index += 6;
          continue;
        }
        if (!ESCAPES.has(escaped)) fail(index + 1);
        index += 2;
        continue;
      }
      index++;
    }
    index++; // closing quote
  };

  const parseLiteral = (word: string) => {
    if (!text.startsWith(word, index)) {
      const rest = text.slice(index);
      fail(word.startsWith(rest) ? text.length : index);
    }
    index += word.length;
  };

  const parseNumber = () => {
    NUMBER.lastIndex = index;
    const match = NUMBER.exec(text);
    if (!match) fail();
    index += match![0].length;
  };

  const parseMembers = (close: string, parseMember: () => void) => {
    index++; // opening bracket
    skipWhitespace();
    if (text[index] === close) {
      index++;
      return;
    }
    for (;;) {
      parseMember();
      skipWhitespace();
      if (text[index] === close) break;
      if (text[index] !== ',') fail();
      index++;
    }
    index++;
  };

  const parseValue = (): void => {
    skipWhitespace();
    const char = text[index];
    if (char === '{') {
      parseMembers('}', () => {
        skipWhitespace();
        if (text[index] !== '"') fail();
        parseString();
        expect(':');
        parseValue();
      });
    } else if (char === '[') parseMembers(']', parseValue);
    else if (char === '"') parseString();
    else if (char === 't') parseLiteral('true');
    else if (char === 'f') parseLiteral('false');
    else if (char === 'n') parseLiteral('null');
    else if (char === '-' || (char >= '0' && char <= '9')) parseNumber();
    else fail();
  };

  try {
    parseValue();
    skipWhitespace();
    if (index < text.length) fail();
    return -1;
  } catch (error) {
    if (error instanceof SyntaxBreak) return Math.min(error.offset, text.length);
    throw error;
  }
}
