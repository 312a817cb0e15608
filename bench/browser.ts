/**
 * The bench's Chromium. Every run opens a fresh browser context, and with it Chromium starts
 * the renderer of its own WebUI omnibox popup: about a second of CPU per page load, taken
 * on a 2-core machine from whichever page is loading (a browser in use starts it once).
 * Puppeteer turns those features off by default; Playwright does not. Chromium keeps only
 * the last `--disable-features` of its command line, so the bench's repeats Playwright's own
 * list (read from the command line Playwright builds) and adds these.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.ts';

export const BENCH_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const;

const DISABLE = '--disable-features=';

/** One `--disable-features` switch: every feature the command line disables, and `extra`. */
export function mergedDisableFeatures(
  commandLine: readonly string[],
  extra: readonly string[],
): string {
  const features = commandLine
    .filter((arg) => arg.startsWith(DISABLE))
    .flatMap((arg) => arg.slice(DISABLE.length).split(','))
    .filter((feature) => feature !== '');
  return DISABLE + [...new Set([...features, ...extra])].join(',');
}

/** The switches the bench launches Chromium with (after Playwright's own). */
export async function benchChromiumArgs(): Promise<string[]> {
  // Playwright's command line, from a browser started only to read it.
  const probe = await chromium.launchServer({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  const commandLine = probe.process().spawnargs;
  await probe.close();
  if (!commandLine.some((arg) => arg.startsWith(DISABLE))) {
    throw new Error(
      `Playwright's Chromium command line has no ${DISABLE}: ${commandLine.join(' ')}`,
    );
  }
  return [
    ...CHROMIUM_ARGS,
    '--js-flags=--expose-gc',
    mergedDisableFeatures(commandLine, BENCH_DISABLED_FEATURES),
  ];
}

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: await benchChromiumArgs() });
}
