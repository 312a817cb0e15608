import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { artifactPath, type AppPage, usePages } from './harness.ts';

const open = usePages({ afterEach, afterAll, expect });

const searchBox = (app: AppPage) => app.page.getByRole('combobox', { name: '搜索' });
const results = (app: AppPage) => app.page.getByRole('listbox', { name: '搜索结果' });

/** The text of each option, label first. */
async function optionTexts(app: AppPage): Promise<string[]> {
  const listbox = results(app);
  await listbox.waitFor();
  return listbox.getByRole('option').allInnerTexts();
}

/** Every resource the page has fetched so far (including dynamic-import chunks). */
async function resourceUrls(app: AppPage): Promise<string[]> {
  return app.page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
}

describe('the search box', () => {
  test('yqq lists 玉泉区 first; ArrowDown and Enter select it and open its panel', async () => {
    const app = await open();
    const input = searchBox(app);
    await input.fill('yqq');
    const options = await optionTexts(app);
    expect(options[0]).toContain('玉泉区');
    expect(options[0]).toContain('旗县区');
    await app.page.screenshot({ path: artifactPath('search-yqq.png') });
    await input.press('ArrowDown');
    const first = results(app).getByRole('option').first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await input.press('Enter');
    const panel = app.page.getByTestId('district-panel');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('玉泉区');
    expect(await input.inputValue()).toBe('玉泉区');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
  });

  test('a place written with 什 is found by shi, as it is read', async () => {
    const app = await open();
    await searchBox(app).fill('shilamengeng');
    await expect.poll(async () => (await optionTexts(app))[0] ?? '').toContain('什拉门更社区');
  });

  test('清泉 finds the site and the community; choosing the community closes the list', async () => {
    const app = await open();
    const input = searchBox(app);
    await input.fill('清泉');
    const listbox = results(app);
    await expect
      .poll(async () => (await optionTexts(app)).some((text) => text.includes('村/社区')))
      .toBe(true);
    const options = await optionTexts(app);
    expect(options.some((text) => text.includes('清泉街社区') && text.includes('地点'))).toBe(true);
    const community = listbox.getByRole('option').filter({ hasText: '村/社区' }).first();
    expect(await community.innerText()).toContain('玉泉区');
    await community.click();
    expect(await input.inputValue()).toBe('清泉街社区');
    await listbox.waitFor({ state: 'hidden' });
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    const panel = await app.page.getByTestId('community-panel').innerText();
    expect(panel).toContain('兴隆巷街道');
    expect(panel).toContain('150104002004');
    expect(panel).toContain('玉泉区');
    // The city-wide services that reach it: the legal-service QR code and the hotline.
    expect(panel).toContain('1,401');
    // Shown beside the official count, not reconciled with it.
    expect(await app.page.getByTestId('two-counts').innerText()).toContain('1,396');
    expect(panel).toContain('12345政务便民服务热线');
    expect(
      await app.page
        .getByRole('navigation', { name: '旗县区列表' })
        .getByRole('button', { name: '玉泉区' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });

  test('the community list is fetched only when the search box is first used', async () => {
    const app = await open();
    const requested: string[] = [];
    app.page.on('request', (request) => requested.push(request.url()));
    expect((await resourceUrls(app)).filter((url) => url.includes('communities'))).toEqual([]);
    const chunk = app.page.waitForRequest((request) => request.url().includes('communities'));
    await searchBox(app).focus();
    await chunk;
    expect(requested.filter((url) => url.includes('communities'))).toHaveLength(1);
  });

  test('Escape closes the list, a second Escape clears the input; the panel stays', async () => {
    const app = await open();
    await app.page.getByRole('button', { name: '武川县' }).click();
    const panel = app.page.getByTestId('district-panel');
    await panel.waitFor();
    const input = searchBox(app);
    await input.fill('yuquan');
    await results(app).waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await input.press('Escape');
    await results(app).waitFor({ state: 'hidden' });
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.inputValue()).toBe('yuquan');
    await input.press('Escape');
    expect(await input.inputValue()).toBe('');
    expect(await panel.isVisible()).toBe(true);
  });

  test('a query that looks like HTML stays text and creates no element', async () => {
    const app = await open();
    const input = searchBox(app);
    const query = '<img src=x onerror=alert(1)>';
    await input.fill(query);
    expect(await input.inputValue()).toBe(query);
    await expect
      .poll(() => app.page.getByRole('status').filter({ hasText: '没有找到结果' }).count())
      .toBe(1);
    expect(await app.page.locator('img[src="x"]').count()).toBe(0);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
  });
});
