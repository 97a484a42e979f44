// What a user of the npm package does, end to end. Must pass before any release.
//
//   node --test test/node/consumer.test.mjs        (about a minute; needs Chromium and the npm registry or cache)
//
// 1. `npm pack` (its `prepack` script runs the build: dist/ and custom-elements.json are rewritten in the repo).
// 2. A new project in a temporary folder installs the tarball with npm (lit and the d3 modules come from the registry or
//    npm's cache), imports `conflict-timeline` and `conflict-timeline/conflict-timeline.js`, and is bundled with
//    esbuild. Chromium loads the page from a static server on 127.0.0.1: the element must draw every built-in event.
// 3. The same page without a build step: the tarball's dist/conflict-timeline.bundle.js in a <script type="module">,
//    with dist/chunks/ beside it (the built-in dataset's chunk, fetched because the page gives no data).
// 4. The tarball's types: the project type-checks without React or Vue installed, then React JSX and Vue's
//    GlobalComponents type-check the tag (with the repo's @types/react and vue linked in).
//
// CHROME_PATH overrides /usr/bin/chromium; KEEP_CONSUMER=1 keeps the temporary folder. The tests are skipped
// (not passed) when Chromium is missing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = CHROMIUM_PATH;
const BUILTIN_EVENTS = JSON.parse(readFileSync(join(REPO, 'data/ukraine-2022.json'), 'utf8')).events.length;
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const run = promisify(execFile);

/** Runs a command; on failure, the error says what it printed. */
async function sh(command, args, options) {
  try {
    return await run(command, args, { maxBuffer: 64 * 1024 * 1024, ...options });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${error.code}):\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

/** A static file server for one folder on 127.0.0.1; `requests` records every path asked for. */
async function serve(root) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

const PAGE = (script) => `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8"><title>consumer</title><link rel="icon" href="data:,"></head>
  <body style="margin: 0; width: 1200px">
    <conflict-timeline></conflict-timeline>
    ${script}
  </body>
</html>
`;

/** Opens the page in Chromium and reports what a reader would see: the event buttons in the shadow root. */
async function load(chromium, url) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    await page.goto(url);
    await page.waitForFunction(() => (document.querySelector('conflict-timeline')?.shadowRoot?.querySelectorAll('button.event').length ?? 0) > 0, null, { timeout: 20000 });
    const seen = await page.evaluate(async () => {
      const el = document.querySelector('conflict-timeline');
      await el.updateComplete;
      const buttons = [...el.shadowRoot.querySelectorAll('button.event')];
      return {
        defined: customElements.get('conflict-timeline') === el.constructor,
        className: el.constructor.name,
        events: buttons.length,
        firstLabel: buttons[0]?.getAttribute('aria-label') ?? '',
        region: el.shadowRoot.querySelector('[part~="base"]')?.getAttribute('aria-label') ?? '',
        page: window.__consumer ?? null,
      };
    });
    return { ...seen, problems };
  } finally {
    await browser.close();
  }
}

const chromiumMissing = !existsSync(CHROMIUM) && `Chromium is not installed at ${CHROMIUM} (set CHROME_PATH)`;

