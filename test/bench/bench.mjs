#!/usr/bin/env node
// `npm run bench`: <conflict-timeline> against vis-timeline on the same generated datasets, same protocol.
// Not part of `npm test`.
//
//   node test/bench/bench.mjs [--quick] [--runs 5] [--sizes 1000,10000,100000] [--million] [--lib ours,vis]
//                             [--seed 20220224] [--cap 60] [--retry-dnf] [--no-floor] [--vis-max 100000]
//                             [--no-phone | --phone | --phone-only] [--phone-runs N] [--out FILE]
//
//   --quick      1 run, sizes 1000,10000, no phone run (to try the script; later flags still apply)
//   --runs       runs per size per library (default 5), each in a fresh browser
//   --sizes      comma list of N (default 1000,10000,100000); 1000000 works too
//   --million    add N = 1,000,000 to the sizes (vis-timeline is not attempted there: see --vis-max)
//   --src-sizes  N at which ours also loads the same events from `src`, as JSON and as CSV (libraries ours-json,
//                ours-csv; files made by the server); default 1000000 with --million, else none; --no-src: none
//   --lib        may also name ours-json, ours-csv (at every size)
//   --vis-max    the largest N vis-timeline is given (default 100,000; it did not finish at 100,000); above it,
//                and above an N where it did not finish in this run, it is recorded as "not attempted"
//   --phone-runs runs of the phone run per page (default: --runs); --no-phone leaves it out, --phone-only runs
//                only it (see test/bench/phone.mjs)
//   --lib        comma list of ours, vis (default both); the empty-page floor always runs unless --no-floor
//   --cap        seconds a library gets for its first render (default 60) before "did not finish"
//   --retry-dnf  after a "did not finish", still try the remaining runs at that N (default: skip them)
//   --out        JSON file (default test/bench/results/bench-<time>.json; latest.json is always written too)
//   --from FILE  measure nothing: print the table again from a saved JSON file (e.g. test/bench/results/latest.json)
//
// Protocol (test/bench/pages/harness.js does the in-page half, the same code for every library):
//   * One fresh headless Chromium (/usr/bin/chromium, or CHROME_PATH) per run, pages from a Node server on
//     127.0.0.1 (a free port): our element bundled on the fly with esbuild from src/index.ts (minified, Lit's
//     production build) and vis-timeline's standalone UMD build from node_modules.
//   * The dataset is generated in the page from a seed (mulberry32): N events {id, date, title, category},
//     random date-times over ten years, identical for both libraries.
//   * First render: from construction to the end of the first painted frame (rAF, then a macrotask) after the
//     library reports it has drawn (ours: `conflict-timeline-load`, then `await el.updateComplete`; vis-timeline:
//     `onInitialDrawComplete`). Then: does what was drawn account for all N events (ours: cluster counts +
//     events drawn + "N earlier"/"N later" = N and the load event's count = N; vis-timeline: its DataSet holds
//     N), DOM elements (document plus every open shadow root), JS heap after a forced GC.
//   * Programmatic steps: the data's extent, then 15 zoom-in windows (halved around the centre) and 15 pan
//     windows (a quarter window later each), the same windows for both (`el.zoomTo(a, b)`;
//     `timeline.setWindow(a, b, {animation: false})`), each timed from the view change to the end of the next
//     painted frame, each started right after a painted frame.
//   * Real input: 15 Ctrl+wheel notches over the chart's centre, then a mouse drag of 15 moves, dispatched
//     through the browser by Playwright, each at a seeded random point of a frame (the same for every page);
//     each timed to the end of the next painted frame once the view has changed, both from the input event's
//     timestamp and from the moment the page handles it (where the view changes).
//   * The empty page runs the same protocol with nothing to draw: the floor (what one frame costs).
//   * Load: the long tasks (PerformanceObserver 'longtask') inside the first render's window, and the largest
//     gap between two animation frames there (a requestAnimationFrame loop, as a cross-check).
//   * The deep step protocol: from the whole range, 15 zoom-in steps of one ratio anchored at the median event
//     down to a window of about ten events (single events drawn), then 15 pans of a quarter window; the same
//     windows for both libraries, each timed like the programmatic steps.
//   * Ours only, at the end of each run: feature checks (select + detail, keyboard, deep link, category filter,
//     CSV export of the filtered events, table view and back), each pass/fail and timed.
//   * The phone run (test/bench/phone.mjs): the built-in article timeline against TimelineJS3 on 32 events, CPU
//     throttled 4x at 390x844: first paint and total blocking time.
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { dirname, extname, join, normalize, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_HEAP_ARGS, CHROMIUM_PATH } from '../helpers/chromium.mjs';
import { makeEvents } from './pages/harness.js';
import { PHONE_PAGES, PHONE_SCALE, PHONE_THROTTLE, PHONE_VIEWPORT, bundleForPhone, runPhone, tl3Page } from './phone.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = join(ROOT, 'test/bench/pages');
const RESULTS = join(ROOT, 'test/bench/results');

// ——— options ———

function parseArgs(argv) {
  const opts = { runs: 5, sizes: [1000, 10_000, 100_000], libs: ['ours', 'vis'], seed: 20220224, cap: 60, retryDnf: false, floor: true, out: null, from: null,
    million: false, phone: true, phoneOnly: false, phoneRuns: null, visMax: 100_000, srcSizes: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--quick': opts.runs = 1; opts.sizes = [1000, 10_000]; opts.phone = false; break;
      case '--million': opts.million = true; break;
      case '--src-sizes': opts.srcSizes = value().split(',').map((x) => Number(x.replace(/[_,\s]/g, ''))).filter((x) => x > 0); break;
      case '--no-src': opts.srcSizes = []; break;
      case '--phone': opts.phone = true; break;
      case '--no-phone': opts.phone = false; break;
      case '--phone-only': opts.phone = true; opts.phoneOnly = true; break;
      case '--phone-runs': opts.phoneRuns = Number(value()); break;
      case '--vis-max': opts.visMax = Number(value()); break;
      case '--runs': opts.runs = Number(value()); break;
      case '--sizes': opts.sizes = value().split(',').map((s) => Number(s.replace(/[_,\s]/g, ''))); break;
      case '--lib': case '--libs': opts.libs = value().split(',').map((s) => s.trim()).filter(Boolean); break;
      case '--seed': opts.seed = Number(value()); break;
      case '--cap': opts.cap = Number(value()); break;
      case '--retry-dnf': opts.retryDnf = true; break;
      case '--no-floor': opts.floor = false; break;
      case '--out': opts.out = value(); break;
      case '--from': opts.from = value(); break;
      case '-h': case '--help':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        console.error(`unknown option ${arg} (see --help)`);
        process.exit(2);
    }
  }
  if (opts.million && !opts.sizes.includes(1_000_000)) opts.sizes = [...opts.sizes, 1_000_000];
  opts.phoneRuns ??= opts.runs;
  // The same events from `src` as JSON and as CSV: at 1,000,000 with --million, else where --src-sizes says.
  opts.srcSizes ??= opts.million ? [1_000_000] : [];
  if (!(opts.runs >= 1) || !(opts.phoneRuns >= 1) || opts.sizes.some((n) => !(n >= 1)) || opts.libs.some((l) => !LIBS.includes(l)) || !(opts.cap > 0)) {
    console.error('bad options: --runs >= 1, --sizes positive integers, --lib ours,vis, --cap > 0');
    process.exit(2);
  }
  return opts;
}

const LIBS = ['ours', 'ours-json', 'ours-csv', 'vis'];
const isOurs = (lib) => lib.startsWith('ours');

const USAGE = 'node test/bench/bench.mjs [--quick] [--runs 5] [--sizes 1000,10000,100000] [--million] [--lib ours,vis] [--seed N] [--cap 60] [--retry-dnf] [--no-floor]\n' +
  '                          [--vis-max 100000] [--src-sizes N,..|--no-src] [--no-phone | --phone | --phone-only] [--phone-runs N] [--out FILE] [--from FILE]';

