/**
 * The compare view on phones: one card per division, a sort select whose values are the
 * link's, the ticked divisions in one column with a chart drawn at the screen's width, the
 * bottom sheet collapsed to its handle, and nothing wider than the screen, at 320 to 640 px.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { audit } from './audit.ts';
import { artifactPath, usePages } from './harness.ts';

const open = usePages({ afterEach, afterAll, expect });

const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];

/** `sort=-villages`: most villages and communities first (the same order as the table's). */
const BY_VILLAGES_DESCENDING = [
  '150121',
  '150105',
  '150123',
  '150122',
  '150104',
  '150124',
  '150125',
  '150102',
  '150103',
];

const TEXT = {
  zh: {
    sort: '排序',
    pick: (name: string) => `并排比较：${name}`,
    yuquan: '玉泉区',
    togtoh: '托克托县',
    search: '搜索',
  },
  en: {
    sort: 'Sort',
    pick: (name: string) => `Compare side by side: ${name}`,
    yuquan: 'Yuquan District',
    togtoh: 'Togtoh County',
    search: 'Search',
  },
} as const;

async function openCompare(
  lang: 'zh' | 'en',
  viewport: { width: number; height: number },
  extra = '',
) {
  const app = await open(`/?view=compare${lang === 'en' ? '&lang=en' : ''}${extra}`, {
    viewport,
  });
  await app.page.getByTestId('compare-cards').waitFor();
  return app;
}

/**
 * Everything in the compare view and the sheet that reaches past the screen's edges (in the
 * page's coordinates, so one wide element does not shift the others), and every box that
 * scrolls sideways; unless `pageWidth` is false, the page itself must not scroll sideways.
 */
