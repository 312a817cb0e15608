/**
 * The two commands as a maintainer runs them, in-process on a copy of geo/: exit codes 0, 1
 * and 2, what they print, what they write, and the round trip export → import, byte for byte.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExport } from './export-cli.ts';
import { runImport } from './import-cli.ts';
import { readXlsx } from './read-xlsx.ts';
import type { CliIo } from './cli-io.ts';
import {
  csvBytes,
  removeTempDirs,
  tempGeoDir,
  templateRows,
  withCells,
} from './fixtures/sheets.sample.ts';

afterAll(removeTempDirs);

interface Run {
  code: number;
  out: string[];
  err: string[];
}

/** Run a command with the working folder `cwd`, capturing what it prints. */
async function run(command: typeof runImport, argv: string[], cwd: string): Promise<Run> {
  const result: Run = { code: -1, out: [], err: [] };
  const io: CliIo = { cwd, out: (l) => result.out.push(l), err: (l) => result.err.push(l) };
  result.code = await command(argv, io);
  return result;
}

/** A copy of geo/ and the folder above it, where sheets are written. */
function workspace() {
  const geo = tempGeoDir();
  const root = dirname(geo);
  const snapshot = () =>
    Object.fromEntries(readdirSync(geo).map((f) => [f, readFileSync(join(geo, f), 'utf8')]));
  return { geo, root, snapshot };
}

describe('import:sites', () => {
  it('exits 0 and writes sites.geojson and search-keys.json for a good sheet', async () => {
    const { root, snapshot } = workspace();
    const [header, row] = templateRows();
    const sheet = withCells(row, { id: 'new-court', name_zh: '新法院', name_en: 'New Court' });
    writeFileSync(join(root, 'new.csv'), csvBytes([header, sheet]));
    const before = snapshot();
    const result = await run(runImport, ['new.csv', '--geo', 'geo'], root);
    expect(result).toEqual({
      code: 0,
      out: [
        '读取 new.csv（CSV，UTF-8 编码）：1 行数据',
        '新增 new-court',
        '表中没有的 25 个地点保持不变',
        '合计：新增 1，修改 0，未变 0，删除 0',
        '已写入 geo/sites.geojson、geo/search-keys.json。',
      ],
      err: [],
    });
    const after = snapshot();
    expect(Object.keys(after).filter((f) => after[f] !== before[f])).toEqual([
      'search-keys.json',
      'sites.geojson',
    ]);
    const again = await run(runImport, ['new.csv', '--geo', 'geo'], root);
    expect(again.code).toBe(0);
    expect(again.out.slice(-1)).toEqual(['数据没有变化，没有写入任何文件。']);
    expect(snapshot()).toEqual(after);
  });

  it('--dry-run prints the changes and writes nothing', async () => {
    const { root, snapshot } = workspace();
    const [header, row] = templateRows();
    writeFileSync(join(root, 'dry.csv'), csvBytes([header, withCells(row, { summary_en: 'X.' })]));
    const before = snapshot();
    const result = await run(
      runImport,
      ['dry.csv', '--geo', 'geo', '--dry-run', '--lang', 'en'],
      root,
    );
    expect(result).toEqual({
      code: 0,
      out: [
        'read dry.csv (CSV, UTF-8): 1 data row',
        'changed qingquanjie: summary_en',
        '24 sites not in the sheet are kept',
        '0 added, 1 changed, 0 unchanged, 0 removed',
        'Dry run: nothing written.',
      ],
      err: [],
    });
    expect(snapshot()).toEqual(before);
  });

  it('exits 1 on a row error, lists every problem and writes nothing', async () => {
    const { root, snapshot } = workspace();
    const [header, row] = templateRows();
    const bad = withCells(row, { lon: '40.85', lat: '111.67', precision: '近似', name_en: '' });
    writeFileSync(join(root, 'bad.csv'), csvBytes([header, bad], 'gb18030'));
    const before = snapshot();
    const result = await run(runImport, ['bad.csv', '--geo', 'geo'], root);
    expect(result).toEqual({
      code: 1,
      out: ['读取 bad.csv（CSV，GB18030 编码）：1 行数据'],
      err: [
        '第 2 行「英文名称」: 空着，必须填写',
        '第 2 行「经度」: 40.85 像是纬度（经纬度是否填反？）',
        '2 个错误，0 个警告；没有写入任何文件。',
      ],
    });
    expect(snapshot()).toEqual(before);
  });

  it.each([
    [[], '缺少文件名'],
    [['a.csv', 'b.csv'], '只能给一个文件'],
    [['a.csv', '--force'], '不认识的选项 --force'],
    [['a.csv', '--geo'], '--geo 后面缺少值'],
    [['a.csv', '--lang', 'fr'], '--lang 应为 zh 或 en，而不是 "fr"'],
  ])('exits 2 on a usage error: %j', async (argv, reason) => {
    const { root } = workspace();
    const result = await run(runImport, argv, root);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([
      reason,
      '用法：npm run import:sites -- <文件.xlsx|文件.csv> [--dry-run] [--replace] [--lang zh|en] [--geo <目录>]',
    ]);
  });

  it('exits 2, in English with --lang en, with one line saying why a file cannot be read', async () => {
    const { root } = workspace();
    writeFileSync(join(root, 'notes.txt'), 'x');
    writeFileSync(join(root, 'empty.csv'), '');
    const [, row] = templateRows();
    writeFileSync(join(root, 'headless.csv'), csvBytes([row]));
    const cases: [string, string][] = [
      ['missing.xlsx', 'missing.xlsx: no such file'],
      ['notes.txt', 'notes.txt is not an .xlsx or .csv file'],
      ['empty.csv', 'empty.csv is empty'],
      [
        'headless.csv',
        'headless.csv has no header row: its first row names no known column (expected id, name_zh, name_en, category…)',
      ],
    ];
    for (const [file, line] of cases) {
      const result = await run(runImport, [file, '--geo', 'geo', '--lang', 'en'], root);
      expect(result.code, file).toBe(2);
      expect(result.err, file).toEqual([line]);
    }
  });

  it('exits 2 when the data folder has no sites.geojson', async () => {
    const { root } = workspace();
    const result = await run(runImport, ['x.csv', '--geo', '.'], root);
    expect(result).toMatchObject({ code: 2, err: ['数据目录 . 中没有 sites.geojson'] });
  });
});

