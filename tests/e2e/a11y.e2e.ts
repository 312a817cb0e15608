import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { audit } from './audit.ts';
import { jumpTo, markerPixel, nextIdle, usePages } from './harness.ts';

const open = usePages({ afterEach, afterAll, expect });

describe('accessibility audit (axe-core, WCAG 2.2 AA)', () => {
  for (const lang of ['zh', 'en'] as const) {
    const query = lang === 'en' ? '?lang=en' : '';

    test(`${lang}: the first view`, async () => {
      const app = await open(`/${query}`);
      expect(await audit(app.page)).toEqual([]);
    });

    test(`${lang}: a division selected`, async () => {
      const app = await open(`/?district=150104${lang === 'en' ? '&lang=en' : ''}`);
      await app.page.getByTestId('district-panel').waitFor();
      expect(await audit(app.page)).toEqual([]);
    });

    test(`${lang}: a site selected, and filters applied`, async () => {
      const app = await open(`/${query}`);
      await jumpTo(app.page, [111.673881, 40.753655], 12);
      const pixel = await markerPixel(app.page, 'qingquanjie');
      await app.page.mouse.click(pixel!.x, pixel!.y);
      await app.page.getByTestId('site-panel').waitFor();
      expect(await audit(app.page)).toEqual([]);
      await app.page.getByRole('checkbox').first().uncheck();
      await nextIdle(app.page);
      expect(await audit(app.page)).toEqual([]);
    });

    test(`${lang}: the compare view`, async () => {
      const app = await open(`/?view=compare${lang === 'en' ? '&lang=en' : ''}`);
      expect(await audit(app.page)).toEqual([]);
    });

    test(`${lang}: the sources view, filtered to one document`, async () => {
      const app = await open(`/?view=sources${lang === 'en' ? '&lang=en' : ''}`);
      const view = app.page.getByTestId('sources-view');
      await view.waitFor();
      expect(await audit(app.page)).toEqual([]);
      await view.getByTestId('source-count').first().click();
      await app.page.getByTestId('cited-by').waitFor();
      expect(await audit(app.page)).toEqual([]);
    });

    test(`${lang}: a court with its tribunals, and a division without a named court`, async () => {
      const app = await open(`/?site=tumd-left-court${lang === 'en' ? '&lang=en' : ''}`);
      await app.page.getByTestId('site-children').waitFor();
      expect(await audit(app.page)).toEqual([]);
    });

    test(`${lang}: the no-WebGL fallback`, async () => {
      const app = await open(`/${query}`, {
        browserArgs: ['--disable-webgl', '--disable-3d-apis'],
        waitForMap: false,
      });
      await app.page.getByTestId('map-problem').waitFor();
      expect(await audit(app.page)).toEqual([]);
    });
  }
});

describe('prefers-reduced-motion', () => {
  type MapWindow = Window & { __hohhotMap: import('maplibre-gl').Map };
  const cameraAfterClick = async (reducedMotion: 'reduce' | 'no-preference') => {
    const app = await open('/', { reducedMotion });
    const before = await app.page.evaluate(() =>
      (window as unknown as MapWindow).__hohhotMap.getZoom(),
    );
    await app.page.getByRole('button', { name: '玉泉区', exact: true }).click();
    return app.page.evaluate(
      (before) =>
        new Promise<{ moving: boolean; zoomed: boolean }>((resolve) =>
          requestAnimationFrame(() => {
            const map = (window as unknown as MapWindow).__hohhotMap;
            resolve({ moving: map.isMoving(), zoomed: map.getZoom() > before + 1 });
          }),
        ),
      before,
    );
  };

  test('with reduce, selecting a division moves the camera at once, with no animation', async () => {
    expect(await cameraAfterClick('reduce')).toEqual({ moving: false, zoomed: true });
  });

  test('without it, the camera eases there', async () => {
    // Still moving on the next frame: an animation, not a jump.
    expect((await cameraAfterClick('no-preference')).moving).toBe(true);
  });
});
