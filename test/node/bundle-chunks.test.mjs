// The bundle policy (issue 12): the self-contained bundle leaves the built-in dataset to a chunk of its own, which
// the browser fetches from beside the bundle, from any path, only when the element is given no data.
//
//   node --test test/node/bundle-chunks.test.mjs        (about 20 s; builds dist/, then drives Chromium)
//
// 1. `node build.config.mjs` (what `npm run build` runs), in a copy of src/, data/ and the build script in a
//    temporary folder (so that it never races consumer.test.mjs, whose `npm pack` builds the repo's dist/): exit 0,
//    nothing on stdout (so `npm pack --json`, which builds in prepack, prints only JSON), the sizes of the entry and
//    the data chunk on stderr.
// 2. The npm build leaves lit and the d3 modules as imports, and reaches dist/builtin-data.js only by import().
// 3. dist/ served by a plain static server under a CDN-like sub-path (/cdn/conflict-timeline@1/dist/), in pages
//    that hold nothing but the <script type="module"> and the tag: with no data, the chunk comes from that
//    sub-path and every built-in event is drawn; given `events` before the element upgrades, or `src`, the chunk
//    is never requested.
//
// CHROME_PATH overrides /usr/bin/chromium; KEEP_BUILD=1 keeps the temporary folder. The browser tests are skipped
// (not passed) when Chromium is missing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The copy that is built: src/, data/, build.config.mjs and package.json, with the repo's node_modules linked. */
const WORK = mkdtempSync(join(tmpdir(), 'conflict-timeline-bundle-'));
const DIST = join(WORK, 'dist');
const BUILTIN_EVENTS = JSON.parse(readFileSync(join(REPO, 'data/ukraine-2022.json'), 'utf8')).events.length;
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
/** Where the pages load dist/ from: a sub-path, as on a CDN, so nothing can work by resolving against the root. */
const CDN = '/cdn/conflict-timeline@1/dist/';
const chromiumMissing = !existsSync(CHROMIUM_PATH) && `Chromium is not installed at ${CHROMIUM_PATH} (set CHROME_PATH)`;

let buildOutput;
before(async () => {
  for (const path of ['src', 'data', 'build.config.mjs', 'package.json']) cpSync(join(REPO, path), join(WORK, path), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(WORK, 'node_modules'), 'dir');
  buildOutput = await new Promise((done) => {
    execFile(process.execPath, ['build.config.mjs'], { cwd: WORK, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? error.code : 0, stdout, stderr });
    });
  });
  assert.equal(buildOutput.code, 0, `node build.config.mjs failed:\n${buildOutput.stdout}\n${buildOutput.stderr}`);
});
after(() => {
  if (!process.env.KEEP_BUILD) rmSync(WORK, { recursive: true, force: true });
});

/** The chunks under dist/chunks/ that hold the built-in dataset (its first event's title is in the file). */
function dataChunks() {
  const firstTitle = JSON.parse(readFileSync(join(REPO, 'data/ukraine-2022.json'), 'utf8')).events[0].title;
  return readdirSync(join(DIST, 'chunks'))
    .filter((f) => f.endsWith('.js') && readFileSync(join(DIST, 'chunks', f), 'utf8').includes(firstTitle))
    .map((f) => `chunks/${f}`);
}

