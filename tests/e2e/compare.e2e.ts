import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { artifactPath, usePages } from './harness.ts';

const open = usePages({ afterEach, afterAll, expect });

async function showCompare(page: Page): Promise<void> {
  await page.getByRole('group', { name: '视图' }).getByRole('button', { name: '比较' }).click();
  await page.getByTestId('compare-view').waitFor();
}

/** Chinese names of the table's rows, top to bottom. */
function rowNames(page: Page): Promise<string[]> {
  return page
    .getByTestId('compare-table')
    .locator('tbody th[scope="row"] span[lang="zh"]')
    .allInnerTexts();
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

describe('compare view', () => {
  test('the view switch shows the comparison over the same map, and back', async () => {
    const { page } = await open();
    await page.evaluate(() => {
      const w = window as unknown as { __hohhotMap: object; __firstMap: object };
      w.__firstMap = w.__hohhotMap;
    });
    await showCompare(page);
    expect(page.url()).toContain('view=compare');
    expect(
      await page.locator('#compare-title').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(await rowNames(page)).toHaveLength(9);
    await page.getByRole('button', { name: '地图', exact: true }).click();
    await page.getByTestId('compare-view').waitFor({ state: 'detached' });
    const sameMap = await page.evaluate(() => {
      const w = window as unknown as { __hohhotMap: object; __firstMap: object };
      return (
        w.__hohhotMap === w.__firstMap && document.querySelector('.maplibregl-canvas') !== null
      );
    });
    expect(sameMap).toBe(true);
  });

  test('if its chunk cannot be loaded, the view says so and Retry loads it', async () => {
    let fail = true;
    const { page } = await open('/', {
      expectedConsoleErrors: [/Failed to load resource/],
      beforeLoad: (context) =>
        context.route(/\/CompareView-[\w-]+\.js$/, (route) =>
          fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
        ),
    });
    await page.getByRole('button', { name: '比较', exact: true }).click();
    const failed = page.getByTestId('compare-failed');
    await failed.waitFor();
    expect(await failed.innerText()).toContain('比较视图未能载入');
    fail = false;
    await failed.getByRole('button', { name: '重试' }).click();
    await page.getByTestId('compare-view').waitFor();
    expect(await rowNames(page)).toHaveLength(9);
  });

  test('sorting by villages and communities orders the rows, and says so', async () => {
    const { page } = await open('/?view=compare');
    const table = page.getByTestId('compare-table');
    const villages = table.getByRole('button', { name: '村（社区）', exact: true });
    await villages.click();
    expect(await table.locator('th[aria-sort="ascending"]').innerText()).toContain('村（社区）');
    expect((await rowNames(page))[0]).toBe('回民区');
    await villages.click();
    expect(await table.locator('th[aria-sort="descending"]').count()).toBe(1);
    expect(await rowNames(page)).toEqual([
      '土默特左旗',
      '赛罕区',
      '和林格尔县',
      '托克托县',
      '玉泉区',
      '清水河县',
      '武川县',
      '新城区',
      '回民区',
    ]);
  });

  test('the link keeps the sort: a shared link opens the table sorted the same way', async () => {
    const first = await open('/?view=compare');
    const table = first.page.getByTestId('compare-table');
    const villages = table.getByRole('button', { name: '村（社区）', exact: true });
    await villages.click();
    await villages.click();
    await expect.poll(() => new URL(first.page.url()).search).toBe('?view=compare&sort=-villages');
    const order = await rowNames(first.page);

    const shared = await open(new URL(first.page.url()).search);
    const sharedTable = shared.page.getByTestId('compare-table');
    expect(await sharedTable.locator('th[aria-sort="descending"]').innerText()).toContain(
      '村（社区）',
    );
    expect(await rowNames(shared.page)).toEqual(order);
    expect(order[0]).toBe('土默特左旗');
  });

  test('ticking 玉泉区 and 托克托县 aligns their facts and draws their bars', async () => {
    const { page } = await open('/?view=compare');
    await page.getByRole('checkbox', { name: '并排比较：玉泉区' }).check();
    await page.getByRole('checkbox', { name: '并排比较：托克托县' }).check();
    const facts = page.getByTestId('compare-facts');
    await facts.waitFor();
    expect(await facts.locator('thead th').allInnerTexts()).toEqual(['项目', '玉泉区', '托克托县']);
    const cells = async (fact: string) =>
      (await facts.locator(`tr[data-fact="${fact}"] td`).allTextContents()).map((text) =>
        text.replace(/\s+/g, ''),
      );
    expect(await cells('kind')).toEqual(['区', '县']);
    expect(await cells('townships')).toEqual(['10（最大）', '7']);
    expect(await cells('villages')).toEqual(['134', '137（最大）']);
    expect(await cells('area')).toEqual(['175.9', '1,406.1（最大）']);
    expect(await facts.locator('tr[data-fact="villages"] strong').innerText()).toBe('137');
    expect(await facts.locator('tr[data-fact="status"]').getAttribute('class')).not.toContain(
      'differs',
    );
    const chart = page.getByTestId('compare-chart').getByRole('img');
    expect(await chart.getAttribute('aria-label')).toContain(
      '玉泉区: 法院 0, 社区 1, 行政执法协调监督 1',
    );
    expect(await page.getByTestId('compare-chart').locator('rect').count()).toBe(6);

    // The name selects the division: the row is marked and the details panel shows it.
    await page
      .getByTestId('compare-table')
      .getByRole('button', { name: /^玉泉区/ })
      .click();
    await expect
      .poll(() => page.getByTestId('district-panel').locator('#details-title').innerText())
      .toContain('玉泉区');
    expect(
      await page.getByTestId('compare-table').locator('tr[aria-current="true"] th').innerText(),
    ).toContain('玉泉区');
    await page.screenshot({ path: artifactPath('compare-view.png'), fullPage: true });
  });

  test('the map’s measure switch shows villages and communities in four classes', async () => {
    const { page } = await open();
    await page.getByLabel('地图显示').selectOption({ label: '村（社区）数量' });
    const legend = page.getByTestId('legend');
    await expect.poll(() => legend.locator('h2').innerText()).toBe('村（社区）数量');
    expect(await legend.locator('li .label').allInnerTexts()).toEqual([
      '0–100',
      '100–200',
      '200–300',
      '300–400',
    ]);
    expect(await legend.getByTestId('legend-count').allInnerTexts()).toEqual([
      '2 个旗县区',
      '5 个旗县区',
      '1 个旗县区',
      '1 个旗县区',
    ]);
    // The map draws the same four classes: its fill uses exactly the legend's colours, and
    // the status hatch is gone.
    const swatches = await legend
      .locator('li .swatch')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    const map = await page.evaluate(() => {
      const m = (window as unknown as { __hohhotMap: import('maplibre-gl').Map }).__hohhotMap;
      const fill = m.getPaintProperty('district-fill', 'fill-color') as unknown[];
      const colours = fill.slice(2, -1).filter((_, i) => i % 2 === 1) as string[];
      // The computed style of a swatch, for comparison with the legend.
      const toRgb = (colour: string) => {
        const probe = document.createElement('span');
        probe.style.color = colour;
        document.body.append(probe);
        const rgb = getComputedStyle(probe).color;
        probe.remove();
        return rgb;
      };
      return { colours: [...new Set(colours.map(toRgb))].sort() };
    });
    expect(map.colours).toEqual([...new Set(swatches)].sort());
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              window as unknown as { __hohhotMap: import('maplibre-gl').Map }
            ).__hohhotMap.queryRenderedFeatures({ layers: ['district-hatch'] }).length,
        ),
      )
      .toBe(0);
  });
});

