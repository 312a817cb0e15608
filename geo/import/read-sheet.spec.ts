import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSheetFile } from './read-sheet.ts';
import { csvBytes, xlsxBytesOf } from './fixtures/sheets.sample.ts';

const dir = mkdtempSync(join(tmpdir(), 'hohhot-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

async function reason(path: string) {
  const result = await readSheetFile(path, path.slice(dir.length + 1));
  return result.ok ? undefined : result.reason;
}

describe('a sheet file that cannot be read says why, in one line', () => {
  it('missing', async () => {
    expect(await reason(join(dir, 'nope.xlsx'))).toEqual({
      zh: '找不到文件 nope.xlsx',
      en: 'nope.xlsx: no such file',
    });
  });

  it('not xlsx or csv', async () => {
    expect(await reason(file('sites.txt', 'x'))).toEqual({
      zh: 'sites.txt 不是 .xlsx 或 .csv 文件',
      en: 'sites.txt is not an .xlsx or .csv file',
    });
  });

  it('an old .xls workbook', async () => {
    expect(await reason(file('sites.xls', 'x'))).toEqual({
      zh: 'sites.xls 是旧的 .xls 格式，请在 Excel 中另存为 .xlsx 或 .csv',
      en: 'sites.xls is an old .xls workbook; save it from Excel as .xlsx or .csv',
    });
  });

  it('empty', async () => {
    expect(await reason(file('empty.csv', ''))).toEqual({
      zh: 'empty.csv 是空的',
      en: 'empty.csv is empty',
    });
    expect(await reason(file('blank.csv', '\uFEFF,,\r\n\r\n'))).toEqual({
      zh: 'blank.csv 是空的',
      en: 'blank.csv is empty',
    });
    expect(await reason(file('empty.xlsx', await xlsxBytesOf([])))).toEqual({
      zh: 'empty.xlsx 是空的',
      en: 'empty.xlsx is empty',
    });
  });

  it('an .xlsx that is not a workbook, a workbook named .csv', async () => {
    expect(await reason(file('text.xlsx', '名称,经度\n'))).toEqual({
      zh: '无法读取 text.xlsx：它不是 xlsx 工作簿（不是 zip 文件）',
      en: 'cannot read text.xlsx: not an xlsx workbook (not a zip file)',
    });
    expect(await reason(file('book.csv', await xlsxBytesOf([['名称']])))).toEqual({
      zh: '无法读取 book.csv：它是 xlsx 工作簿，却以 .csv 命名',
      en: 'cannot read book.csv: it is an xlsx workbook named .csv',
    });
  });

  it('reads a good one', async () => {
    const result = await readSheetFile(file('ok.csv', csvBytes([['名称'], ['清泉街社区']])));
    expect(result.ok && result.sheet.rows.length).toBe(2);
  });
});