const opts = parseArgs(process.argv.slice(2));

// The system Chromium with the flags every script here uses, plus gc() and exact performance.memory for the heap.
const CHROME = CHROMIUM_PATH;
const CHROME_ARGS = [...CHROMIUM_ARGS, ...CHROMIUM_HEAP_ARGS];
const VIEWPORT = { width: 1280, height: 800 };

// ——— what the pages load ———

async function bundleOurs() {
  const result = await build({
    entryPoints: [join(ROOT, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
    conditions: ['production'], // Lit's production build: no dev-mode warnings or checks
  });
  return result.outputFiles[0].contents;
}

const VIS_FILE = join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * The page's generated events as a file, for the `src` runs: the same makeEvents (harness.js) with the same seed,
 * as a dataset JSON `{title, events}` or as CSV with the columns id,date,title,category. Kept per (format, n, seed).
 */
const generated = new Map();
function generatedFile(format, n, seed) {
  const key = `${format}|${n}|${seed}`;
  if (!generated.has(key)) {
    const events = makeEvents(n, seed);
    const text = format === 'json'
      ? JSON.stringify({ title: `${n} generated events`, events })
      : ['id,date,title,category', ...events.map((e) => `${e.id},${e.date},${e.title},${e.category}`)].join('\n') + '\n';
    generated.clear(); // one file at a time: a million events is about 100 MB
    generated.set(key, Buffer.from(text));
  }
  return generated.get(key);
}

const TL3_DIST = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');

/** `phone`: null, or {bundle: Map of '/bundle/…' files, tl3Html} for the phone pages. */
async function startServer(oursBundle, phone = null) {
  const visBundle = await readFile(VIS_FILE);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    try {
      if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
      if (path === '/ours.js') return send(200, TYPES['.js'], oursBundle);
      if (path === '/vis.js') return send(200, TYPES['.js'], visBundle);
      if (path === '/gen/events.json' || path === '/gen/events.csv') {
        const q = new URL(req.url, 'http://x').searchParams;
        const body = generatedFile(path.endsWith('.csv') ? 'csv' : 'json', Number(q.get('n')), Number(q.get('seed')));
        res.writeHead(200, { 'content-type': path.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' });
        return res.end(body);
      }
      if (phone?.bundle.has(path)) return send(200, TYPES['.js'], phone.bundle.get(path));
      if (phone && path === '/pages/phone-tl3.html') return send(200, TYPES['.html'], phone.tl3Html);
      if (path.startsWith('/tl3/')) {
        const file = normalize(join(TL3_DIST, path.slice('/tl3/'.length)));
        if (!file.startsWith(TL3_DIST + '/')) return send(403, 'text/plain', 'forbidden');
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      }
      if (path.startsWith('/pages/')) {
        const file = normalize(join(PAGES, path.slice('/pages/'.length)));
        if (!file.startsWith(PAGES + '/')) return send(403, 'text/plain', 'forbidden');
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      }
      send(404, 'text/plain', 'not found');
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

// ——— helpers ———

const TIMEOUT = Symbol('timeout');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resolves to `TIMEOUT` after `ms`; the losing promise's rejection (browser closed under it) is swallowed. */
function withTimeout(promise, ms) {
  promise.catch(() => {});
  let timer;
  return Promise.race([promise, new Promise((r) => (timer = setTimeout(() => r(TIMEOUT), ms)))]).finally(() => clearTimeout(timer));
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const round = (x, d = 2) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

function log(message) {
  process.stderr.write(`${message}\n`);
}

// ——— one run: a fresh browser, one library, one N ———

async function runOnce(base, lib, n, run) {
  const capMs = opts.cap * 1000;
  const record = { lib, n, run, status: 'ok', pageErrors: [] };
  const t0 = Date.now();
  // The file a `src` run loads is made before the browser starts, not when the page asks for it: making a million
  // events' file took this process seconds of CPU (and its garbage collection after) on a machine of 2 cores,
  // while the page was being measured. The JSON run came after the CSV one, so every JSON run made its file anew.
  const [pageName, src] = lib.split('-');
  if (src) generatedFile(src, n, opts.seed);
  // handleSIGINT: false: on Ctrl+C the script stops after the current run and still writes what it measured.
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS, handleSIGINT: false });
  record.browserVersion = browser.version();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => record.pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') record.pageErrors.push(`${m.type()}: ${m.text()}`);
    });
    await page.goto(`${base}/pages/${pageName}.html?n=${n}&seed=${opts.seed}${src ? `&src=${src}` : ''}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench, null, { timeout: 30_000 });
    const prepared = await page.evaluate(() => bench.prepare());
    record.heapBeforeBytes = prepared.heapBefore;
    record.firstEvent = prepared.first;

    // First render, capped.
    const render = await withTimeout(page.evaluate(() => bench.render()), capMs);
    if (render === TIMEOUT) {
      record.status = 'dnf';
      record.note = `did not finish its first render within ${opts.cap} s`;
      return record;
    }
    record.firstRenderMs = render.ms;
    record.drawnMs = render.drawnMs;
    record.loadDetail = render.detail;

    const inspect = await withTimeout(page.evaluate(() => bench.inspect()), capMs);
    if (inspect === TIMEOUT) throw new Error('inspect timed out');
    record.settleMs = inspect.settleMs;
    record.check = inspect.check;
    record.dom = inspect.dom;
    record.heapBytes = inspect.heap;
    record.initialView = inspect.view;
    record.load = inspect.load;
    // "What was drawn accounts for all N events" (and, for ours, the load event's count).
    record.accountsForAll = !!inspect.check.ok && (!isOurs(lib) || (render.detail?.count === n && render.detail?.total === n));

    // Programmatic steps (ours is also checked after every step, untimed).
    const steps = await withTimeout(page.evaluate((checkEach) => bench.programmaticSteps({ checkEach }), isOurs(lib)), capMs * 10);
    if (steps === TIMEOUT) throw new Error(`the 30 programmatic steps took over ${opts.cap * 10} s`);
    record.programmatic = { zoom: steps.samples.zoom, pan: steps.samples.pan };
    record.stepCheckFailures = steps.failures;
    record.windows = steps.windows;

    // The deep protocol: down to single events, then across them.
    if (lib !== 'empty') {
      const deep = await withTimeout(page.evaluate((checkEach) => bench.deepSteps({ checkEach }), isOurs(lib)), capMs * 10);
      if (deep === TIMEOUT) throw new Error(`the 30 deep-protocol steps took over ${opts.cap * 10} s`);
      record.deep = deep;
    }

    // Real input through the browser.
    record.input = await realInput(page, capMs);

    record.domAfterSteps = await page.evaluate(() => bench.dom());
    record.heapAfterStepsBytes = await page.evaluate(() => bench.heap());
    record.finalCheck = await page.evaluate(() => bench.check());

    if (await page.evaluate(() => bench.hasFeatures())) record.features = await features(page);
  } catch (error) {
    record.status = 'error';
    record.error = String(error?.message ?? error).split('\n')[0];
  } finally {
    record.wallSeconds = round((Date.now() - t0) / 1000, 1);
    await withTimeout(browser.close(), 15_000);
  }
  return record;
}

/**
 * "Every feature still works at that size": select (the detail shows the event), keyboard (ArrowRight moves the
 * focus to another event, Enter selects it), deep link (written to the fragment and read back from it), the
 * category filter (visible events = that category's count, and what is drawn adds up to it), CSV export of the
 * filtered events (rows = that count), the table view (aria-rowcount) and back, and clearing the filter.
 */
async function features(page) {
  const out = {};
  const run = async (name, fn) => {
    try {
      out[name] = await fn();
    } catch (error) {
      out[name] = { ok: false, error: String(error?.message ?? error).split('\n')[0] };
    }
  };
  await run('select', () => page.evaluate(() => bench.feature('select')));
  await page.evaluate(() => bench.feature('deepLinkOn'));
  await run('keyboard', async () => {
    const from = out.select?.focused;
    if (!from) return { ok: false, note: 'the selected event was not drawn one by one to focus' };
    await page.keyboard.press('ArrowRight');
    const moved = await page.evaluate((id) => bench.feature('focusMoved', id), from);
    if (!moved.ok) return { ok: false, from, ...moved };
    await page.keyboard.press('Enter');
    const selected = await page.evaluate((id) => bench.feature('selectedNow', id), moved.id);
    return { ok: selected.ok, from, to: moved.id, selected: selected.selected };
  });
  // The keyboard's selection is a reader's: deep-link writes it to the fragment; then a link is followed.
  await run('deepLink', () => page.evaluate((id) => bench.feature('deepLink', id), out.keyboard?.selected ?? null));
  await run('filter', () => page.evaluate(() => bench.feature('filter')));
  await run('exportCsv', () => page.evaluate(() => bench.feature('exportCsv')));
  await run('table', () => page.evaluate(() => bench.feature('table')));
  await run('reset', () => page.evaluate(() => bench.feature('reset')));
  await page.evaluate(() => bench.settle());
  // The long tasks inside each step's window, now that their entries have arrived.
  for (const r of Object.values(out)) {
    if (r?.window) r.blocking = await page.evaluate(([a, b]) => bench.blocking(a, b), r.window);
  }
  return out;
}

/**
 * 15 Ctrl+wheel notches over the chart's centre, then a 15-move mouse drag; each to the next painted frame. A step
 * that takes longer than the cap ends its sequence (recorded as `timedOut`).
 */
async function realInput(page, capMs) {
  const step = async (type, dispatch) => {
    await page.evaluate((t) => bench.arm(t), type);
    await dispatch();
    const result = await withTimeout(page.evaluate(() => bench.measured()), capMs);
    return result === TIMEOUT ? { ms: null, changed: false, timedOut: true } : result;
  };
  await page.evaluate(() => bench.resetView());
  const rect = await page.evaluate(() => bench.plotRect());
  if (!rect || rect.width < 50 || rect.height < 10) throw new Error(`no chart to send input to (${JSON.stringify(rect)})`);
  const cx = Math.round(rect.x + rect.width / 2);
  const cy = Math.round(rect.y + rect.height / 2);
  const out = { point: [cx, cy], wheel: [], drag: [] };

  await page.mouse.move(cx, cy);
  await page.keyboard.down('Control');
  for (let i = 0; i < 15; i++) {
    out.wheel.push(await step('wheel', () => page.mouse.wheel(0, -100)));
    if (out.wheel.at(-1).timedOut) return out;
  }
  await page.keyboard.up('Control');
  await page.evaluate(() => bench.settle());

  const dx = 30;
  await page.mouse.move(cx + 4 * dx, cy);
  await page.mouse.down();
  // An untimed first move past both libraries' drag thresholds (ours 4 px; vis-timeline's Hammer.js 5 px, whose
  // first recognised move only starts the pan), so each timed move below pans.
  await page.mouse.move(cx + 4 * dx - 12, cy);
  await page.evaluate(() => bench.settle());
  for (let i = 0; i < 15; i++) {
    out.drag.push(await step('pointermove', () => page.mouse.move(cx + 4 * dx - 12 - dx * (i + 1), cy)));
    if (out.drag.at(-1).timedOut) return out;
  }
  await page.mouse.up();
  await page.evaluate(() => bench.settle());
  return out;
}

// ——— summaries ———

/** Real-input samples after which the view changed (a step that changed nothing within 3 s is left out). */
const changedMs = (samples) => (samples ?? []).filter((s) => s.changed).map((s) => s.ms);
/** The same samples from the moment the page's handler ran (the view changed there) instead of the event's timestamp. */
const changedHandlerMs = (samples) => (samples ?? []).filter((s) => s.changed).map((s) => s.fromHandlerMs);

function summarise(records) {
  const ok = records.filter((r) => r.status === 'ok');
  const perRun = ok.map((r) => {
    const prog = [...(r.programmatic?.zoom ?? []), ...(r.programmatic?.pan ?? [])];
    const inputs = [...(r.input?.wheel ?? []), ...(r.input?.drag ?? [])];
    // A step after which the view did not change (within 3 s) is left out of the figures and counted instead.
    const inputMs = inputs.filter((s) => s.changed).map((s) => s.ms);
    const deep = [...(r.deep?.samples.zoom ?? []), ...(r.deep?.samples.pan ?? [])];
    return {
      firstRenderMs: r.firstRenderMs,
      progMedian: median(prog),
      progP95: percentile(prog, 95),
      zoomMedian: median(r.programmatic?.zoom ?? []),
      panMedian: median(r.programmatic?.pan ?? []),
      inputMedian: median(inputMs),
      inputP95: percentile(inputMs, 95),
      wheelMedian: median(changedMs(r.input?.wheel)),
      wheelP95: percentile(changedMs(r.input?.wheel), 95),
      dragMedian: median(changedMs(r.input?.drag)),
      dragP95: percentile(changedMs(r.input?.drag), 95),
      wheelHandlerMedian: median(changedHandlerMs(r.input?.wheel)),
      wheelHandlerP95: percentile(changedHandlerMs(r.input?.wheel), 95),
      dragHandlerMedian: median(changedHandlerMs(r.input?.drag)),
      dragHandlerP95: percentile(changedHandlerMs(r.input?.drag), 95),
      inputNoChange: inputs.filter((s) => !s.changed).length,
      domTotal: r.dom?.total,
      domShadow: r.dom?.shadow,
      heapMB: r.heapBytes == null ? null : r.heapBytes / 2 ** 20,
      heapDataMB: r.heapBeforeBytes == null ? null : r.heapBeforeBytes / 2 ** 20,
      accountsForAll: r.accountsForAll,
      stepCheckFailures: r.stepCheckFailures?.length ?? 0,
      // Load: long tasks in the first render's window, and the frame-gap cross-check.
      loadMaxTaskMs: r.load?.maxTaskMs,
      loadOver200: r.load?.over200,
      loadTbtMs: r.load?.tbtMs,
      loadMaxGapMs: r.load?.frames?.maxGapMs,
      loadFirstFrameMs: r.load?.frames?.firstFrameMs,
      // The deep protocol.
      deepMedian: median(deep),
      deepP95: percentile(deep, 95),
      deepZoomMedian: median(r.deep?.samples.zoom ?? []),
      deepZoomP95: percentile(r.deep?.samples.zoom ?? [], 95),
      deepPanMedian: median(r.deep?.samples.pan ?? []),
      deepPanP95: percentile(r.deep?.samples.pan ?? [], 95),
      deepEventsInView: r.deep?.atFinalZoom?.eventsInView,
      deepDrawnOneByOne: r.deep?.atFinalZoom?.drawnOneByOne,
      deepCheckFailures: r.deep?.failures?.length ?? 0,
      features: r.features ?? null,
    };
  });
  const med = (key) => median(perRun.map((p) => p[key]).filter((x) => x != null));
  return {
    runs: records.length,
    ok: ok.length,
    dnf: records.filter((r) => r.status === 'dnf').length,
    skipped: records.filter((r) => r.status === 'skipped').length,
    errors: records.filter((r) => r.status === 'error').map((r) => r.error),
    firstRenderMs: med('firstRenderMs'),
    progMedian: med('progMedian'),
    progP95: med('progP95'),
    zoomMedian: med('zoomMedian'),
    panMedian: med('panMedian'),
    inputMedian: med('inputMedian'),
    inputP95: med('inputP95'),
    wheelMedian: med('wheelMedian'),
    wheelP95: med('wheelP95'),
    dragMedian: med('dragMedian'),
    dragP95: med('dragP95'),
    wheelHandlerMedian: med('wheelHandlerMedian'),
    wheelHandlerP95: med('wheelHandlerP95'),
    dragHandlerMedian: med('dragHandlerMedian'),
    dragHandlerP95: med('dragHandlerP95'),
    inputNoChange: perRun.reduce((s, p) => s + p.inputNoChange, 0),
    domTotal: med('domTotal'),
    domShadow: med('domShadow'),
    heapMB: med('heapMB'),
    heapDataMB: med('heapDataMB'),
    accountsForAll: ok.length ? perRun.every((p) => p.accountsForAll) : null,
    stepCheckFailures: perRun.reduce((s, p) => s + p.stepCheckFailures, 0),
    loadMaxTaskMs: med('loadMaxTaskMs'),
    loadOver200: med('loadOver200'),
    loadTbtMs: med('loadTbtMs'),
    loadMaxGapMs: med('loadMaxGapMs'),
    loadFirstFrameMs: med('loadFirstFrameMs'),
    deepMedian: med('deepMedian'),
    deepP95: med('deepP95'),
    deepZoomMedian: med('deepZoomMedian'),
    deepZoomP95: med('deepZoomP95'),
    deepPanMedian: med('deepPanMedian'),
    deepPanP95: med('deepPanP95'),
    deepEventsInView: med('deepEventsInView'),
    deepDrawnOneByOne: med('deepDrawnOneByOne'),
    // Single events drawn at the end of the zoom, in every run.
    deepSingleEvents: perRun.length && perRun.every((p) => p.deepDrawnOneByOne != null) ? perRun.every((p) => p.deepDrawnOneByOne > 0) : null,
    deepCheckFailures: perRun.reduce((s, p) => s + p.deepCheckFailures, 0),
    features: summariseFeatures(perRun.map((p) => p.features).filter(Boolean)),
    perRun,
  };
}

/** Per feature: passed in every run, and the median time of its step. */
function summariseFeatures(runs) {
  if (!runs.length) return null;
  const names = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(names.map((name) => {
    const rs = runs.map((r) => r[name]).filter(Boolean);
    return [name, {
      ok: rs.length === runs.length && rs.every((x) => x.ok),
      passed: rs.filter((x) => x.ok).length,
      runs: runs.length,
      ms: median(rs.map((x) => x.ms).filter((x) => x != null)),
      maxTaskMs: median(rs.map((x) => x.blocking?.maxTaskMs).filter((x) => x != null)),
      firstFailure: rs.find((x) => !x.ok) ?? null,
    }];
  }));
}

// ——— table ———

const fmtInt = (x) => (x == null ? '—' : Math.round(x).toLocaleString('en-US'));
const fmtMs = (x) => (x == null ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const fmtStep = (x) => (x == null ? '—' : x.toFixed(x >= 100 ? 0 : 1));
const fmtPair = (a, b) => (a == null ? '—' : `${fmtStep(a)} / ${fmtStep(b)}`);
/** a ÷ b, with enough digits that a ratio just under a threshold (9.96) never reads as 10. */
const fmtRatio = (a, b) => {
  if (a == null || b == null || !b) return '—';
  const r = a / b;
  return `${r.toFixed(r >= 10 ? 0 : r >= 9.95 ? 2 : 1)}×`;
};
const pad = (s, w, left = false) => (left ? String(s).padEnd(w) : String(s).padStart(w));

function table(summaries, floor) {
  const lines = [];
  const cols = [
    ['N', 8, true], ['library', 9, true], ['first render', 12], ['prog. step', 14], ['Ctrl+wheel', 14], ['drag', 14],
    ['DOM elements', 15], ['JS heap', 9], ['drawn = N', 9],
  ];
  const row = (cells) => cells.map((c, i) => pad(c, cols[i][1], cols[i][2])).join('  ').trimEnd();
  if (floor) {
    lines.push(`Empty page (the floor; ${floor.ok} run${floor.ok === 1 ? '' : 's'}): one step = one frame. Programmatic step ${fmtPair(floor.progMedian, floor.progP95)} ms, ` +
      `Ctrl+wheel ${fmtPair(floor.wheelMedian, floor.wheelP95)} ms, drag ${fmtPair(floor.dragMedian, floor.dragP95)} ms (median / p95);`);
    lines.push(`  first frame ${fmtMs(floor.firstRenderMs)}; ${fmtInt(floor.domTotal)} DOM elements; JS heap ${floor.heapMB?.toFixed(1) ?? '—'} MB.`);
    lines.push('');
  }
  lines.push(row(cols.map((c) => c[0])));
  lines.push(row(['', '', 'median', 'med / p95 ms', 'med / p95 ms', 'med / p95 ms', '(shadow root)', 'after GC', '']));
  lines.push(row(cols.map((c) => '-'.repeat(c[1]))));
  const sizes = [...new Set(summaries.map((s) => s.n))];
  for (const n of sizes) {
    const at = Object.fromEntries(summaries.filter((s) => s.n === n).map((s) => [s.lib, s]));
    for (const lib of LIBS) {
      const s = at[lib];
      if (!s) continue;
      const name = lib;
      if (!s.ok) {
        const notAttempted = !s.dnf && !s.errors.length && s.skipped;
        const why = s.dnf ? `did not finish its first render within ${opts.cap} s${s.skipped ? ` (${s.skipped} later run(s) skipped)` : ''}`
          : notAttempted ? 'not attempted (see --vis-max)' : `error: ${s.errors[0] ?? '?'}`;
        lines.push(row([fmtInt(n), name, s.dnf ? `DNF >${opts.cap} s` : notAttempted ? 'not tried' : 'error', '—', '—', '—', '—', '—', '—']) + `   ${why}`);
        continue;
      }
      const dom = isOurs(lib) ? `${fmtInt(s.domTotal)} (${fmtInt(s.domShadow)})` : fmtInt(s.domTotal);
      const drawn = s.accountsForAll ? (s.stepCheckFailures ? `yes*` : 'yes') : 'NO';
      const notes = [
        s.ok < s.runs ? `${s.ok} of ${s.runs} runs` : '',
        s.dnf ? `${s.dnf} DNF` : '',
        s.errors.length ? `${s.errors.length} error: ${s.errors[0]}` : '',
        s.inputNoChange ? `${s.inputNoChange} input step(s) left the view unchanged or timed out` : '',
      ].filter(Boolean);
      lines.push(row([fmtInt(n), name, fmtMs(s.firstRenderMs), fmtPair(s.progMedian, s.progP95), fmtPair(s.wheelMedian, s.wheelP95),
        fmtPair(s.dragMedian, s.dragP95), dom, `${s.heapMB?.toFixed(1) ?? '—'} MB`, drawn]) + (notes.length ? `   (${notes.join('; ')})` : ''));
    }
    const o = at.ours;
    const v = at.vis;
    if (o?.ok && v?.ok) {
      lines.push(row(['', 'vis÷ours', fmtRatio(v.firstRenderMs, o.firstRenderMs), fmtRatios(v, o, 'prog'), fmtRatios(v, o, 'wheel'),
        fmtRatios(v, o, 'drag'), fmtRatio(v.domTotal, o.domTotal), fmtRatio(v.heapMB, o.heapMB), '']));
    } else if (o?.ok && v?.dnf) {
      lines.push(row(['', 'vis÷ours', `>${fmtRatio(opts.cap * 1000, o.firstRenderMs)}`, '—', '—', '—', '—', '—', '']));
    }
    const data = (o?.ok ? o : v)?.heapDataMB;
    if (data != null) lines.push(`${' '.repeat(cols[0][1] + 2)}(JS heap of the ${fmtInt(n)} generated events alone, before construction: ${data.toFixed(1)} MB)`);
    lines.push('');
  }
  lines.push('Real input from the moment the page handles it (the view changes in that handler) to the end of the next painted frame,');
  lines.push('  median / p95 ms; the rest of each figure above is the browser delivering the input (frame-aligned for the wheel):');
  if (floor) lines.push(`  ${pad('empty page', 20, true)} Ctrl+wheel ${fmtPair(floor.wheelHandlerMedian, floor.wheelHandlerP95)}   drag ${fmtPair(floor.dragHandlerMedian, floor.dragHandlerP95)}`);
  for (const s of summaries) {
    if (s.ok) lines.push(`  ${pad(`${fmtInt(s.n)} ${s.lib}`, 20, true)} Ctrl+wheel ${fmtPair(s.wheelHandlerMedian, s.wheelHandlerP95)}   drag ${fmtPair(s.dragHandlerMedian, s.dragHandlerP95)}`);
  }
  lines.push('');
  lines.push('first render: construction to the end of the first painted frame after the library reports it has drawn; median over runs.');
  lines.push('steps: per run, the median and p95 of 30 programmatic steps (15 zoom-in, 15 pan), 15 Ctrl+wheel notches and 15 drag moves,');
  lines.push('  each from the view change (or the input event\'s timestamp) to the end of the next painted frame; then the median over runs.');
  lines.push('DOM elements: document plus open shadow roots, after the first render. JS heap: after a forced GC, generated events included.');
  lines.push('drawn = N: ours: cluster counts + events drawn + "earlier"/"later" = N, and the load event\'s count = N (yes* = true after the');
  lines.push('  first render but not after some step; see the JSON); vis-timeline: its DataSet holds N items.');
  return lines.join('\n');
}

function fmtRatios(v, o, key) {
  return `${fmtRatio(v[`${key}Median`], o[`${key}Median`])} / ${fmtRatio(v[`${key}P95`], o[`${key}P95`])}`;
}

/**
 * Every target of the issues with its figure and PASS / FAIL, as one table (rows without a verdict are "info").
 * `phone` is the phone run's summary (or null).
 */
function targetChecks(summaries, floor, phone) {
  const rows = [];
  const line = (ok, where, target, measured) => rows.push([ok == null ? 'info' : ok ? 'PASS' : 'FAIL', where, target, measured]);
  const at = (n, lib) => summaries.find((s) => s.n === n && s.lib === lib);
  const o100 = at(100_000, 'ours');
  if (o100?.ok) {
    line(o100.firstRenderMs < 1000, '100,000 ours', 'first render < 1 s', fmtMs(o100.firstRenderMs));
    // The issue's step targets: from the view change (a programmatic step) to the end of the next painted frame.
    if (o100.progMedian != null) {
      if (floor?.ok && floor.progMedian != null) {
        line(o100.progMedian - floor.progMedian <= 2, '100,000 ours', 'programmatic step median within 2 ms of the empty page', `${fmtStep(o100.progMedian)} ms (empty page ${fmtStep(floor.progMedian)} ms)`);
      }
      line(o100.progP95 < 25, '100,000 ours', 'programmatic step p95 < 25 ms', `${fmtStep(o100.progP95)} ms`);
    }
    // Real input: the p95 target from the view change (in the page's handler); from the input's timestamp
    // there is no floor on that clock, so it is shown beside the empty page's (info).
    for (const [key, what] of [['wheel', 'Ctrl+wheel'], ['drag', 'drag']]) {
      const hm = o100[`${key}HandlerMedian`];
      const hp = o100[`${key}HandlerP95`];
      if (hp != null) line(hp < 25, '100,000 ours', `${what} step from the view change: p95 < 25 ms`, `${fmtStep(hp)} ms (median ${fmtStep(hm)})`);
      const m = o100[`${key}Median`];
      const p = o100[`${key}P95`];
      if (m != null && floor?.ok && floor[`${key}Median`] != null) {
        line(null, '100,000 ours', `${what} from the input's timestamp (med / p95)`, `${fmtPair(m, p)} ms; empty page ${fmtPair(floor[`${key}Median`], floor[`${key}P95`])} ms`);
      }
    }
    line(o100.domShadow < 3000, '100,000 ours', 'shadow-DOM elements < 3,000', fmtInt(o100.domShadow));
    line(o100.heapMB < 40, '100,000 ours', 'JS heap after GC < 40 MB', `${o100.heapMB.toFixed(1)} MB (events alone ${o100.heapDataMB?.toFixed(1)} MB)`);
    line(o100.accountsForAll && !o100.stepCheckFailures, '100,000 ours', 'drawn accounts for all N (first render and every step)', o100.accountsForAll && !o100.stepCheckFailures ? 'yes' : 'no');
  }
  const o10 = at(10_000, 'ours');
  const v10 = at(10_000, 'vis');
  if (o10?.ok && v10?.ok) {
    line(v10.firstRenderMs / o10.firstRenderMs >= 10, '10,000', 'first render >= 10x faster than vis-timeline', `${fmtRatio(v10.firstRenderMs, o10.firstRenderMs)} (${fmtMs(o10.firstRenderMs)} vs ${fmtMs(v10.firstRenderMs)})`);
    if (o10.progP95 != null && v10.progP95 != null) {
      line(v10.progP95 / o10.progP95 >= 10, '10,000', 'programmatic step p95 >= 10x vis-timeline', fmtRatio(v10.progP95, o10.progP95));
    }
    for (const [key, what] of [['wheel', 'Ctrl+wheel'], ['drag', 'drag']]) {
      const [v, o] = [v10[`${key}HandlerP95`], o10[`${key}HandlerP95`]];
      if (v == null || o == null) continue;
      line(v / o >= 10, '10,000', `${what} step p95 from the view change >= 10x vis-timeline`, `${fmtRatio(v, o)} (from the input's timestamp ${fmtRatio(v10[`${key}P95`], o10[`${key}P95`])})`);
    }
    line(v10.domTotal / o10.domTotal >= 10, '10,000', '>= 10x fewer DOM elements than vis-timeline', fmtRatio(v10.domTotal, o10.domTotal));
  } else if (o10?.ok && v10?.dnf) {
    line(true, '10,000', 'first render >= 10x faster than vis-timeline', `vis-timeline did not finish within ${opts.cap} s`);
  }
  // Issue 16: the deep protocol (down to single events, then across them): p95 < 25 ms at 1,000-100,000.
  for (const s of summaries.filter((x) => isOurs(x.lib) && x.ok && x.deepP95 != null)) {
    const limit = s.n >= 1_000_000 ? 33 : 25;
    line(s.deepP95 < limit, `${fmtInt(s.n)} ${s.lib}`, `deep protocol step p95 < ${limit} ms`, `${fmtStep(s.deepP95)} ms (median ${fmtStep(s.deepMedian)}; zoom p95 ${fmtStep(s.deepZoomP95)}, pan p95 ${fmtStep(s.deepPanP95)})`);
    if (s.deepSingleEvents === false) line(false, `${fmtInt(s.n)} ${s.lib}`, 'deep protocol: single events drawn at the last zoom step', `none (${fmtInt(s.deepEventsInView)} events in view)`);
    const v = at(s.n, 'vis');
    if (s.lib === 'ours' && v?.ok && v.deepP95 != null) line(null, fmtInt(s.n), 'deep protocol, vis-timeline on the same windows', `p95 ${fmtStep(v.deepP95)} ms (median ${fmtStep(v.deepMedian)}); vis ÷ ours ${fmtRatio(v.deepP95, s.deepP95)}`);
  }
  // Issue 16: loading without a frozen tab, at every size (the issue's limit is set for 1,000,000; info below it).
  for (const s of summaries.filter((x) => isOurs(x.lib) && x.ok && x.loadMaxTaskMs != null)) {
    const judged = s.n >= 1_000_000 ? s.loadMaxTaskMs < 200 : null;
    line(judged, `${fmtInt(s.n)} ${s.lib}`, 'longest main-thread task while loading < 200 ms', `${fmtMs(s.loadMaxTaskMs)} (${fmtInt(s.loadOver200)} over 200 ms, TBT ${fmtMs(s.loadTbtMs)}, largest frame gap ${fmtMs(s.loadMaxGapMs)})`);
  }
  const m = summaries.find((x) => x.lib === 'ours' && x.n >= 1_000_000);
  if (m?.ok) {
    const where = `${fmtInt(m.n)} ours`;
    line(m.firstRenderMs < 3000, where, 'first painted frame after setting the property (chart drawn) < 3 s', `${fmtMs(m.firstRenderMs)} (first frame, the progress bar: ${fmtMs(m.loadFirstFrameMs)})`);
    line(m.progP95 < 33, where, 'zoom/pan step p95 < 33 ms (programmatic protocol)', `${fmtStep(m.progP95)} ms (median ${fmtStep(m.progMedian)})`);
    line(m.domShadow < 3000, where, 'shadow-DOM elements < 3,000', fmtInt(m.domShadow));
    line(m.heapMB < 400, where, 'JS heap after GC < 400 MB', `${m.heapMB.toFixed(1)} MB (events alone ${m.heapDataMB?.toFixed(1)} MB)`);
    line(m.accountsForAll && !m.stepCheckFailures && !m.deepCheckFailures, where, 'drawn accounts for all N (first render and every step)', m.accountsForAll && !m.stepCheckFailures && !m.deepCheckFailures ? 'yes' : 'no');
  } else if (m) {
    line(false, `${fmtInt(m.n)} ours`, 'first render', m.dnf ? `did not finish within ${opts.cap} s` : `error: ${m.errors[0] ?? '?'}`);
  }
  // The same events from `src` (JSON, CSV): read as they stream in; the long-task limit above, and these.
  for (const x of summaries.filter((y) => y.lib !== 'ours' && isOurs(y.lib))) {
    const where = `${fmtInt(x.n)} ${x.lib}`;
    if (!x.ok) {
      line(false, where, 'load from src', x.dnf ? `did not finish within ${opts.cap} s` : `error: ${x.errors[0] ?? '?'}`);
      continue;
    }
    line(null, where, 'from src to the first painted frame with the chart drawn', `${fmtMs(x.firstRenderMs)} (first frame ${fmtMs(x.loadFirstFrameMs)}); heap ${x.heapMB?.toFixed(1)} MB`);
    line(x.accountsForAll && !x.stepCheckFailures && !x.deepCheckFailures, where, 'drawn accounts for all N (first render and every step)', x.accountsForAll && !x.stepCheckFailures && !x.deepCheckFailures ? 'yes' : 'no');
  }
  // Every feature at every size (issue 16 asks it at 1,000,000; it is as cheap to check everywhere).
  for (const s of summaries.filter((x) => isOurs(x.lib) && x.features)) {
    const names = Object.keys(s.features);
    const failed = names.filter((k) => !s.features[k].ok);
    line(!failed.length, `${fmtInt(s.n)} ${s.lib}`, `features work (${names.join(', ')})`, failed.length ? `failed: ${failed.join(', ')}` : `all ${names.length} in ${s.features.select.runs} run(s)`);
  }
  if (phone?.ours?.ok && phone?.tl3?.ok) {
    const r = phone.ours.firstPaintMs / phone.tl3.firstPaintMs;
    line(r <= 0.5, 'phone', "first paint <= half of TimelineJS3's", `${fmtMs(phone.ours.firstPaintMs)} vs ${fmtMs(phone.tl3.firstPaintMs)} (${r.toFixed(2)}x; empty page ${fmtMs(phone.empty?.firstPaintMs)})`);
  }
  if (phone?.ours?.ok) {
    line(phone.ours.tbtMs <= 100, 'phone', 'total blocking time, navigation to load + 2 s <= 100 ms', `${fmtMs(phone.ours.tbtMs)} (longest task ${fmtMs(phone.ours.maxTaskMs)}; TimelineJS3 ${fmtMs(phone.tl3?.tbtMs)})`);
  }
  if (!rows.length) return '';
  const w = [4, Math.max(...rows.map((r) => r[1].length)), Math.max(...rows.map((r) => r[2].length))];
  const head = ['', 'where', 'target', 'measured (medians over runs)'];
  const fmt = (r) => `  ${pad(r[0], w[0], true)}  ${pad(r[1], w[1], true)}  ${pad(r[2], w[2], true)}  ${r[3]}`.trimEnd();
  const pass = rows.filter((r) => r[0] === 'PASS').length;
  const fail = rows.filter((r) => r[0] === 'FAIL').length;
  return [`Targets (from the issues; medians over runs): ${pass} pass, ${fail} fail`, fmt(head), fmt(['----', '-'.repeat(w[1]), '-'.repeat(w[2]), '-'.repeat(28)]), ...rows.map(fmt)].join('\n');
}

/** Load (long tasks in the first render), the deep protocol, and the feature checks, per N and library. */
function loadAndDeepTable(summaries) {
  const lines = [];
  const cols = [['N', 9, true], ['library', 8, true], ['longest task', 12], ['>200 ms', 7], ['TBT', 9], ['frame gap', 9], ['1st frame', 9],
    ['deep step', 13], ['deep zoom', 13], ['deep pan', 13], ['at last zoom', 20, true]];
  const row = (cells) => cells.map((c, i) => pad(c, cols[i][1], cols[i][2])).join('  ').trimEnd();
  lines.push('Load and the deep protocol. Load: the first render\'s window (construction to its painted frame): its longest main-thread');
  lines.push('  task, tasks over 200 ms, total blocking time (each task\'s time beyond 50 ms), the largest gap between animation frames');
  lines.push('  (cross-check) and the first frame after construction. Deep: 15 zoom-in steps from the whole range to about ten events,');
  lines.push('  then 15 quarter-window pans; med / p95 ms; "at last zoom": events in the view, drawn one by one (clusters).');
  lines.push(row(cols.map((c) => c[0])));
  lines.push(row(cols.map((c) => '-'.repeat(c[1]))));
  for (const s of summaries) {
    if (!s.ok) {
      lines.push(row([fmtInt(s.n), s.lib, s.dnf ? 'DNF' : s.skipped ? 'not attempted' : 'error', '', '', '', '', '', '', '', '']));
      continue;
    }
    const last = s.deepEventsInView == null ? '—' : `${fmtInt(s.deepEventsInView)} in view, ${fmtInt(s.deepDrawnOneByOne)} drawn`;
    lines.push(row([fmtInt(s.n), s.lib, fmtMs(s.loadMaxTaskMs), fmtInt(s.loadOver200), fmtMs(s.loadTbtMs), fmtMs(s.loadMaxGapMs), fmtMs(s.loadFirstFrameMs),
      fmtPair(s.deepMedian, s.deepP95), fmtPair(s.deepZoomMedian, s.deepZoomP95), fmtPair(s.deepPanMedian, s.deepPanP95), last]) +
      (s.deepCheckFailures ? `   (${s.deepCheckFailures} deep step(s) where the drawn counts did not add up to N)` : ''));
  }
  const withFeatures = summaries.filter((s) => s.features);
  if (withFeatures.length) {
    lines.push('');
    lines.push('Features after the load (ours): pass/fail in every run, and the median time of each step to its painted frame (longest task in it):');
    for (const s of withFeatures) {
      const parts = Object.entries(s.features).map(([name, f]) => `${name} ${f.ok ? 'ok' : `FAIL (${f.passed}/${f.runs})`}${f.ms != null ? ` ${fmtMs(f.ms)}` : ''}${f.maxTaskMs ? ` [${fmtMs(f.maxTaskMs)}]` : ''}`);
      lines.push(`  ${pad(`${fmtInt(s.n)} ${s.lib}`, 19, true)} ${parts.join(', ')}`);
    }
  }
  return lines.join('\n');
}

/** The phone run: per page, medians over runs. */
function summarisePhone(records) {
  if (!records?.length) return null;
  const out = {};
  for (const kind of PHONE_PAGES) {
    const rs = records.filter((r) => r.kind === kind);
    if (!rs.length) continue;
    const ok = rs.filter((r) => r.status === 'ok');
    const med = (k) => median(ok.map((r) => r[k]).filter((x) => x != null));
    out[kind] = {
      runs: rs.length, ok: ok.length, errors: rs.filter((r) => r.status !== 'ok').map((r) => r.error ?? r.note),
      firstPaintMs: med('firstPaintMs'), fcpMs: med('fcpMs'), loadMs: med('loadMs'), tbtMs: med('tbtMs'), maxTaskMs: med('maxTaskMs'),
      maxGapMs: med('maxGapMs'), drawn: med('drawn'), version: rs[0].version ?? null,
      firstPaintRange: ok.length ? [Math.min(...ok.map((r) => r.firstPaintMs)), Math.max(...ok.map((r) => r.firstPaintMs))] : null,
      tbtRange: ok.length ? [Math.min(...ok.map((r) => r.tbtMs)), Math.max(...ok.map((r) => r.tbtMs))] : null,
    };
  }
  return out;
}

function phoneTable(phone) {
  if (!phone) return '';
  const names = { empty: 'empty page', ours: 'ours (built-in)', tl3: `TimelineJS3 ${phone.tl3?.version ?? ''}`.trim() };
  const lines = [`Phone run: ${PHONE_VIEWPORT.width}×${PHONE_VIEWPORT.height} at device scale ${PHONE_SCALE}, mobile + touch, CPU throttled ${PHONE_THROTTLE}×; the same 32 events; medians over runs (range).`];
  const cols = [['page', 19, true], ['first paint', 20], ['FCP', 9], ['load', 9], ['TBT to load+2s', 20], ['longest task', 12], ['frame gap', 9], ['drawn', 5]];
  const row = (cells) => cells.map((c, i) => pad(c, cols[i][1], cols[i][2])).join('  ').trimEnd();
  lines.push(row(cols.map((c) => c[0])));
  lines.push(row(cols.map((c) => '-'.repeat(c[1]))));
  const range = (r) => (r ? ` (${fmtStep(r[0])}–${fmtStep(r[1])})` : '');
  for (const kind of PHONE_PAGES) {
    const p = phone[kind];
    if (!p) continue;
    if (!p.ok) {
      lines.push(row([names[kind], 'error', '', '', '', '', '', '']) + `   ${p.errors[0] ?? ''}`);
      continue;
    }
    lines.push(row([names[kind], `${fmtMs(p.firstPaintMs)}${range(p.firstPaintRange)}`, fmtMs(p.fcpMs), fmtMs(p.loadMs), `${fmtMs(p.tbtMs)}${range(p.tbtRange)}`,
      fmtMs(p.maxTaskMs), fmtMs(p.maxGapMs), kind === 'empty' ? '' : fmtInt(p.drawn)]) + (p.ok < p.runs ? `   (${p.ok} of ${p.runs} runs)` : ''));
  }
  lines.push('first paint: navigation to the end of the first painted frame with the timeline in the DOM (ours: an event part; TimelineJS3: a');
  lines.push('  .tl-timemarker). TBT: the sum of each long task\'s time beyond 50 ms, from navigation to two seconds after load. drawn: event');
  lines.push('  parts (ours) or time markers (TimelineJS3) at the end.');
  return lines.join('\n');
}

/** Summaries per (N, library) and the floor, from the raw records. */
function summariseAll(records) {
  const groups = new Map();
  for (const r of records) {
    if (r.lib === 'empty') continue;
    const key = `${r.n}|${r.lib}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  const summaries = [...groups.entries()]
    .map(([key, rs]) => ({ n: Number(key.split('|')[0]), lib: key.split('|')[1], ...summarise(rs) }))
    .sort((a, b) => a.n - b.n || a.lib.localeCompare(b.lib));
  const floorRecords = records.filter((r) => r.lib === 'empty');
  return { summaries, floor: floorRecords.length ? summarise(floorRecords) : null };
}

function printReport(summaries, floor, machine, phone) {
  const text = [summaries.length || floor ? table(summaries, floor) : '', summaries.length ? loadAndDeepTable(summaries) : '', phoneTable(phone)].filter(Boolean).join('\n\n');
  const targets = targetChecks(summaries, floor, phone);
  console.log('');
  console.log(`<conflict-timeline> vs vis-timeline — Chromium ${machine.chromium}, ${machine.cpus} × ${machine.cpu}, ` +
    `${opts.phoneOnly ? '' : `${opts.runs} run(s) per N, seed ${opts.seed}, `}${phone ? `phone ${opts.phoneRuns} run(s) per page, ` : ''}load average ${machine.loadavgStart.join(' ')} → ${machine.loadavgEnd.join(' ')}`);
  console.log('');
  console.log(text);
  if (targets) console.log(`\n${targets}`);
  return { text, targets };
}

// ——— main ———

if (opts.from) {
  const saved = JSON.parse(await readFile(resolve(opts.from), 'utf8'));
  Object.assign(opts, { runs: saved.options.runs, seed: saved.options.seed, cap: saved.options.cap, phoneOnly: !!saved.options.phoneOnly, phoneRuns: saved.options.phoneRuns ?? saved.options.runs });
  const { summaries, floor } = summariseAll(saved.records);
  printReport(summaries, floor, saved.machine, summarisePhone(saved.phoneRecords));
  console.log(`\n(from ${opts.from}, measured ${saved.started})`);
  process.exit(0);
}

const started = new Date();
const load0 = loadavg();
log(`bench: building the element bundle (esbuild, minified, production conditions)…`);
const oursBundle = await bundleOurs();
if (!existsSync(VIS_FILE)) {
  console.error(`missing ${relative(ROOT, VIS_FILE)} (vis-timeline is a devDependency: npm ci)`);
  process.exit(1);
}
let phoneFiles = null;
if (opts.phone) {
  if (!existsSync(join(TL3_DIST, 'js/timeline.js'))) {
    console.error(`missing ${relative(ROOT, TL3_DIST)}/js/timeline.js (@knight-lab/timelinejs is a devDependency: npm ci), or run with --no-phone`);
    process.exit(1);
  }
  log('bench: building the single-file bundle for the phone run…');
  const tl3 = await tl3Page(ROOT, PAGES);
  phoneFiles = { bundle: await bundleForPhone(ROOT), tl3Html: tl3.html, tl3Events: tl3.events, tl3Version: tl3.version };
}
const { server, base } = await startServer(oursBundle, phoneFiles);
if (!opts.phoneOnly) {
  log(`bench: serving on ${base}; ${opts.runs} run(s) × sizes ${opts.sizes.join(', ')} × ${opts.libs.join(', ')}${opts.floor ? ' + empty page' : ''}; seed ${opts.seed}`);
}

const records = [];
const dnfAt = new Set(); // `${lib}|${n}` that did not finish: later runs are skipped unless --retry-dnf
const phoneRecords = [];
let interrupted = false;
process.on('SIGINT', () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  log('bench: interrupted; finishing the current run and writing what was measured (Ctrl+C again to quit)');
});

outer: for (let run = 1; run <= (opts.phoneOnly ? 0 : opts.runs); run++) {
  const jobs = [...(opts.floor ? [['empty', 0]] : []), ...opts.sizes.flatMap((n) => [...opts.libs.map((lib) => [lib, n]), ...(opts.srcSizes.includes(n) ? [['ours-json', n], ['ours-csv', n]].filter(([l]) => !opts.libs.includes(l)) : [])])];
  for (const [lib, n] of jobs) {
    if (interrupted) break outer;
    if (dnfAt.has(`${lib}|${n}`) && !opts.retryDnf) {
      records.push({ lib, n, run, status: 'skipped', note: 'an earlier run did not finish' });
      continue;
    }
    // vis-timeline is not given more than --vis-max events, nor more than it failed to draw in this run.
    const dnfBelow = lib === 'vis' && [...dnfAt].some((k) => k.startsWith('vis|') && Number(k.split('|')[1]) < n);
    if (lib === 'vis' && (n > opts.visMax || dnfBelow)) {
      const note = `not attempted: ${dnfBelow ? 'it did not finish at a smaller N in this run' : `above --vis-max ${fmtInt(opts.visMax)} (it does not finish at 100,000)`}`;
      records.push({ lib, n, run, status: 'skipped', note });
      if (run === 1) log(`  run ${run}/${opts.runs}  vis   N=${pad(fmtInt(n), 9)}  ${note}`);
      continue;
    }
    const r = await runOnce(base, lib, n, run);
    records.push(r);
    if (r.status === 'dnf') dnfAt.add(`${lib}|${n}`);
    const s = summarise([r]);
    const what = r.status === 'ok'
      ? `first render ${fmtMs(r.firstRenderMs)}, prog ${fmtPair(s.progMedian, s.progP95)}, wheel ${fmtPair(s.wheelMedian, s.wheelP95)}, drag ${fmtPair(s.dragMedian, s.dragP95)} ms, ` +
        `DOM ${fmtInt(r.dom?.total)}, heap ${s.heapMB?.toFixed(1)} MB, drawn=N ${r.accountsForAll ? 'yes' : 'NO'}${r.stepCheckFailures?.length ? ` (${r.stepCheckFailures.length} step mismatch)` : ''}`
      : `${r.status}: ${r.note ?? r.error}`;
    const extra = r.status === 'ok' && lib !== 'empty'
      ? `\n      load: longest task ${fmtMs(r.load?.maxTaskMs)}, ${fmtInt(r.load?.over200)} over 200 ms, TBT ${fmtMs(r.load?.tbtMs)}, frame gap ${fmtMs(r.load?.frames?.maxGapMs)}; ` +
        `deep ${fmtPair(s.deepMedian, s.deepP95)} ms (${fmtInt(s.deepEventsInView)} events in the last zoom, ${fmtInt(s.deepDrawnOneByOne)} drawn)` +
        (r.features ? `; features ${Object.entries(r.features).map(([k, f]) => `${k} ${f.ok ? 'ok' : 'FAIL'}`).join(', ')}` : '')
      : '';
    log(`  run ${run}/${opts.runs}  ${pad(lib, 9, true)} N=${pad(fmtInt(n), 9)}  ${what}  [${r.wallSeconds} s]${extra}`);
    for (const e of r.pageErrors.slice(0, 3)) log(`      page: ${e}`);
  }
}

// The phone run: each page in turn, run after run, each in a fresh browser.
if (opts.phone && !interrupted) {
  log(`bench: phone run, ${opts.phoneRuns} run(s) × ${PHONE_PAGES.join(', ')} (${PHONE_VIEWPORT.width}×${PHONE_VIEWPORT.height}, CPU ${PHONE_THROTTLE}× slower; TimelineJS3 gets ${phoneFiles.tl3Events} events)`);
  phone: for (let run = 1; run <= opts.phoneRuns; run++) {
    for (const kind of PHONE_PAGES) {
      if (interrupted) break phone;
      const r = await runPhone({ chromium, executablePath: CHROME, args: CHROMIUM_ARGS, base, kind, run, capMs: opts.cap * 1000, version: kind === 'tl3' ? phoneFiles.tl3Version : null });
      phoneRecords.push(r);
      const what = r.status === 'ok'
        ? `first paint ${fmtMs(r.firstPaintMs)}, FCP ${fmtMs(r.fcpMs)}, load ${fmtMs(r.loadMs)}, TBT ${fmtMs(r.tbtMs)}, longest task ${fmtMs(r.maxTaskMs)}, frame gap ${fmtMs(r.maxGapMs)}${r.drawn != null ? `, drawn ${r.drawn}` : ''}`
        : `${r.status}: ${r.note ?? r.error}`;
      log(`  phone ${run}/${opts.phoneRuns}  ${pad(kind, 5, true)}  ${what}  [${r.wallSeconds} s]`);
      for (const e of r.pageErrors.slice(0, 3)) log(`      page: ${e}`);
    }
  }
}
server.close();
const phone = summarisePhone(phoneRecords);

const { summaries, floor } = summariseAll(records);

const finished = new Date();
const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? '?',
  memGB: round(totalmem() / 2 ** 30, 1),
  platform: `${platform()} ${release()}`,
  node: process.version,
  chromium: [...records, ...phoneRecords].find((r) => r.browserVersion)?.browserVersion ?? '?',
  loadavgStart: load0.map((x) => round(x)),
  loadavgEnd: loadavg().map((x) => round(x)),
};

const { text, targets } = printReport(summaries, floor, machine, phone);

await mkdir(RESULTS, { recursive: true });
const stamp = started.toISOString().replace(/[:]/g, '').replace(/\..*/, '');
const outFile = opts.out ? resolve(opts.out) : join(RESULTS, `bench-${stamp}.json`);
const json = {
  started: started.toISOString(),
  finished: finished.toISOString(),
  seconds: round((finished - started) / 1000, 1),
  options: opts,
  machine,
  chromeArgs: CHROME_ARGS,
  viewport: VIEWPORT,
  protocol: {
    dataset: 'N events {id, date, title, category}: mulberry32(seed) date-times to the minute over 2015-01-01..2025-01-01 UTC, unsorted; 5 categories',
    firstRender: 'construction to the end of the first painted frame (rAF + macrotask) after the library reports it has drawn',
    programmatic: '15 zoom-in windows (halved around the centre of the data extent) then 15 pan windows (+1/4 window each), same windows for both libraries',
    input: '15 Ctrl+wheel notches (deltaY -100) over the chart centre, then 15 mouse-drag moves of 30 px; from the event timestamp to the next painted frame after the view changed',
    vis: "new vis.DataSet(items) + new vis.Timeline(el, items, {zoomKey: 'ctrlKey'}); items {id, content: title, start: date, className: category}",
    load: "long tasks (PerformanceObserver 'longtask', buffered) overlapping the first render's window; largest gap between requestAnimationFrame callbacks in it",
    deep: '15 zoom-in windows of one ratio from the whole range, anchored at the median event, down to 1.25x the span of the 10 events around it; then 15 pans of +1/4 window; timed like the programmatic steps',
    features: 'ours, after the real input: select + detail, ArrowRight + Enter, deep link written and read, category filter, exportCSV rows, table view and back, filter cleared',
    phone: `built-in article timeline (single-file bundle, no data) vs TimelineJS3 ${phoneFiles?.tl3Version ?? ''} on data/ukraine-2022.timelinejs.json vs an empty page; ${PHONE_VIEWPORT.width}x${PHONE_VIEWPORT.height} scale ${PHONE_SCALE}, mobile, touch, CPU throttled ${PHONE_THROTTLE}x; fresh browser per page and run; off-host requests refused`,
  },
  floor,
  summaries,
  phone,
  table: text,
  targets,
  records,
  phoneRecords,
};
await writeFile(outFile, JSON.stringify(json, null, 1));
await copyFile(outFile, join(RESULTS, 'latest.json'));
console.log(`\nJSON with every raw sample: ${relative(process.cwd(), outFile)}`);
if (interrupted) process.exit(130);
