/** WCAG 2.2 AA as axe-core tests it; every violation listed with its nodes. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function audit(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    // The map canvas is drawn pixels: its text is checked by the contrast unit tests.
    .exclude('.maplibregl-canvas')
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
