// The phone run of `npm run bench` (issue 16): the built-in article timeline (our single-file bundle, no data
// given: its 32 built-in events) against TimelineJS3 3.9.11 fed the same 32 events, plus an empty page as the
// floor; each in a fresh headless Chromium at 390×844 (device scale 3, mobile, touch) with the CPU throttled 4×
// (CDP Emulation.setCPUThrottlingRate). Requests off 127.0.0.1 are refused, so nothing waits on the network.
//
// Per run and page (test/bench/pages/phone-probe.js measures inside the page, from navigation):
//   firstPaintMs  the end of the first painted frame in which the timeline is in the DOM (ours: the first event
//                 part in the shadow root; TimelineJS3: a .tl-timemarker; the empty page: its first frame);
//   tbtMs         total blocking time from navigation to two seconds after `load`: the sum over long tasks of
//                 their time beyond 50 ms (PerformanceObserver longtask, buffered);
//   maxTaskMs, maxGapMs (the largest gap between two animation frames, a cross-check), fcpMs (paint timing).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PHONE_PAGES = ['empty', 'ours', 'tl3'];
export const PHONE_VIEWPORT = { width: 390, height: 844 };
export const PHONE_SCALE = 3;
export const PHONE_THROTTLE = 4;

/**
 * The single-file bundle and its data chunk exactly as build.config.mjs builds them (its own options: entry,
 * splitting, aliases, plugins, production conditions), minified, in memory: a map from '/bundle/…' to contents.
 */
export async function bundleForPhone(root) {
  const { bundleOptions } = await import(pathToFileURL(join(root, 'build.config.mjs')).href);
  const outdir = join(root, '.bench-bundle');
  const result = await build({ ...bundleOptions, outdir, write: false, minify: true });
  return new Map(result.outputFiles.map((f) => ['/bundle/' + relative(outdir, f.path).split(sep).join('/'), f.contents]));
}

/** The TimelineJS3 page with the 32 events inlined (a `</` inside the JSON would end the script element). */
export async function tl3Page(root, pagesDir) {
  const html = await readFile(join(pagesDir, 'phone-tl3.html'), 'utf8');
  const data = await readFile(join(root, 'data/ukraine-2022.timelinejs.json'), 'utf8');
  const events = JSON.parse(data).events.length;
  const { version } = JSON.parse(await readFile(join(root, 'node_modules/@knight-lab/timelinejs/package.json'), 'utf8'));
  return { html: html.replace('__TL3_DATA__', () => JSON.stringify(JSON.parse(data)).replace(/<\//g, '<\\/')), events, version };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One page, one fresh browser. */
export async function runPhone({ chromium, executablePath, args, base, kind, run, capMs = 60_000, version = null }) {
  const record = { kind, run, status: 'ok', pageErrors: [], ...(version ? { version } : {}) };
  const t0 = Date.now();
  const browser = await chromium.launch({ executablePath, headless: true, args, handleSIGINT: false });
  try {
    record.browserVersion = browser.version();
    record.refused = [];
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT, deviceScaleFactor: PHONE_SCALE, isMobile: true, hasTouch: true });
    await context.route(/.*/, (route) => {
      const url = route.request().url();
      if (new URL(url).hostname === '127.0.0.1') return route.continue();
      record.refused.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => record.pageErrors.push(e.message));
    page.on('console', (m) => {
      // A refused off-host request (listed in `refused`) is not a page error.
      if (m.type() === 'error' && !/net::ERR_FAILED/.test(m.text())) record.pageErrors.push(`${m.type()}: ${m.text()}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_THROTTLE });
    await page.goto(`${base}/pages/phone-${kind}.html`, { waitUntil: 'load', timeout: capMs });
    // Until the timeline has painted and two seconds have passed since `load` (on the page's clock): one evaluation
    // through CDP that waits on the probe's promise, so that nothing else runs in the page while it is measured.
    const finished = cdp.send('Runtime.evaluate', { expression: 'window.__probe.finished', awaitPromise: true, returnByValue: true });
    let cap;
    const inTime = await Promise.race([finished.then(() => true, () => false), new Promise((resolve) => (cap = setTimeout(resolve, capMs, false)))]);
    clearTimeout(cap); // else the last run's cap would keep the script alive for a minute after it has finished
    if (!inTime) {
      record.status = 'dnf';
      record.note = `the timeline was not drawn within ${capMs / 1000} s`;
    }
    // Long-task entries arrive just after their task: a last read after a short wait.
    await sleep(300);
    const probe = await page.evaluate(() => {
      window.__probe.stop = true;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const { finished, ...probe } = window.__probe;
      return { ...probe, now: performance.now(), fcpMs: fcp ? fcp.startTime : null };
    });
    const end = probe.loadAt + 2000;
    const tasks = probe.longTasks.filter((t) => t.start < end);
    Object.assign(record, {
      firstPaintMs: probe.paintedAt,
      shownAtMs: probe.shownAt,
      loadMs: probe.loadAt,
      fcpMs: probe.fcpMs,
      tbtMs: tasks.reduce((sum, t) => sum + Math.max(0, Math.min(t.start + t.duration, end) - t.start - 50), 0),
      maxTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      longTasks: probe.longTasks.map((t) => ({ start: Math.round(t.start), duration: Math.round(t.duration) })),
      maxGapMs: probe.maxGapMs,
      frames: probe.frames,
      noLongTasksApi: !!probe.noLongTasks,
    });
    if (kind === 'ours') {
      record.drawn = await page.evaluate(() => document.querySelector('conflict-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0);
    } else if (kind === 'tl3') {
      record.drawn = await page.evaluate(() => document.querySelectorAll('.tl-timemarker').length);
    }
  } catch (error) {
    record.status = 'error';
    record.error = String(error?.message ?? error).split('\n')[0];
  } finally {
    record.wallSeconds = Math.round((Date.now() - t0) / 100) / 10;
    await Promise.race([browser.close().catch(() => {}), sleep(15_000)]);
  }
  return record;
}
