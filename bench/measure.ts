/**
 * One measured page load in a fresh browser context: navigation → marks, filter latency,
 * heap after a forced GC (main thread and every worker, through the DevTools protocol),
 * and the script bytes the server sent.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { StaticServer } from './server.ts';
import { cpuBetween, sampleCpu, type CpuTimes } from './cpu.ts';

export interface RunFigures extends CpuTimes {
  /** ms from navigation start to performance.mark('map:idle'). */
  idle: number;
  /** ms from navigation start to performance.mark('map:visible'). */
  visible: number;
  /** ms from navigation start to performance.mark('map:interactive'): a click on a division opens its panel. */
  interactive: number;
  /** ms from hiding one category to the map's next idle. */
  filter: number;
  /** JS heap in use after a forced GC, in bytes (Runtime.getHeapUsage usedSize). */
  heapMain: number;
  heapWorkers: number;
  heapTotal: number;
  workers: number;
  /** Script bytes (.js and .mjs) the server sent: gzip on the wire, and decoded. */
  jsWire: number;
  jsDecoded: number;
}

const TIMEOUT = 300_000;
const SETTLE_MS = 1000;

async function marks(page: Page): Promise<{ idle: number; visible: number; interactive: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, {
    timeout: TIMEOUT,
    polling: 100,
  });
  // No named functions inside evaluate(): tsx would wrap them in a helper the page lacks.
  const [visible, interactive, idle] = await page.evaluate(() =>
    ['map:visible', 'map:interactive', 'map:idle'].map(
      (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN,
    ),
  );
  return { idle, visible, interactive };
}

async function filterLatency(page: Page, category: string): Promise<number> {
  return page.evaluate(async (c) => {
    const bench = (window as unknown as { __bench: { filter(c: string): Promise<void> } }).__bench;
    const start = performance.now();
    await bench.filter(c);
    return performance.now() - start;
  }, category);
}

/**
 * The worker targets of a page, reached with Target.setAutoAttach in non-flat mode and
 * Target.sendMessageToTarget (Playwright does not hand out sessions for workers).
 */
async function workerHeaps(cdp: CDPSession): Promise<number[]> {
  const sessions: string[] = [];
  const pending = new Map<number, (result: unknown) => void>();
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') sessions.push(event.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  // Existing workers are reported right after the call; give the events a moment.
  await new Promise((resolve) => setTimeout(resolve, 200));
  let nextId = 1;
  const call = (sessionId: string, method: string) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    });
  const heaps: number[] = [];
  for (const sessionId of sessions) {
    await call(sessionId, 'HeapProfiler.collectGarbage');
    const usage = (await call(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number };
    heaps.push(usage.usedSize);
  }
  return heaps;
}

async function heaps(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const workers = await workerHeaps(cdp);
  const heapWorkers = workers.reduce((a, b) => a + b, 0);
  await cdp.detach();
  return {
    heapMain: usedSize,
    heapWorkers,
    heapTotal: usedSize + heapWorkers,
    workers: workers.length,
  };
}

export async function measureRun(
  browser: Browser,
  server: StaticServer,
  url: string,
): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const browserSession = await browser.newBrowserCDPSession();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    server.resetTally();
    const cpuBefore = await sampleCpu(browserSession);
    await page.goto(url);
    const times = await marks(page);
    // Navigation → map:idle (seen within the marks' 100 ms polling), every process.
    const cpu = cpuBetween(cpuBefore, await sampleCpu(browserSession));
    // Let work queued behind the first idle finish, so the filter is timed on its own.
    await page.waitForTimeout(SETTLE_MS);
    const filter = await filterLatency(page, 'court');
    const memory = await heaps(context, page);
    if (errors.length > 0) throw new Error(`${url}: ${errors.join('; ')}`);
    return {
      ...times,
      ...cpu,
      filter,
      ...memory,
      jsWire: server.tally.wire,
      jsDecoded: server.tally.decoded,
    };
  } finally {
    await browserSession.detach().catch(() => {});
    await context.close();
  }
}