describe('city at a glance', () => {
  test('the city’s honours, figures by section and the before/after bars', async () => {
    const { page } = await open('/?view=compare');
    const city = page.getByTestId('city-panel');
    expect(await city.getByTestId('city-honours').innerText()).toContain('2024诚信建设影响力城市');
    // The article's five sections with figures, S1's first section and S2's three.
    expect(await city.getByTestId('figure-section').count()).toBe(9);
    const bars = city.getByTestId('before-after');
    expect(await bars.getAttribute('aria-label')).toBe(
      '市本级政务服务事项（精简后）：从 1,296 项 到 405 项',
    );
    expect(await bars.locator('text').allTextContents()).toEqual([
      '之前',
      '1,296 项',
      '之后',
      '405 项',
    ]);
  });

  test('the timeline’s 2024-11-27 event selects the IP tribunal', async () => {
    const { page } = await open('/?view=compare');
    const timeline = page.getByTestId('timeline');
    expect(await timeline.locator('time').allInnerTexts()).toEqual([
      '1995',
      '2007',
      '2007-07-29',
      '2022',
      '2023',
      '2023-06',
      '2024',
      '2024-04',
      '2024-11-22',
      '2024-11-27',
      '2025',
    ]);
    await timeline.locator('button[data-event="ip-tribunal-first-hearing"]').click();
    const panel = page.getByTestId('site-panel');
    await panel.waitFor();
    expect(await panel.locator('#details-title').innerText()).toContain('呼和浩特知识产权法庭');
    expect(
      await timeline
        .locator('button[data-event="ip-tribunal-first-hearing"]')
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });
});

describe('exports', () => {
  test('the comparison downloads as CSV with a BOM, a header and nine rows', async () => {
    const { page } = await open();
    const download = await downloaded(page, () =>
      page.getByRole('button', { name: '下载比较表（CSV）' }).click(),
    );
    expect(download.suggestedFilename()).toMatch(
      /^hohhot-divisions-compared-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(10);
    expect(lines[0].startsWith('区划代码,名称（中文）,名称（英文）')).toBe(true);
    expect(lines.find((l) => l.startsWith('150104'))).toContain('玉泉区,Yuquan District,区');
  });

  test('the filtered places download as GeoJSON', async () => {
    const { page } = await open();
    await page.getByRole('checkbox', { name: '显示或隐藏：行政执法协调监督' }).uncheck();
    const download = await downloaded(page, () =>
      page.getByRole('button', { name: '下载当前筛选的地点（GeoJSON）' }).click(),
    );
    const collection = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(15); // 25 places, 10 of them supervision offices
    expect(
      collection.features.every(
        (f: { properties: { category: string } }) => f.properties.category !== 'supervision_office',
      ),
    ).toBe(true);
  });

  test('the map saves as a stamped PNG that is not blank', async () => {
    const { page } = await open();
    const download = await downloaded(page, () =>
      page.getByRole('button', { name: '保存地图图片（PNG）' }).click(),
    );
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    const canvas = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
      return { width: c.width, height: c.height };
    });
    expect(width).toBe(canvas.width);
    expect(height).toBeGreaterThan(canvas.height);

    // Decode it in the page and count the colours of a sample of the map's pixels (the map
    // starts below the 64 px title band at a pixel ratio of 1).
    const decoded = await page.evaluate(
      async ({ base64, mapTop, mapHeight }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
        const c = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = c.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const pixels = context.getImageData(0, mapTop, bitmap.width, mapHeight).data;
        const colours = new Set<number>();
        for (let i = 0; i < pixels.length; i += 4 * 97) {
          colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
        }
        return { width: bitmap.width, height: bitmap.height, colours: colours.size };
      },
      { base64: bytes.toString('base64'), mapTop: 64, mapHeight: canvas.height },
    );
    expect(decoded.width).toBe(width);
    expect(decoded.height).toBe(height);
    expect(decoded.colours).toBeGreaterThan(10);
    await writeFile(artifactPath('map-export.png'), bytes);
  });
});

describe('the comparison in the URL', () => {
  test('a link restores the view, the chosen divisions and the measure; ticking updates it', async () => {
    const app = await open('/?view=compare&compare=150104,150122&measure=villages');
    const pick = (name: string) => app.page.getByRole('checkbox', { name: `并排比较：${name}` });
    expect(await pick('玉泉区').isChecked()).toBe(true);
    expect(await pick('托克托县').isChecked()).toBe(true);
    expect(await pick('武川县').isChecked()).toBe(false);
    expect(await app.page.getByLabel('地图显示').inputValue()).toBe('villages');
    await pick('武川县').check();
    await expect
      .poll(() => app.page.evaluate(() => location.search))
      .toContain('compare=150104,150122,150125');
  });
});
