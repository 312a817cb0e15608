/**
 * The share panel in Chromium: its QR code decodes (jsQR, here in Node) to exactly the
 * current link and follows the selection; the copy button puts the link on the clipboard,
 * says so and announces it; the embed code frames the same state; the PNG carries a code
 * that decodes too; the panel loads only when Share is pressed, opens from the phone menu and
 * passes the axe audit.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import jsQR from 'jsqr';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { audit } from './audit.ts';
import { artifactPath, launch, usePages } from './harness.ts';

const open = usePages({ afterEach, afterAll, expect });

/** The text of the QR code drawn in the panel, or null while it cannot be read. */
async function panelQrText(page: Page): Promise<string | null> {
  const image = await page.getByTestId('share-qr').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0) return null;
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    return { data: Array.from(data), width, height };
  });
  if (!image) return null;
  return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data ?? null;
}

/** The text of the QR code in a PNG file, decoded in a blank page of the same browser. */
async function pngQrText(png: Buffer): Promise<string | null> {
  const reader = await (await launch()).newPage();
  try {
    const image = await reader.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      return { data: Array.from(data), width, height };
    }, png.toString('base64'));
    return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data ?? null;
  } finally {
    await reader.close();
  }
}

async function openShare(page: Page) {
  await page.getByTestId('open-share').click();
  const panel = page.getByTestId('share-panel');
  await panel.waitFor();
  return panel;
}

describe('share panel', () => {
  test('the QR code decodes to exactly the current link, and follows the selection', async () => {
    const { page } = await open('/?district=150104&cats=court,community&measure=villages');
    // The map eases to the linked division after its first idle; the link then holds the
    // camera. The link to share is the settled one.
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('at=');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    // Nothing of the panel (or qrcode) is loaded before Share is pressed.
    expect(
      await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)),
    ).not.toContainEqual(expect.stringMatching(/SharePanel/));
    await openShare(page);
    expect(requested).toContainEqual(expect.stringMatching(/SharePanel/));
    const first = page.url();
    expect(first).toContain('district=150104');
    await expect.poll(() => panelQrText(page), { timeout: 10_000 }).toBe(first);
    expect(await page.getByTestId('share-link').inputValue()).toBe(first);
    await page.screenshot({ path: artifactPath('share-panel-zh.png') });

    // Escape closes the panel and focus returns to Share; another division changes the code.
    await page.keyboard.press('Escape');
    await page.getByTestId('share-panel').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'open-share',
    );
    await page.getByRole('button', { name: '赛罕区', exact: true }).first().click();
    await expect.poll(() => page.url()).toContain('district=150105');
    await openShare(page);
    const second = page.url();
    expect(second).not.toBe(first);
    await expect.poll(() => panelQrText(page), { timeout: 10_000 }).toBe(second);
  });

  test('copy puts the link on the clipboard, says Copied and announces it', async () => {
    const app = await open('/?site=qingquanjie&lang=en');
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(app.baseUrl).origin,
    });
    const { page } = app;
    const panel = await openShare(page);
    const copy = panel.getByTestId('share-copy-link');
    expect(await copy.textContent()).toContain('Copy link');
    await copy.click();
    await expect.poll(() => copy.textContent()).toContain('Copied');
    await expect
      .poll(() => panel.getByTestId('share-status').textContent())
      .toContain('The link was copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    await panel.getByTestId('share-copy-embed').click();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    const src = `${page.url()}&embed=1`.replace(/&/g, '&amp;');
    expect(snippet).toBe(
      `<iframe src="${src}" title="Hohhot rule-of-law map" width="100%" height="520" ` +
        'loading="lazy" style="border:0"></iframe>',
    );
    expect(await panel.getByTestId('share-embed').inputValue()).toBe(snippet);
  });

  test('a refused clipboard selects the link for the user to copy', async () => {
    const { page } = await open('/?district=150104');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('refused')) },
      });
    });
    const panel = await openShare(page);
    await panel.getByTestId('share-copy-link').click();
    await expect.poll(() => panel.getByTestId('share-status').textContent()).toContain('Ctrl+C');
    const selected = await page.evaluate(() => {
      const field = document.activeElement as HTMLInputElement;
      return field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
    });
    expect(selected).toBe(page.url());
  });

  test('the PNG holds the code of the link, beside the title', async () => {
    const { page } = await open('/?district=150104');
    const panel = await openShare(page);
    await expect.poll(() => panelQrText(page), { timeout: 10_000 }).toBe(page.url());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByTestId('share-qr-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^hohhot-map-qr-\d{4}-\d{2}-\d{2}\.png$/);
    const file = artifactPath(download.suggestedFilename());
    await download.saveAs(file);
    expect(await pngQrText(readFileSync(file))).toBe(page.url());
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: on a phone, Share is in the menu; the panel passes the axe audit`, async () => {
      const { page } = await open(lang === 'en' ? '/?lang=en' : '/', {
        viewport: { width: 390, height: 844 },
      });
      await page.getByTestId('header-menu-button').click();
      const panel = await openShare(page);
      await expect.poll(() => panelQrText(page), { timeout: 10_000 }).toBe(page.url());
      const box = await panel.boundingBox();
      expect(box!.width).toBeLessThanOrEqual(390);
      await page.screenshot({ path: artifactPath(`share-panel-phone-${lang}.png`) });
      expect(await audit(page)).toEqual([]);
    });
  }
});
