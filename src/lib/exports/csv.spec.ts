import { describe, expect, test } from 'vitest';
import { CSV_BOM, csvCell, toCsv } from './csv.ts';

describe('csvCell', () => {
  test('plain text and numbers are written as they are', () => {
    expect(csvCell('玉泉区')).toBe('玉泉区');
    expect(csvCell(175.9)).toBe('175.9');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  test('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('“金名片”')).toBe('“金名片”');
  });

  test('text a spreadsheet would run as a formula gets a leading quote mark', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  test('starts with a BOM, ends lines with CRLF', () => {
    const text = toCsv([
      ['名称', 'Name'],
      ['玉泉区', 'Yuquan District'],
    ]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text).toBe('\uFEFF名称,Name\r\n玉泉区,Yuquan District\r\n');
  });
});