describe('export:sites → import:sites', () => {
  it.each(['xlsx', 'csv'])(
    'round trip through .%s changes nothing, byte for byte',
    async (format) => {
      const { root, snapshot } = workspace();
      const before = snapshot();
      const exported = await run(runExport, [`all.${format}`, '--geo', 'geo'], root);
      expect(exported).toEqual({ code: 0, out: [`已导出 25 个地点到 all.${format}`], err: [] });
      const imported = await run(runImport, [`all.${format}`, '--geo', 'geo'], root);
      expect(imported.code).toBe(0);
      expect(imported.err).toEqual([]);
      expect(imported.out.slice(-2)).toEqual([
        '合计：新增 0，修改 0，未变 25，删除 0',
        '数据没有变化，没有写入任何文件。',
      ]);
      expect(snapshot()).toEqual(before);
    },
  );

  it('round trip in English headers and values too', async () => {
    const { root, snapshot } = workspace();
    const before = snapshot();
    await run(runExport, ['all.xlsx', '--geo', 'geo', '--lang', 'en'], root);
    const imported = await run(runImport, ['all.xlsx', '--geo', 'geo', '--lang', 'en'], root);
    expect(imported.out.slice(-1)).toEqual(['The data is unchanged; nothing written.']);
    expect(snapshot()).toEqual(before);
  });

  it('exports Chinese headers, WGS84 positions, and only the sites asked for', async () => {
    const { root } = workspace();
    const result = await run(
      runExport,
      ['one.xlsx', '--geo', 'geo', '--only', 'qingquanjie'],
      root,
    );
    expect(result.code).toBe(0);
    const sheet = await readXlsx(new Uint8Array(readFileSync(join(root, 'one.xlsx'))));
    expect(sheet.detail).toBe('地点');
    expect(sheet.rows.map((r) => r.cells.map((c) => c.text))).toEqual(templateRows());
    expect(sheet.rows[1].cells.slice(3, 9).map((c) => c.text)).toEqual([
      '社区',
      '玉泉区',
      '111.673881',
      '40.753655',
      'WGS84',
      '驻地',
    ]);
  });

  it('exits 2 for an unknown id or a file that is not .xlsx or .csv', async () => {
    const { root } = workspace();
    expect(await run(runExport, ['x.csv', '--geo', 'geo', '--only', 'nope'], root)).toMatchObject({
      code: 2,
      err: ['没有这些地点：nope'],
    });
    expect(await run(runExport, ['x.json', '--geo', 'geo'], root)).toMatchObject({
      code: 2,
      err: ['x.json 不是 .xlsx 或 .csv 文件'],
    });
  });
});

describe('docs/sites-template', () => {
  const docs = join(dirname(dirname(import.meta.dirname)), 'docs');

  it('.csv is the export of the qingquanjie site, byte for byte', async () => {
    const { root } = workspace();
    await run(runExport, ['t.csv', '--geo', 'geo', '--only', 'qingquanjie'], root);
    expect(readFileSync(join(docs, 'sites-template.csv'), 'utf8')).toBe(
      readFileSync(join(root, 't.csv'), 'utf8'),
    );
  });

  it('.xlsx holds the same header and row', async () => {
    const sheet = await readXlsx(new Uint8Array(readFileSync(join(docs, 'sites-template.xlsx'))));
    expect(sheet.rows.map((r) => r.cells.map((c) => c.text))).toEqual(templateRows());
  });

  it('imported unchanged, changes nothing', async () => {
    for (const file of ['sites-template.xlsx', 'sites-template.csv']) {
      const { root, snapshot } = workspace();
      const before = snapshot();
      const result = await run(runImport, [join(docs, file), '--geo', 'geo'], root);
      expect(result.code, file).toBe(0);
      expect(result.out.slice(-1), file).toEqual(['数据没有变化，没有写入任何文件。']);
      expect(snapshot(), file).toEqual(before);
    }
  });
});