describe('the packed package, as a user installs it', { skip: chromiumMissing, timeout: 600_000 }, () => {
  let work;
  let project;
  let tarball;
  let packed;
  let chromium;

  before(async () => {
    ({ chromium } = await import('playwright-core'));
    work = mkdtempSync(join(tmpdir(), 'conflict-timeline-consumer-'));
    // npm pack runs `prepack` (the build) and leaves the tarball in work/.
    await sh('npm', ['pack', '--pack-destination', work, '--loglevel', 'error'], { cwd: REPO });
    const name = readdirSync(work).find((f) => f.endsWith('.tgz'));
    assert.ok(name, 'npm pack wrote no tarball');
    tarball = join(work, name);
    packed = (await sh('tar', ['-tzf', tarball])).stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));

    project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
    // lit and the d3 modules come from npm's cache when it has them, else from the registry.
    await sh('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel', 'error'], { cwd: project });
  });

  after(() => {
    if (work && !process.env.KEEP_CONSUMER) rmSync(work, { recursive: true, force: true });
  });

  test('the tarball holds the build, the data, the manifest and the types, and no sources or tests', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'data/ukraine-2022.json',
      'dist/index.js', 'dist/index.d.ts', 'dist/conflict-timeline.js', 'dist/conflict-timeline.d.ts', 'dist/jsx.d.ts',
      'dist/define.js', 'dist/conflict-timeline.bundle.js', 'dist/builtin-data.js']) {
      assert.ok(packed.includes(file), `the tarball lacks ${file}`);
    }
    // The chunks the bundle imports (the built-in dataset) ship with it.
    const bundleSource = readFileSync(join(project, 'node_modules/conflict-timeline/dist/conflict-timeline.bundle.js'), 'utf8');
    const chunks = [...bundleSource.matchAll(/import\("\.\/(chunks\/[\w.-]+\.js)"\)/g)].map((m) => `dist/${m[1]}`);
    assert.ok(chunks.length > 0, 'the bundle imports no chunk: is the built-in dataset inside it?');
    for (const chunk of chunks) assert.ok(packed.includes(chunk), `the tarball lacks ${chunk}, which the bundle imports`);
    const stray = packed.filter((f) => /^(src|test|demo|node_modules)\//.test(f) || f.endsWith('.ts') && !f.endsWith('.d.ts'));
    assert.deepEqual(stray, [], 'files in the tarball that users should not get');
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/conflict-timeline/package.json'), 'utf8'));
    assert.equal(installed.version, pkg.version);
    assert.equal(installed.customElements, 'custom-elements.json');
    // Tools import what the manifest names: every module it lists is a file in the package, and the tag is defined.
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/conflict-timeline/custom-elements.json'), 'utf8'));
    const paths = manifest.modules.map((m) => m.path);
    assert.ok(paths.includes('dist/conflict-timeline.js'), `module paths: ${paths}`);
    for (const path of paths) assert.ok(packed.includes(path), `the manifest names ${path}, which is not in the package`);
    const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
    assert.deepEqual(definitions.map((d) => [d.name, d.declaration.name, d.declaration.module]), [['conflict-timeline', 'ConflictTimeline', 'dist/conflict-timeline.js']]);
    for (const dependency of Object.keys(pkg.dependencies)) {
      assert.ok(existsSync(join(project, 'node_modules', dependency, 'package.json')), `npm did not install ${dependency}`);
    }
  });

  test('bundled with esbuild from `import "conflict-timeline"`, it draws every built-in event in Chromium', async () => {
    const site = join(project, 'site');
    mkdirSync(site, { recursive: true });
    writeFileSync(join(project, 'main.js'), `import 'conflict-timeline';
import { ConflictTimeline } from 'conflict-timeline/conflict-timeline.js';
import { parseDate } from 'conflict-timeline';

window.__consumer = {
  sameClass: customElements.get('conflict-timeline') === ConflictTimeline,
  parsed: parseDate('2022-02-24').range !== undefined,
};
`);
    const result = await build({
      absWorkingDir: project,
      entryPoints: ['main.js'],
      outfile: join(site, 'main.js'),
      bundle: true,
      format: 'esm',
      target: 'es2022',
      logLevel: 'silent',
      metafile: true,
    });
    // The bundle was made from the installed package, not from the repo.
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((i) => i.startsWith('node_modules/conflict-timeline/dist/')), `esbuild's inputs: ${inputs.join(', ')}`);
    assert.ok(inputs.some((i) => i.startsWith('node_modules/lit')), 'lit comes from the project');
    writeFileSync(join(site, 'index.html'), PAGE('<script type="module" src="./main.js"></script>'));

    const server = await serve(site);
    try {
      const seen = await load(chromium, server.url);
      assert.deepEqual(seen.problems, [], 'errors in the page');
      assert.equal(seen.defined, true, '<conflict-timeline> is defined by the package');
      assert.deepEqual(seen.page, { sameClass: true, parsed: true }, 'the two entry points give the same class');
      assert.equal(seen.events, BUILTIN_EVENTS, 'event buttons drawn, against data/ukraine-2022.json');
      assert.match(seen.firstLabel, /^\d{1,2} February 2022, /);
      assert.ok(seen.region.length > 0, 'the region is named after the dataset');
    } finally {
      await server.close();
    }
  });

  test("the tarball's dist/conflict-timeline.bundle.js works from a plain <script type=\"module\">", async () => {
    const site = join(work, 'static');
    mkdirSync(site);
    const dist = join(project, 'node_modules/conflict-timeline/dist');
    writeFileSync(join(site, 'conflict-timeline.bundle.js'), readFileSync(join(dist, 'conflict-timeline.bundle.js')));
    cpSync(join(dist, 'chunks'), join(site, 'chunks'), { recursive: true });
    writeFileSync(join(site, 'index.html'), PAGE('<script type="module" src="/conflict-timeline.bundle.js"></script>'));

    const server = await serve(site);
    try {
      const seen = await load(chromium, server.url);
      assert.deepEqual(seen.problems, [], 'errors in the page');
      assert.equal(seen.defined, true);
      assert.equal(seen.events, BUILTIN_EVENTS, 'event buttons drawn, against data/ukraine-2022.json');
      // One self-contained file and, as the page gives no data, the built-in dataset's chunk: nothing else.
      const scripts = server.requests.filter((p) => p.endsWith('.js') || p.endsWith('.json') || p.endsWith('.csv'));
      assert.equal(scripts.length, 2, `files the page fetched: ${scripts}`);
      assert.equal(scripts[0], '/conflict-timeline.bundle.js', 'files the page fetched');
      assert.match(scripts[1], /^\/chunks\/builtin-data-\w+\.js$/, 'files the page fetched');
    } finally {
      await server.close();
    }
  });

  test("the tarball's types: a project without React or Vue type-checks; React JSX and Vue's GlobalComponents type the tag", async () => {
    const tsc = join(REPO, 'node_modules/.bin/tsc');
    const compilerOptions = {
      target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2023', 'dom', 'dom.iterable'],
      strict: true, noEmit: true, skipLibCheck: false, types: [],
    };

    // (a) Plain TypeScript, nothing but the package installed: no error from its declarations (skipLibCheck off).
    writeFileSync(join(project, 'plain.ts'), `import 'conflict-timeline';
import { ConflictTimeline, type TimelineEvent, type ConflictTimelineProps } from 'conflict-timeline';
import { ConflictTimeline as Same } from 'conflict-timeline/conflict-timeline.js';

const el = document.querySelector('conflict-timeline');
const events: TimelineEvent[] = [{ id: 'a', date: '2022-02-24', title: 'A' }];
if (el) {
  el.events = events;
  el.layout = 'vertical';
  el.addEventListener('conflict-timeline-select', (e) => console.log(e.detail?.title));
  el.addEventListener('conflict-timeline-load', (e) => console.log(e.detail.count));
  // @ts-expect-error layout is 'auto' | 'horizontal' | 'vertical'
  el.layout = 'diagonal';
}
const props: ConflictTimelineProps = { layout: 'horizontal', events };
const same: typeof ConflictTimeline = Same;
console.log(props, same);
`);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['plain.ts'] }, null, 2));
    const plain = await run(tsc, ['-p', 'tsconfig.json'], { cwd: project }).then(() => '', (e) => `${e.stdout}${e.stderr}`);
    assert.equal(plain, '', 'tsc on a project without React or Vue');

    // (b) React 19 JSX and Vue: the repo's @types/react and vue, linked into the project.
    for (const name of ['@types/react', 'vue']) {
      mkdirSync(dirname(join(project, 'node_modules', name)), { recursive: true });
      symlinkSync(join(REPO, 'node_modules', name), join(project, 'node_modules', name), 'dir');
    }
    writeFileSync(join(project, 'app.tsx'), `import { useState } from 'react';
import 'conflict-timeline';
import type { TimelineEvent } from 'conflict-timeline';

export function Timeline({ events }: { events: TimelineEvent[] }) {
  const [selected, setSelected] = useState<TimelineEvent | null>(null);
  return (
    <>
      <conflict-timeline
        events={events}
        layout="horizontal"
        categories="military,diplomacy"
        hideOverview
        timeZone="Europe/Kyiv"
        className="timeline"
        style={{ height: 480 }}
        ref={(el) => el?.fit()}
        onconflict-timeline-select={(e) => setSelected(e.detail)}
        onconflict-timeline-range-change={(e) => console.log(e.detail.start, e.detail.end)}
      />
      {/* @ts-expect-error layout is 'auto' | 'horizontal' | 'vertical' */}
      <conflict-timeline layout="diagonal" />
      {/* @ts-expect-error the detail of conflict-timeline-select is a TimelineEvent or null */}
      <conflict-timeline onconflict-timeline-select={(e: CustomEvent<number>) => e.detail.toFixed()} />
      {/* @ts-expect-error not a property of the element */}
      <conflict-timeline colour="red" />
      <p>{selected ? selected.title : 'Nothing selected'}</p>
    </>
  );
}
`);
    writeFileSync(join(project, 'vue.ts'), `import type { GlobalComponents } from 'vue';
import 'conflict-timeline';

type Props = InstanceType<GlobalComponents['conflict-timeline']>['$props'];
export const ok: Props = { events: [], layout: 'vertical', class: 'timeline', onConflictTimelineSelect: (e) => console.log(e.detail?.id) };
// @ts-expect-error layout is 'auto' | 'horizontal' | 'vertical'
export const bad: Props = { layout: 'diagonal' };
`);
    writeFileSync(join(project, 'tsconfig.frameworks.json'), JSON.stringify({
      compilerOptions: { ...compilerOptions, jsx: 'react-jsx', types: [] },
      files: ['app.tsx', 'vue.ts'],
    }, null, 2));
    const frameworks = await run(tsc, ['-p', 'tsconfig.frameworks.json'], { cwd: project }).then(() => '', (e) => `${e.stdout}${e.stderr}`);
    // Errors inside React's or Vue's own declarations (skipLibCheck is off) are theirs, not ours.
    const ours = frameworks.split('\n').filter((l) => /error TS/.test(l) && !/node_modules\/(@types\/react|vue|@vue)\//.test(l));
    assert.deepEqual(ours, [], `tsc with React and Vue:\n${frameworks}`);
  });
});
