import { describe, expect, it } from 'vitest';
import { GEO_FILES } from '../validate/geo-files.ts';
import { checkGeoFiles } from '../validate/validate-geo-files.ts';
import { SEARCH_KEYS_FILE } from './data-files.ts';
import { fromWgs84, roundPoint } from './datum.ts';
import { changeLines } from './import-cli.ts';
import { importSheet, type ImportOutcome } from './import-sites.ts';
import type { Sheet } from './sheet.ts';
import {
  REPO_FILES,
  repoSites,
  sheetOf,
  templateRows,
  templateWith,
  withCells,
} from './fixtures/sheets.sample.ts';

type Checked = Extract<ImportOutcome, { kind: 'checked' }>;

async function run(sheet: Sheet, files = REPO_FILES, replace = false): Promise<Checked> {
  const outcome = await importSheet(sheet, files, { replace });
  if (outcome.kind !== 'checked') throw new Error('no header row');
  return outcome;
}

/** The data files after the import's writes. */
function applied(outcome: Checked, files = REPO_FILES): Record<string, string> {
  const next = { ...files };
  for (const write of outcome.writes ?? []) next[write.file] = write.text;
  return next;
}

function siteIn(files: Record<string, string>, id: string) {
  const { features } = JSON.parse(files[GEO_FILES.sites]) as {
    features: { properties: Record<string, unknown>; geometry: unknown }[];
  };
  return features.find((f) => f.properties.id === id);
}

const NEW_PARK = {
  id: 'yuquan-legal-culture-park',
  name_zh: '玉泉区法治文化公园',
  name_en: 'Yuquan Legal-Culture Park',
  category: '法治文化阵地',
  precision: '近似',
  lon: '111.66',
  lat: '40.79',
  location_note_zh: '在地图上按街道点选的近似位置。',
  location_note_en: 'An approximate position picked on the map by its street.',
};

describe('the template', () => {
  it('imported unchanged changes nothing: every file stays as it is', async () => {
    const outcome = await run(sheetOf(templateRows()));
    expect(outcome.problems).toEqual([]);
    expect(outcome.writes).toEqual([]);
    expect(changeLines(outcome.changes ?? [], 'zh')).toEqual([
      '未变 qingquanjie',
      '表中没有的 24 个地点保持不变',
      '合计：新增 0，修改 0，未变 1，删除 0',
    ]);
  });

  it('in English headers and values, the same', async () => {
    const outcome = await run(sheetOf(templateRows('en')));
    expect(outcome.problems).toEqual([]);
    expect(outcome.writes).toEqual([]);
  });

  it('with its position from Amap (GCJ-02), lands on the same WGS84 point; the note records it', async () => {
    const gcj = roundPoint(fromWgs84([111.673881, 40.753655], 'GCJ02'));
    expect(gcj).toEqual([111.68066, 40.754941]);
    const outcome = await run(templateWith({ lon: '111.68066', lat: '40.754941', datum: '高德' }));
    expect(outcome.problems).toEqual([]);
    expect(changeLines(outcome.changes ?? [], 'en')[0]).toBe(
      'changed qingquanjie: location.note_zh, location.note_en',
    );
    const site = siteIn(applied(outcome), 'qingquanjie');
    expect(site?.geometry).toEqual({ type: 'Point', coordinates: [111.673881, 40.753655] });
    const location = site?.properties.location as Record<string, string>;
    expect(location.note_zh).toMatch(/（150104002）。坐标由 GCJ-02（高德、腾讯）换算为 WGS84。$/);
    expect(location.note_en).toMatch(
      /of Yuquan District\. Converted from GCJ-02 \(Amap, Tencent\) to WGS84\.$/,
    );
  });
});

describe('the diff (what --dry-run prints)', () => {
  it('by id: added, changed with its fields, unchanged, and the rest kept', async () => {
    const [header, qingquanjie] = templateRows();
    const [, saihan] = templateRows('zh', ['saihan-court']);
    const outcome = await run(
      sheetOf([
        header,
        qingquanjie,
        withCells(saihan, { name_en: 'Saihan District Court', summary_en: 'A court.' }),
        withCells(qingquanjie, NEW_PARK),
      ]),
    );
    expect(outcome.problems).toEqual([]);
    expect(changeLines(outcome.changes ?? [], 'en')).toEqual([
      'changed saihan-court: name_en, summary_en',
      'unchanged qingquanjie',
      'added yuquan-legal-culture-park',
      '23 sites not in the sheet are kept',
      '1 added, 1 changed, 1 unchanged, 0 removed',
    ]);
    expect(changeLines(outcome.changes ?? [], 'zh')).toEqual([
      '修改 saihan-court: name_en, summary_en',
      '未变 qingquanjie',
      '新增 yuquan-legal-culture-park',
      '表中没有的 23 个地点保持不变',
      '合计：新增 1，修改 1，未变 1，删除 0',
    ]);
  });

  it('with --replace, lists the sites the sheet does not name as removed', async () => {
    const sheet = sheetOf(
      templateRows(
        'zh',
        repoSites()
          .map((s) => s.properties.id)
          .slice(0, 24),
      ),
    );
    const [header] = templateRows();
    const outcome = await run(
      sheetOf([header, ...sheet.rows.slice(1).map((r) => r.cells.map((c) => c.text))]),
      REPO_FILES,
      true,
    );
    expect(outcome.problems).toEqual([]);
    const lines = changeLines(outcome.changes ?? [], 'en');
    expect(lines.slice(-2)).toEqual([
      'removed enforcement-supervision-150125',
      '0 added, 0 changed, 24 unchanged, 1 removed',
    ]);
    expect(siteIn(applied(outcome), 'enforcement-supervision-150125')).toBeUndefined();
  });

  it('reports a geometry change as geometry, and a precision change by its part', async () => {
    const outcome = await run(templateWith({ precision: '近似', lon: '111.66', lat: '40.79' }));
    expect(outcome.problems).toEqual([]);
    expect(changeLines(outcome.changes ?? [], 'en')[0]).toBe(
      'changed qingquanjie: location.precision, geometry',
    );
  });
});

