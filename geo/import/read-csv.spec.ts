import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';
import { csvCell, readCsv } from './read-csv.ts';
import { csvBytes, templateRows } from './fixtures/sheets.sample.ts';

const texts = (bytes: Uint8Array) =>
  readCsv(bytes).rows.map((row) => row.cells.map((cell) => cell.text));

describe('CSV text encodings', () => {
  const rows = templateRows();

  it.each([
    ['UTF-8', 'utf-8', false],
    ['UTF-8 BOM', 'utf-8', true],
    ['GB18030', 'gb18030', false],
    ['UTF-16', 'utf-16le', true],
  ] as const)('reads %s', (name, encoding, bom) => {
    const bytes = csvBytes(rows, encoding, bom);
    expect(readCsv(bytes).detail).toBe(name);
    expect(texts(bytes)).toEqual(rows);
  });

  it('reads GBK bytes as Chinese Excel saves them (GB18030 is a superset)', () => {
    const bytes = new Uint8Array(iconv.encode('名称,旗县区\r\n清泉街社区,玉泉区\r\n', 'gbk'));
    expect(decodeText(bytes)).toEqual({
      text: '名称,旗县区\r\n清泉街社区,玉泉区\r\n',
      encoding: 'GB18030',
    });
  });

  it('drops the byte-order mark, so the first header is recognised', () => {
    const bytes = csvBytes([['编号', '名称']], 'utf-8', true);
    expect(texts(bytes)[0][0]).toBe('编号');
  });
});

describe('CSV rows', () => {
  it('numbers rows as Excel shows them: a quoted cell over two lines is one row, blank rows count', () => {
    const text = '名称,简介\r\n"甲","一行\r\n两行"\r\n\r\n,\r\n乙,三\r\n';
    const sheet = readCsv(new TextEncoder().encode(text));
    expect(sheet.rows.map((row) => row.number)).toEqual([1, 2, 5]);
    expect(sheet.rows[1].cells[1].text).toBe('一行\n两行');
  });

  it('trims cells', () => {
    expect(csvCell('  玉泉区 ').text).toBe('玉泉区');
  });

  it('marks text Excel would run as a formula, but not a negative number', () => {
    expect(csvCell('=HYPERLINK("https://example.org","清泉街")')).toEqual({
      text: '=HYPERLINK("https://example.org","清泉街")',
      formula: true,
    });
    expect(csvCell('@SUM(A1)').formula).toBe(true);
    expect(csvCell('-abc').formula).toBe(true);
    expect(csvCell('-12.5').formula).toBe(false);
    expect(csvCell('+40.75').formula).toBe(false);
  });

  it('removes the apostrophe that protects such text in an exported CSV', () => {
    expect(csvCell("'=1+1")).toEqual({ text: '=1+1', formula: false });
    expect(csvCell("'tis")).toEqual({ text: "'tis", formula: false });
  });
});
