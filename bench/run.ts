/**
 * `npm run bench` (tsx bench/run.ts [--quick]): the app (bench build) against a bare-MapLibre
 * reference page, over the same synthetic sites, in headless Chromium. Prints medians with
 * min–max and app ÷ reference, and writes bench/results/latest.json (--quick: quick.json).
 * --keep leaves bench/.dist-app, bench/.dist-reference and bench/.data in place.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BENCH_DISABLED_FEATURES, launchBenchBrowser } from './browser.ts';
import { measureRun, type RunFigures } from './measure.ts';
import {
  APP_DIST,
  DATA_DIR,
  MOUNTS,
  REFERENCE_DIST,
  buildPages,
  writeBenchData,
} from './prepare.ts';
import { rows, table, type Page, type Row } from './report.ts';
import { serveStatic } from './server.ts';
import { SYNTHETIC_SEED } from './synthetic.ts';

const quick = process.argv.includes('--quick');
/** Keep the builds and data afterwards (they are rebuilt on every run anyway). */
const keep = process.argv.includes('--keep');
const SIZES = quick ? [10, 1_000] : [10, 1_000, 10_000, 50_000];
const WARMUPS = 1;
const RUNS = quick ? 2 : 5;
const VIEWPORT = '1280×800';

const started = Date.now();
const log = (text: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}`);

log('building the app (bench mode) and the reference page');
await buildPages();
writeBenchData(SIZES);

// Bench-only chunks are served but not counted as the app's JavaScript.
const server = await serveStatic(
  { [MOUNTS.app]: APP_DIST, [MOUNTS.reference]: REFERENCE_DIST, [MOUNTS.data]: DATA_DIR },
  /\/(bench-mode|synthetic)-[^/]*\.js$/,
);
const browser = await launchBenchBrowser();

const url = (page: Page, n: number) =>
  `${server.origin}${page === 'app' ? MOUNTS.app : MOUNTS.reference}?benchData=${MOUNTS.data}&n=${n}`;

const loadBefore = loadavg()[0];
const allRows: Row[] = [];
try {
  for (const n of SIZES) {
    const runs: Record<Page, RunFigures[]> = { app: [], reference: [] };
    for (let round = 0; round < WARMUPS + RUNS; round++) {
      const order: Page[] = round % 2 === 0 ? ['app', 'reference'] : ['reference', 'app'];
      for (const page of order) {
        const figures = await measureRun(browser, server, url(page, n));
        const warm = round < WARMUPS;
        if (!warm) runs[page].push(figures);
        log(
          `N=${n} ${warm ? 'warm-up' : `run ${round - WARMUPS + 1}`} ${page}: ` +
            `idle ${figures.idle.toFixed(0)} ms, CPU ${figures.cpuTotal} ms, ` +
            `filter ${figures.filter.toFixed(0)} ms`,
        );
      }
    }
    allRows.push(...rows(runs, n));
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
  // Build output is not source: removed so that linters and formatters never see it.
  if (!keep)
    for (const dir of [APP_DIST, REFERENCE_DIST, DATA_DIR])
      rmSync(dir, { recursive: true, force: true });
}

console.log(`\n${table(allRows)}\n`);

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const maplibre = JSON.parse(readFileSync(here('../node_modules/maplibre-gl/package.json'), 'utf8'));
mkdirSync(here('./results'), { recursive: true });
const file = here(`./results/${quick ? 'quick' : 'latest'}.json`);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      settings: {
        quick,
        sizes: SIZES,
        warmups: WARMUPS,
        runs: RUNS,
        seed: SYNTHETIC_SEED,
        viewport: VIEWPORT,
        chromium: browser.version(),
        maplibre: maplibre.version,
        disabledFeatures: BENCH_DISABLED_FEATURES,
        cpus: cpus().length,
        loadAverage: { before: loadBefore, after: loadavg()[0] },
      },
      notes: [
        'Times are ms from navigation start to the performance mark (median of runs).',
        "map:visible: the app's is the presentation time of its first contentful frame (the first view, from paint timing); the reference's is its map's load event.",
        'filter: window.__bench.filter("court") until the map\'s next idle, 1 s after map:idle.',
        'CPU: what every Chromium process spent from navigation until map:idle was seen (polled every 100 ms), from SystemInfo.getProcessInfo (10 ms resolution). With few cores and software WebGL a load is CPU-bound, so map:idle follows it.',
        'Heap: Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage, main thread and every worker, after the filter.',
        "Chromium runs with its WebUI omnibox popup off (bench/browser.ts): otherwise each fresh context starts that renderer, about 1 s of CPU during the page's load.",
        'JS bytes: .js/.mjs bodies the bench server sent during the run (gzip, and decoded), bench-only chunks excluded.',
      ],
      rows: allRows,
    },
    null,
    2,
  )}\n`,
);
log(`wrote ${file}`);
