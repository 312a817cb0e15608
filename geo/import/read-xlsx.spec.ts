import { describe, expect, it } from 'vitest';
import { readXlsx } from './read-xlsx.ts';
import { xlsxBytesOf } from './fixtures/sheets.sample.ts';

describe('xlsx workbooks', () => {
  it('reads the first sheet with Excel’s row numbers, skipping blank rows', async () => {
    const bytes = await xlsxBytesOf(
      [
        ['名称', '经度'],
        ['清泉街社区', 111.673881],
      ],
      { blankRowsBefore: 2, sheetName: '地点' },
    );
    const sheet = await readXlsx(bytes);
    expect(sheet.detail).toBe('地点');
    expect(sheet.rows.map((row) => row.number)).toEqual([1, 4]);
    expect(sheet.rows[1].cells.map((cell) => cell.text)).toEqual(['清泉街社区', '111.673881']);
  });

  it('keeps a formula as its text and marks it', async () => {
    const bytes = await xlsxBytesOf([
      ['名称'],
      [{ formula: 'HYPERLINK("https://example.org","清泉街")', result: '清泉街' }],
    ]);
    const [, row] = (await readXlsx(bytes)).rows;
    expect(row.cells[0]).toEqual({
      text: '=HYPERLINK("https://example.org","清泉街")',
      formula: true,
    });
  });

  it('reads rich text, links, booleans and text that only looks like a formula as text', async () => {
    const bytes = await xlsxBytesOf([
      ['a', 'b', 'c', 'd'],
      [
        { richText: [{ text: '清泉' }, { text: '街', font: { bold: true } }] },
        { text: '来源', hyperlink: 'https://example.org' },
        true,
        '=not run',
      ],
    ]);
    const [, row] = (await readXlsx(bytes)).rows;
    expect(row.cells).toEqual([
      { text: '清泉街', formula: false },
      { text: '来源', formula: false },
      { text: 'TRUE', formula: false },
      { text: '=not run', formula: false },
    ]);
  });
});
