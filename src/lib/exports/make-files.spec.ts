import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import { translate } from '../i18n/translate.ts';
import { compareCsvBlob } from './make-files.ts';

const data = loadBundledData();
const input = {
  districts: data.districts.features.map((f) => f.properties),
  sites: data.sites.features,
  honours: data.honours,
};
const t = (key: Parameters<typeof translate>[1]) => translate('zh', key);

/** The division codes of the CSV's rows, top to bottom. */
async function codes(blob: Blob): Promise<string[]> {
  const lines = (await blob.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  return lines.slice(1).map((line) => line.split(',')[0]);
}

describe('compareCsvBlob', () => {
  test('lists the divisions in code order when the table is not sorted', async () => {
    const order = await codes(compareCsvBlob(input, t, 'zh'));
    expect(order).toHaveLength(9);
    expect(order).toEqual([...order].sort());
  });

  test("follows the table's sort: most villages and communities first", async () => {
    const order = await codes(
      compareCsvBlob(input, t, 'zh', { key: 'villages', direction: 'descending' }),
    );
    // 土默特左旗 (150121) has the most, 回民区 (150103) the fewest.
    expect(order[0]).toBe('150121');
    expect(order.at(-1)).toBe('150103');
  });
});