describe('writing', () => {
  it('is idempotent: importing the same sheet twice changes nothing the second time', async () => {
    const [header, qingquanjie] = templateRows();
    const sheet = sheetOf([header, withCells(qingquanjie, NEW_PARK)]);
    const first = await run(sheet);
    expect(first.writes?.map((w) => w.file)).toEqual([GEO_FILES.sites, SEARCH_KEYS_FILE]);
    const second = await run(sheet, applied(first));
    expect(second.problems).toEqual([]);
    expect(second.writes).toEqual([]);
    expect(changeLines(second.changes ?? [], 'en')[0]).toBe('unchanged yuquan-legal-culture-park');
  });

  it('writes data that passes check:data, with the new site’s search keys', async () => {
    const [header, qingquanjie] = templateRows();
    const files = applied(await run(sheetOf([header, withCells(qingquanjie, NEW_PARK)])));
    expect(checkGeoFiles(files).errors).toEqual([]);
    const keys = JSON.parse(files[SEARCH_KEYS_FILE]) as { sites: Record<string, unknown> };
    expect(keys.sites['yuquan-legal-culture-park']).toEqual({
      py: 'yuquanqufazhiwenhuagongyuan',
      pyt: 'yù quán qū fǎ zhì wén huà gōng yuán',
      pyi: 'yqqfzwhgy',
    });
  });

  it('appends a new site after today’s, its fields in the schema’s order', async () => {
    const [header, qingquanjie] = templateRows();
    const files = applied(await run(sheetOf([header, withCells(qingquanjie, NEW_PARK)])));
    const { features } = JSON.parse(files[GEO_FILES.sites]) as {
      features: { properties: Record<string, unknown> }[];
    };
    const site = features[features.length - 1];
    expect(site.properties.id).toBe('yuquan-legal-culture-park');
    expect(Object.keys(site.properties)).toEqual([
      'id',
      'name_zh',
      'name_en',
      'category',
      'district',
      'summary_zh',
      'summary_en',
      'facts',
      'honours',
      'location',
      'source',
    ]);
  });

  it('keeps what the sheet has no column for: facts, honours, parent, official code', async () => {
    const [header, jinshan] = templateRows('zh', ['jinshan-tribunal']);
    const [, qingquanjie] = templateRows();
    const outcome = await run(
      sheetOf([
        header,
        withCells(jinshan, { summary_en: 'A tribunal of the Tumed Left Banner court.' }),
        withCells(qingquanjie, { summary_en: 'A community in Yuquan District.' }),
      ]),
    );
    expect(outcome.problems).toEqual([]);
    const files = applied(outcome);
    const before = (id: string) => siteIn({ ...REPO_FILES }, id)?.properties;
    const after = (id: string) => siteIn(files, id)?.properties;
    expect(after('jinshan-tribunal')?.parent).toBe('tumd-left-court');
    expect(after('jinshan-tribunal')?.facts).toEqual(before('jinshan-tribunal')?.facts);
    expect(after('qingquanjie')?.official_code).toBe('150104002004');
    expect(after('qingquanjie')?.honours).toEqual(['fengqiao-advanced-model']);
  });

  it('marks a site whose only source is grade C as secondary, as check:data requires', async () => {
    const [header, qingquanjie] = templateRows();
    const row = withCells(qingquanjie, {
      ...NEW_PARK,
      source: 'zaker-2024-11-25',
      source_section: '',
    });
    const outcome = await run(sheetOf([header, row]));
    expect(outcome.problems).toEqual([]);
    expect(siteIn(applied(outcome), NEW_PARK.id)?.properties.secondary).toBe(true);
  });

  it('writes nothing when a row has an error, even if other rows are fine', async () => {
    const [header, qingquanjie] = templateRows();
    const outcome = await run(
      sheetOf([header, withCells(qingquanjie, NEW_PARK), withCells(qingquanjie, { lon: 'x' })]),
    );
    expect(outcome.writes).toBeUndefined();
    expect(outcome.changes).toBeUndefined();
  });

  it('never replaces a sites file it cannot read', async () => {
    const files = { ...REPO_FILES, [GEO_FILES.sites]: '{ "type": "FeatureCollection", ' };
    const outcome = await run(sheetOf(templateRows()), files);
    expect(outcome.writes).toBeUndefined();
    expect(outcome.problems[0].text.en).toMatch(/^geo\/sites\.geojson: not valid JSON/);
  });

  it('a sheet whose first row is not a header is no sheet', async () => {
    const [, row] = templateRows();
    expect(await importSheet(sheetOf([row]), REPO_FILES, { replace: false })).toEqual({
      kind: 'no-header',
    });
  });
});