describe('the build', () => {
  test('prints the sizes on stderr and nothing on stdout', () => {
    assert.equal(buildOutput.stdout, '', 'the build printed on stdout (it breaks `npm pack --json`)');
    assert.match(buildOutput.stderr, /size, gzip -9: dist\/conflict-timeline\.bundle\.js \d+\.\d KiB .*budget 75 KiB; \d+\.\d KiB (under|over) the 60 KiB aim/);
    assert.match(buildOutput.stderr, /size, gzip -9: dist\/chunks\/builtin-data-\w+\.js \d+\.\d KiB/);
    assert.deepEqual(pkg.budget, { entryGzipKiB: 75, entryAimKiB: 60 }, 'package.json "budget"');
  });

  test('the bundle leaves the dataset to one chunk, imported dynamically and relative to the bundle', () => {
    const chunks = dataChunks();
    assert.equal(chunks.length, 1, `chunks holding the built-in dataset: ${chunks}`);
    const bundle = readFileSync(join(DIST, 'conflict-timeline.bundle.js'), 'utf8');
    const firstTitle = JSON.parse(readFileSync(join(REPO, 'data/ukraine-2022.json'), 'utf8')).events[0].title;
    assert.ok(!bundle.includes(firstTitle), 'the built-in dataset is inside the bundle');
    assert.ok(bundle.includes(`import("./${chunks[0]}")`), `the bundle does not import("./${chunks[0]}")`);
  });

  test('the bundle imports nothing statically (a second request on every page), and lazily only the data chunk and the CSV reader', async () => {
    const result = await build({
      entryPoints: [join(DIST, 'conflict-timeline.bundle.js')],
      bundle: true,
      write: false,
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: WORK,
    });
    const imports = result.metafile.inputs['dist/conflict-timeline.bundle.js'].imports.map((i) => `${i.kind} ${i.path}`).sort();
    const csvChunks = readdirSync(join(DIST, 'chunks')).filter((f) => /^csv-import-.*\.js$/.test(f)).map((f) => `chunks/${f}`);
    assert.equal(csvChunks.length, 1, 'one chunk holds the CSV reader (fetched only when a CSV file arrives)');
    assert.deepEqual(imports, [`dynamic-import dist/${csvChunks[0]}`, `dynamic-import dist/${dataChunks()[0]}`].sort());
  });

  test('the npm build keeps lit and the d3 modules as imports and reaches builtin-data.js only through import()', async () => {
    const result = await build({
      entryPoints: [join(DIST, 'index.js')],
      bundle: true,
      write: false,
      format: 'esm',
      packages: 'external',
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: WORK,
    });
    const inputs = result.metafile.inputs;
    const outside = Object.keys(inputs).filter((f) => !f.startsWith('dist/'));
    assert.deepEqual(outside, [], 'the npm modules reach files outside dist/');
    const imports = Object.entries(inputs).flatMap(([from, input]) => input.imports.map((i) => ({ from, ...i })));
    const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    const bare = [...new Set(imports.filter((i) => i.external).map((i) => packageOf(i.path)))].sort();
    assert.ok(bare.includes('lit'), `bare imports of the npm build: ${bare}`);
    for (const name of bare) assert.ok(name in pkg.dependencies, `the npm build imports ${name}, which is not in "dependencies"`);
    // What src/ imports from d3 stays an import in dist/ (not one d3 module inlined).
    const d3InSource = [...new Set(listFiles(join(WORK, 'src')).filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^import\s+(?!type\s)[^;]*?from\s+['"](d3-[\w-]+)['"]/gm)].map((m) => m[1])))].sort();
    assert.deepEqual(bare.filter((n) => n.startsWith('d3-')), d3InSource, 'd3 modules imported by src/ and by dist/');
    // Lit's own code carries this global's name: none of it may be in the npm build.
    const lit = listFiles(DIST).filter((f) => f.endsWith('.js') && !f.includes('bundle') && !f.includes(`${sep}chunks${sep}`))
      .filter((f) => readFileSync(f, 'utf8').includes('reactiveElementVersions'));
    assert.deepEqual(lit, [], 'npm modules with lit inlined');

    const data = imports.filter((i) => i.path === 'dist/builtin-data.js').map((i) => `${i.from} ${i.kind}`);
    assert.ok(data.length > 0, 'no npm module imports dist/builtin-data.js');
    for (const line of data) assert.match(line, / dynamic-import$/, 'dist/builtin-data.js must be imported lazily');
  });
});

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

// ------------------------------------------------------------------------------------------ in the browser

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

/**
 * A plain static server on 127.0.0.1: dist/ under CDN, the test's pages at /<name>.html, and one dataset at
 * /my-events.json. `requests` records every path asked for, in order.
 */
async function serve(pages) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const send = (type, body) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (pages[path]) return send(TYPES['.html'], pages[path]);
    if (path === '/my-events.json') return send(TYPES['.json'], JSON.stringify(MY_DATA));
    const file = path.startsWith(CDN) && normalize(join(DIST, path.slice(CDN.length)));
    if (!file || !file.startsWith(DIST + sep) || !existsSync(file)) return res.writeHead(404).end('not found');
    send(TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

const MY_EVENTS = [
  { id: 'a', date: '2024-05-01', title: 'First of mine' },
  { id: 'b', date: '2024-05-09', title: 'Second of mine' },
  { id: 'c', date: '2024-06-02', title: 'Third of mine' },
];
const MY_DATA = { title: 'My events', events: MY_EVENTS };

const page = (body) => `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8"><title>bundle from a CDN path</title><link rel="icon" href="data:,"></head>
  <body style="margin: 0; width: 1200px">
    ${body}
  </body>
</html>
`;
const SCRIPT = `<script type="module" src="${CDN}conflict-timeline.bundle.js"></script>`;
const PAGES = {
  '/builtin.html': page(`${SCRIPT}\n    <conflict-timeline></conflict-timeline>`),
  // Module scripts run in document order: the first sets `events` while the element is not yet defined.
  '/events.html': page(`<conflict-timeline></conflict-timeline>
    <script type="module">document.querySelector('conflict-timeline').events = ${JSON.stringify(MY_EVENTS)};</script>
    ${SCRIPT}`),
  '/src.html': page(`${SCRIPT}\n    <conflict-timeline src="/my-events.json"></conflict-timeline>`),
};

describe('dist/ from a CDN-like path, in Chromium', { skip: chromiumMissing, timeout: 120_000 }, () => {
  let browser;
  let server;

  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    server = await serve(PAGES);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page, waits for `count` event buttons and for the network to settle; returns what it saw and fetched. */
  async function open(path, count) {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      const problems = [];
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      tab.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
      tab.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()} for ${response.url()}`));
      const first = server.requests.length;
      await tab.goto(server.origin + path);
      const buttons = () => document.querySelector('conflict-timeline')?.shadowRoot?.querySelectorAll('button[part~="event"]').length ?? 0;
      await tab.waitForFunction(`(${buttons})() === ${count}`, null, { timeout: 20_000 }).catch(async (error) => {
        throw new Error(`${await tab.evaluate(buttons)} event buttons, not ${count}; ${problems.join('; ') || 'no error in the page'} (${error.message})`);
      });
      await tab.waitForLoadState('networkidle');
      const titles = await tab.evaluate(() => [...document.querySelector('conflict-timeline').shadowRoot.querySelectorAll('button[part~="event"]')]
        .map((b) => b.getAttribute('aria-label')));
      return { problems, titles, fetched: server.requests.slice(first).filter((p) => /\.(js|json)$/.test(p)) };
    } finally {
      await tab.close();
    }
  }

  test('with no data, the bundle fetches its data chunk from its own path and draws every built-in event', async () => {
    const [chunk] = dataChunks();
    const seen = await open('/builtin.html', BUILTIN_EVENTS);
    assert.deepEqual(seen.problems, [], 'errors in the page');
    assert.equal(seen.titles.length, BUILTIN_EVENTS, 'event buttons drawn, against data/ukraine-2022.json');
    assert.deepEqual(seen.fetched, [`${CDN}conflict-timeline.bundle.js`, `${CDN}${chunk}`], 'files the page fetched');
  });

  test('given events before it upgrades, the element never requests the data chunk', async () => {
    const seen = await open('/events.html', MY_EVENTS.length);
    assert.deepEqual(seen.problems, [], 'errors in the page');
    assert.ok(seen.titles.every((t) => / of mine, \d of 3$/.test(t)), `buttons: ${seen.titles}`);
    assert.deepEqual(seen.fetched, [`${CDN}conflict-timeline.bundle.js`], 'files the page fetched');
  });

  test('the d3-zoom in the bundle (with its d3-transition stand-in) zooms on Ctrl+wheel, pans on a drag and on the zoom buttons, with no error', async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      const problems = [];
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      tab.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
      await tab.goto(`${server.origin}/builtin.html`);
      await tab.waitForFunction(() => document.querySelector('conflict-timeline')?.shadowRoot?.querySelector('.plot button[part~="event"]'), null, { timeout: 20_000 });
      const view = () => tab.evaluate(() => {
        const el = document.querySelector('conflict-timeline');
        return el.updateComplete.then(() => [Date.parse(el.start), Date.parse(el.end)]);
      });
      const fit = await view();
      assert.ok(fit.every(Number.isNaN), 'the fitted view leaves start and end empty');
      const plot = await tab.evaluate(() => {
        const r = document.querySelector('conflict-timeline').shadowRoot.querySelector('.plot').getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      // Ctrl + wheel over the plot: d3-zoom's wheel handler (which interrupts any transition first).
      await tab.mouse.move(plot.x, plot.y);
      await tab.keyboard.down('Control');
      for (let i = 0; i < 3; i++) await tab.mouse.wheel(0, -100);
      await tab.keyboard.up('Control');
      await tab.waitForTimeout(300);
      const zoomed = await view();
      assert.ok(zoomed.every(Number.isFinite), `Ctrl+wheel zooms in from the fit: start and end now say where (${zoomed})`);
      // A mouse drag pans (written through zoom.translateBy, which calls selection.interrupt()).
      await tab.mouse.move(plot.x, plot.y);
      await tab.mouse.down();
      for (let i = 1; i <= 10; i++) await tab.mouse.move(plot.x + i * 20, plot.y);
      await tab.mouse.up();
      const dragged = await view();
      // start/end name whole days for date-only data: the window moved earlier when neither edge moved later and one did.
      assert.ok(dragged[0] <= zoomed[0] && dragged[1] <= zoomed[1] && dragged[0] + dragged[1] < zoomed[0] + zoomed[1], `dragging right shows earlier days: ${zoomed} → ${dragged}`);
      // The element's own zoom (zoomTo and fit write zoom.transform on the selection).
      const drawn = () => tab.evaluate(async () => {
        const el = document.querySelector('conflict-timeline');
        await el.updateComplete;
        return el.shadowRoot.querySelectorAll('.plot button[part~="event"]').length;
      });
      assert.ok((await drawn()) < BUILTIN_EVENTS, 'zoomed in, some events are out of view');
      await tab.evaluate(() => document.querySelector('conflict-timeline').fit());
      assert.equal(await drawn(), BUILTIN_EVENTS, 'fit() shows every event again');
      assert.deepEqual(problems, [], 'errors in the page');
    } finally {
      await tab.close();
    }
  });

  test('given src, the element fetches that and never the data chunk', async () => {
    const seen = await open('/src.html', MY_EVENTS.length);
    assert.deepEqual(seen.problems, [], 'errors in the page');
    assert.ok(seen.titles.every((t) => / of mine, \d of 3$/.test(t)), `buttons: ${seen.titles}`);
    assert.deepEqual(seen.fetched, [`${CDN}conflict-timeline.bundle.js`, '/my-events.json'], 'files the page fetched');
  });
});
