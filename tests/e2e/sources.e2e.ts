/**
 * Hohhot as it stands: the derived city status in the header, the Sources view, the
 * courts, the timeline's new dates and the as-of date in the exports, in both languages.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { artifactPath, jumpTo, markerPixel, nextIdle, usePages } from './harness.ts';
import sources from '../../geo/sources.json' with { type: 'json' };

const VIEWPORT = { width: 1366, height: 850 };
const open = usePages({ afterEach, afterAll, expect }, { viewport: VIEWPORT });

/** 土默特左旗's seat, where its court and two tribunals are drawn. */
const TUMD_SEAT: [number, number] = [111.163902, 40.729572];
const AS_OF = '2025-11-18';

async function downloaded(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

for (const lang of ['zh', 'en'] as const) {
  const zh = lang === 'zh';
  const path = (query = '') => `/?lang=${lang}${query ? `&${query}` : ''}`;

  describe(`${lang}: the city as it stands`, () => {
    test('the header names the 2025 national title first, then the 2023 regional one, and no candidacy', async () => {
      const { page } = await open(path());
      const header = page.locator('header');
      const honours = await header.locator('.honours li').allInnerTexts();
      expect(honours).toHaveLength(2);
      expect(honours[0]).toContain(
        zh ? '全国法治政府建设示范市' : 'National rule-of-law government demonstration city',
      );
      expect(honours[0]).toContain('2025');
      expect(honours[1]).toContain(
        zh
          ? '自治区法治政府建设示范市'
          : 'Autonomous Region rule-of-law government demonstration city',
      );
      expect(honours[1]).toContain('2023');
      const text = await header.innerText();
      expect(text).not.toMatch(zh ? /候选/ : /candidate/i);
      expect(await header.getByTestId('as-of').innerText()).toContain(AS_OF);
      await page.screenshot({ path: artifactPath(`sources-header-${lang}.png`) });
    });

    test('the Sources view lists every document with its date, and a count filters its items', async () => {
      const { page } = await open(path());
      await page.getByTestId('open-sources').click();
      const view = page.getByTestId('sources-view');
      await view.waitFor();
      expect(page.url()).toContain('view=sources');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('sources-title');
      expect(await view.getByTestId('sources-as-of').innerText()).toContain(AS_OF);
      const docs = view.locator('li.document');
      expect(await docs.count()).toBe(sources.length);
      for (const doc of sources) {
        const item = view.locator(`li[data-doc="${doc.id}"]`);
        const date = await item.getByTestId('source-date').innerText();
        expect(date).toContain(doc.date ?? doc.covers_to!);
        expect(await item.innerText()).toContain(zh ? doc.title : doc.title_en);
      }
      // Each link opens a new tab without handing over the page.
      for (const link of await view.locator('a[href^="http"]').all()) {
        expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      }

      const s4 = view.locator('li[data-doc="tmtzqfy-2015-10-31"]');
      const count = s4.getByTestId('source-count');
      const n = Number((await count.innerText()).match(/\d+/)![0]);
      expect(n).toBe(4); // the banner court, its two tribunals and the tribunal's 2007 event
      await count.click();
      const citedBy = page.getByTestId('cited-by');
      await citedBy.waitFor();
      expect(await citedBy.locator('li').count()).toBe(n);
      expect(await citedBy.innerText()).toContain(zh ? '金山人民法庭' : 'Jinshan People');
      await page.screenshot({ path: artifactPath(`sources-view-${lang}.png`), fullPage: true });

      // An item leads back to the map with it selected.
      await citedBy
        .getByRole('button', { name: zh ? '善岱人民法庭' : "Shandai People's Tribunal" })
        .click();
      await page.getByTestId('site-panel').waitFor();
      expect(page.url()).toContain('site=shandai-tribunal');
      expect(page.url()).not.toContain('view=sources');
    });

    test('a link opens the Sources view', async () => {
      const { page } = await open(path('view=sources'));
      await page.getByTestId('sources-view').waitFor();
      expect(await page.getByTestId('open-sources').getAttribute('aria-pressed')).toBe('true');
    });

    test('土默特左旗人民法院’s panel lists its two tribunals; each tribunal names its court', async () => {
      const { page } = await open(path('site=tumd-left-court'));
      const panel = page.getByTestId('site-panel');
      await panel.waitFor();
      const children = await panel.getByTestId('site-children').innerText();
      expect(children).toContain(zh ? '金山人民法庭' : "Jinshan People's Tribunal");
      expect(children).toContain(zh ? '善岱人民法庭' : "Shandai People's Tribunal");
      await panel
        .getByRole('button', { name: zh ? '金山人民法庭' : "Jinshan People's Tribunal" })
        .click();
      await expect.poll(() => page.url()).toContain('site=jinshan-tribunal');
      const jinshan = page.getByTestId('site-panel');
      expect(await jinshan.getByTestId('site-parent').innerText()).toContain(
        zh ? '土默特左旗人民法院' : 'Tumed Left Banner',
      );
      expect(await jinshan.innerText()).toContain(
        zh ? '金山经济技术开发区' : 'Jinshan Economic and Technological Development Zone',
      );
      expect(await jinshan.innerText()).toContain(zh ? '2015-10-31' : '2015-10-31');
    });

    test('a division no source names a court for says so; 赛罕区 lists its court', async () => {
      const { page } = await open(path('district=150102'));
      const panel = page.getByTestId('district-panel');
      await panel.waitFor();
      expect(await panel.getByTestId('district-no-court').innerText()).toBe(
        zh
          ? '本图所用的来源都没有提到这个旗县区的法院。'
          : 'None of the sources this map uses names a court in this division.',
      );
      await page.goto(new URL(path('district=150105'), page.url()).href);
      const saihan = page.getByTestId('district-panel');
      await saihan.waitFor();
      expect(await saihan.getByTestId('district-courts').innerText()).toContain(
        zh ? '赛罕区人民法院' : 'Saihan District People',
      );
      expect(await saihan.getByTestId('district-no-court').count()).toBe(0);
    });

    test('the timeline shows the tribunal’s unveiling (2024-11-22) and the 2025 title', async () => {
      const { page } = await open(path('view=compare'));
      const timeline = page.getByTestId('timeline');
      await timeline.waitFor();
      const unveiled = timeline.locator('button[data-event="ip-tribunal-unveiled"]');
      expect(await unveiled.locator('time').innerText()).toBe('2024-11-22');
      const national = timeline.locator('button[data-event="named-national-demonstration-city"]');
      expect(await national.locator('time').innerText()).toBe('2025');
      const cityPanel = page.getByTestId('city-panel');
      expect(await cityPanel.getByTestId('superseded-by').innerText()).toContain('2025');
      expect(await page.getByTestId('city-wide-summary').innerText()).toContain(
        zh ? '呼和浩特知识产权法庭' : 'Hohhot Intellectual Property Tribunal',
      );
      const when = await cityPanel
        .locator('[data-figure="legislative-contact-points"]')
        .getByTestId('figure-when')
        .innerText();
      expect(when).toBe(zh ? '2024年' : '2024');
      const undated = await cityPanel
        .locator('[data-figure="legal-culture-sites"]')
        .getByTestId('figure-when')
        .innerText();
      expect(undated).toBe(
        zh ? '报道于 2024年末，未写年份' : 'reported by late 2024, no year given',
      );
    });
  });
}

describe('exports carry the as-of date', () => {
  test('the CSV has it on every row', async () => {
    const { page } = await open('/');
    const download = await downloaded(page, () =>
      page.getByRole('button', { name: '下载比较表（CSV）' }).click(),
    );
    const lines = (await readFile(await download.path(), 'utf8')).slice(1).trimEnd().split('\r\n');
    expect(lines[0].endsWith(',数据截至')).toBe(true);
    for (const line of lines.slice(1)) expect(line.endsWith(`,${AS_OF}`)).toBe(true);
  });

  test('the GeoJSON names it in its metadata', async () => {
    const { page } = await open('/');
    const download = await downloaded(page, () =>
      page.getByRole('button', { name: '下载当前筛选的地点（GeoJSON）' }).click(),
    );
    const collection = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(collection.metadata.data_as_of).toBe(AS_OF);
    expect(collection.metadata.sources).toHaveLength(sources.length);
  });

  test('the PNG stamp prints it', async () => {
    const { page } = await open('/');
    // The stamp's text goes through the canvas: read what was drawn.
    await page.evaluate(() => {
      const texts: string[] = [];
      (window as unknown as { __stampTexts: string[] }).__stampTexts = texts;
      const fill = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
        texts.push(String(text));
        return fill.call(this, text, x, y, maxWidth);
      };
    });
    await downloaded(page, () => page.getByRole('button', { name: '保存地图图片（PNG）' }).click());
    const texts = await page.evaluate(
      () => (window as unknown as { __stampTexts: string[] }).__stampTexts,
    );
    // The note may wrap anywhere: compare without the spaces and line breaks.
    expect(texts.join('').replace(/\s+/g, '')).toContain(`数据截至${AS_OF}`);
  });
});

