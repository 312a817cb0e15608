import { describe, expect, test } from 'vitest';
import { firstView } from '../../build/first-view-html.ts';

describe('the first view the build writes', () => {
  const view = firstView();

  test('its pictures are small PNGs named by their content', () => {
    for (const [theme, picture] of Object.entries(view.pictures)) {
      expect(picture.png.subarray(1, 4).toString('latin1'), theme).toBe('PNG');
      expect(picture.png.length, theme).toBeLessThan(40 * 1024);
      expect(picture.fileName).toMatch(new RegExp(`^assets/first-view-${theme}-[\\w-]{8}\\.png$`));
    }
    expect(view.pictures.light.fileName).not.toBe(view.pictures.dark.fileName);
  });

  test('index.html shows the light picture, the dark one where the system is dark', () => {
    const markup = view.markup('/base/');
    expect(markup).toContain(
      `<source media="(prefers-color-scheme: dark)" srcset="/base/${view.pictures.dark.fileName}">`,
    );
    expect(markup).toContain(`src="/base/${view.pictures.light.fileName}"`);
    expect(markup).toContain('elementtiming="first-view"');
    // Over the picture, the nine divisions' links and names.
    expect(markup.match(/<a href="\?district=/g)).toHaveLength(9);
    expect(markup.match(/<text [^>]*data-code=/g)).toHaveLength(9);
  });
});