function sidewaysOverflow(page: Page, { pageWidth = true } = {}): Promise<string[]> {
  return page.evaluate((pageWidth) => {
    const width = window.innerWidth;
    const problems: string[] = [];
    const page = document.scrollingElement!;
    if (pageWidth && page.scrollWidth > width) {
      problems.push(`the page is ${page.scrollWidth} px wide`);
    }
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
    const scope = document.querySelectorAll(
      '[data-testid="compare-view"], [data-testid="compare-view"] *, aside.side, aside.side *',
    );
    for (const el of scope) {
      if (el.closest('.visually-hidden')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const [left, right] = [box.left + window.scrollX, box.right + window.scrollX];
      if (left < -0.5 || right > width + 0.5) {
        problems.push(`${name(el)} spans ${Math.round(left)}–${Math.round(right)} px`);
      }
      const { overflowX } = getComputedStyle(el);
      if ((overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${name(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return problems;
  }, pageWidth);
}

/** Opens every disclosure and ticks four divisions: all the view can show at once. */
async function showEverything(page: Page): Promise<void> {
  const boxes = page.getByTestId('compare-cards').getByRole('checkbox');
  for (let i = 0; i < 4; i++) await boxes.nth(i).check();
  await page.getByTestId('compare-picked-cards').waitFor();
  await page.$$eval('[data-testid="compare-view"] details', (all) =>
    all.forEach((d) => ((d as HTMLDetailsElement).open = true)),
  );
}

/** The share of the viewport's height the bottom sheet covers. */
async function sheetShare(page: Page): Promise<number> {
  const box = await page.locator('aside.side').boundingBox();
  const height = page.viewportSize()!.height;
  return box ? box.height / height : 0;
}

for (const lang of ['zh', 'en'] as const) {
  const text = TEXT[lang];
  for (const viewport of PHONES) {
    const size = `${viewport.width}x${viewport.height}`;

    describe(`${lang}, ${size}: the compare view on a phone`, () => {
      test('is cards, nothing wider than the screen, even with everything open', async () => {
        const { page } = await openCompare(lang, viewport);
        expect(await page.getByTestId('compare-table').count()).toBe(0);
        expect(await page.getByTestId('compare-cards').locator('li.card').count()).toBe(9);
        expect(await sidewaysOverflow(page)).toEqual([]);
        await page.screenshot({ path: artifactPath(`compare-phone-${lang}-${size}.png`) });
        await showEverything(page);
        expect(await sidewaysOverflow(page)).toEqual([]);
      });

      test('all nine names can be reached by scrolling down, none under the sheet', async () => {
        const { page } = await openCompare(lang, viewport);
        const names = page.getByTestId('compare-cards').locator('h3 button');
        expect(await names.count()).toBe(9);
        for (let i = 0; i < 9; i++) {
          const reachable = await names.nth(i).evaluate((el) => {
            el.scrollIntoView({ block: 'center' });
            const box = el.getBoundingClientRect();
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + 8);
            return {
              inside: box.left >= 0 && box.right <= window.innerWidth,
              onTop: hit !== null && el.contains(hit),
            };
          });
          expect(reachable, `card ${i + 1}`).toEqual({ inside: true, onTop: true });
        }
        // Scrolled vertically only: the view never moved sideways.
        expect(
          await page.getByTestId('compare-view').evaluate((el) => ({
            scrollLeft: el.scrollLeft,
            scrolledDown: el.scrollTop > 0,
          })),
        ).toEqual({ scrollLeft: 0, scrolledDown: true });
      });

      test('a sort chosen in the select reorders the cards and lands in the link', async () => {
        const { page } = await openCompare(lang, viewport);
        const select = page.getByLabel(text.sort, { exact: true });
        expect(await select.inputValue()).toBe('');
        const values = await select
          .locator('option')
          .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
        expect(values).toEqual(expect.arrayContaining(['', 'name', '-name', 'area', '-villages']));
        await select.selectOption('-villages');
        await expect.poll(() => page.evaluate(() => location.search)).toContain('sort=-villages');
        const codes = () =>
          page
            .getByTestId('compare-cards')
            .locator('li.card')
            .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')));
        expect(await codes()).toEqual(BY_VILLAGES_DESCENDING);
        // The sorted column's figure is on each card.
        expect(
          await page
            .getByTestId('compare-cards')
            .locator('li.card')
            .first()
            .locator('dd[data-column="villages"]')
            .innerText(),
        ).toMatch(/^\d[\d,]*$/);
        await select.selectOption('area');
        await expect.poll(() => page.evaluate(() => location.search)).toContain('sort=area');
        expect((await codes())[0]).toBe('150104'); // 玉泉区, the smallest
      });

      test('two ticked divisions: their cards in one column, the chart inside the screen', async () => {
        const { page } = await openCompare(lang, viewport);
        await page.getByRole('checkbox', { name: text.pick(text.yuquan) }).check();
        await page.getByRole('checkbox', { name: text.pick(text.togtoh) }).check();
        const picked = page.getByTestId('compare-picked-cards').locator('li.card');
        await picked.first().waitFor();
        expect(
          await picked.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code'))),
        ).toEqual(['150104', '150122']);
        const [first, second] = [
          await picked.nth(0).boundingBox(),
          await picked.nth(1).boundingBox(),
        ];
        expect(second!.x).toBeCloseTo(first!.x, 0);
        expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
        // Their facts in the same order.
        const facts = (i: number) =>
          picked
            .nth(i)
            .locator('[data-fact]')
            .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-fact')));
        expect(await facts(0)).toEqual(await facts(1));

        const chart = page.getByTestId('compare-chart');
        await chart.scrollIntoViewIfNeeded();
        const svg = chart.locator('svg[role="img"]');
        await expect.poll(() => svg.getAttribute('data-layout')).toBe('rows');
        const fit = await svg.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const viewBox = (el as SVGSVGElement).viewBox.baseVal;
          const texts = [...el.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
          return {
            left: box.left,
            right: box.right,
            top: box.top,
            bottom: box.bottom,
            scale: box.width / viewBox.width,
            textsInside: texts.every((t) => t.left >= 0 && t.right <= window.innerWidth),
          };
        });
        expect(fit.left).toBeGreaterThanOrEqual(0);
        expect(fit.right).toBeLessThanOrEqual(viewport.width);
        expect(fit.top).toBeGreaterThanOrEqual(0);
        expect(fit.bottom).toBeLessThanOrEqual(viewport.height);
        // Drawn at 1:1: its 12 px labels are 12 px on the screen.
        expect(fit.scale).toBeCloseTo(1, 2);
        expect(fit.textsInside).toBe(true);
        expect(await sidewaysOverflow(page)).toEqual([]);
        await page.screenshot({ path: artifactPath(`compare-phone-picked-${lang}-${size}.png`) });
      });

      test('the sheet covers at most a fifth of the screen until it is pulled up', async () => {
        const { page } = await openCompare(lang, viewport);
        const toggle = page.getByTestId('sheet-toggle');
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await sheetShare(page)).toBeLessThanOrEqual(0.2);
        expect(await page.getByTestId('view-switch').isVisible()).toBe(true);
        expect(await page.getByTestId('search-box').isVisible()).toBe(false);
        // Scrolling the comparison does not bring it up.
        await page.getByTestId('compare-view').evaluate((el) => el.scrollTo(0, 600));
        expect(await sheetShare(page)).toBeLessThanOrEqual(0.2);

        await toggle.click();
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        expect(await page.getByTestId('search-box').isVisible()).toBe(true);
        expect(await sheetShare(page)).toBeGreaterThan(0.2);
        await page.screenshot({
          path: artifactPath(`compare-phone-sheet-open-${lang}-${size}.png`),
        });
        await toggle.click();
        expect(await sheetShare(page)).toBeLessThanOrEqual(0.2);

        // A drag up on the handle pulls it up; a drag down puts it back.
        const box = (await toggle.boundingBox())!;
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x, y - 80, { steps: 4 });
        await page.mouse.up();
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        const top = (await toggle.boundingBox())!;
        await page.mouse.move(x, top.y + top.height / 2);
        await page.mouse.down();
        await page.mouse.move(x, top.y + 100, { steps: 4 });
        await page.mouse.up();
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');

        // Choosing a name opens the sheet on that division's details.
        await page.getByTestId('compare-cards').getByRole('button', { name: text.yuquan }).click();
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        await page.getByTestId('district-panel').waitFor();
      });

      test('axe finds nothing, with cards, with two ticked and a card opened', async () => {
        const { page } = await openCompare(lang, viewport);
        expect(await audit(page)).toEqual([]);
        await page.getByRole('checkbox', { name: text.pick(text.yuquan) }).check();
        await page.getByRole('checkbox', { name: text.pick(text.togtoh) }).check();
        await page.getByTestId('compare-picked-cards').waitFor();
        await page.getByTestId('compare-cards').locator('details summary').first().click();
        expect(await audit(page)).toEqual([]);
      });
    });
  }
}

describe('the edges of the phone layout', () => {
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 640, height: 800 },
  ]) {
    for (const lang of ['zh', 'en'] as const) {
      test(`${lang}, ${viewport.width} px: nothing wider than the screen with everything open`, async () => {
        const { page } = await openCompare(lang, viewport);
        await showEverything(page);
        expect(await sidewaysOverflow(page, { pageWidth: true })).toEqual([]);
        expect(await sheetShare(page)).toBeLessThanOrEqual(0.2);
        if (viewport.width === 320) {
          await page.screenshot({ path: artifactPath(`compare-phone-${lang}-320.png`) });
        }
      });
    }
  }

  test('a shared link keeps the sort: the select shows it and the cards follow it', async () => {
    const { page } = await openCompare('zh', PHONES[1], '&sort=-villages');
    expect(await page.getByLabel('排序', { exact: true }).inputValue()).toBe('-villages');
    expect(
      await page
        .getByTestId('compare-cards')
        .locator('li.card')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code'))),
    ).toEqual(BY_VILLAGES_DESCENDING);
  });

  test('the table is one tap away, the same as on a desktop', async () => {
    const { page } = await openCompare('zh', PHONES[1]);
    await page
      .getByRole('group', { name: '显示方式' })
      .getByRole('button', { name: '表格' })
      .click();
    await page.getByTestId('compare-table').waitFor();
    expect(await page.getByTestId('compare-cards').count()).toBe(0);
    expect(await page.getByTestId('compare-table').locator('tbody tr').count()).toBe(9);
  });
});