describe('three markers at 土默特左旗’s seat', () => {
  const IDS = ['tumd-left-court', 'jinshan-tribunal', 'shandai-tribunal'];

  test('each opens its panel by a click on the map', async () => {
    const { page } = await open('/');
    await jumpTo(page, TUMD_SEAT, 12); // above the clusters' last zoom (11)
    for (const [i, id] of IDS.entries()) {
      // Selecting a site may move the camera: measure again once the map has settled.
      await nextIdle(page);
      await page.screenshot({ path: artifactPath(`sources-tumd-markers-${i}.png`) });
      const pixel = await markerPixel(page, id);
      expect(pixel, `${id} is drawn`).not.toBeNull();
      await page.mouse.click(pixel!.x, pixel!.y);
      await expect.poll(() => page.url()).toContain(`site=${id}`);
    }
    await page.screenshot({ path: artifactPath('sources-tumd-markers.png') });
  });

  test('each is reachable by keyboard from the division’s panel', async () => {
    const { page } = await open('/?district=150121');
    await page.getByTestId('district-courts').waitFor();
    for (const [i, id] of IDS.entries()) {
      // Tab from the top of the page until the court's button has the focus.
      const button = page.getByTestId('district-courts').getByRole('button').nth(i);
      await page.locator('body').focus();
      let reached = false;
      for (let step = 0; step < 80 && !reached; step++) {
        await page.keyboard.press('Tab');
        reached = await button.evaluate((el) => el === document.activeElement);
      }
      expect(reached, `${id} is reached by Tab`).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toContain(`site=${id}`);
      await page.goBack();
      await page.getByTestId('district-courts').waitFor();
    }
  });
});
