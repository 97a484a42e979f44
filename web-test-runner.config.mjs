// @web/test-runner configuration (0.20 line: Node 20).
//
//   BROWSERS=chromium,firefox,webkit   which browsers (default: chromium). WebKit needs a display:
//                                      run under `xvfb-run -a` when DISPLAY is unset (test/run-all.mjs does).
//   WTR_FILES='test/dates/**/*.test.ts' which test files (default: test/**/*.test.ts); test/node/** and
//                                      test/bench/** are always excluded.
//   TZ=Asia/Tokyo                      the browsers' time zone. All three inherit it from this process
//                                      (WebKit through WebKitWebDriver -> MiniBrowser -> WebKitWebProcess).
//                                      The page sees it as `window.__TEST_TZ__` ('' when TZ is unset) and
//                                      test/dates/timezone.test.ts checks that it took effect.
//   WTR_SUMMARY_FILE=path              also write {"passed","failed","skipped"} as JSON to that file.
import { execFile, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { BrowsingContext } from 'puppeteer-core/internal/bidi/core/BrowsingContext.js';
import { hostileMiddleware } from './test/hostile/server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_HEAP_ARGS, CHROMIUM_PATH, freePort } from './test/helpers/chromium.mjs';

const KNOWN = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.BROWSERS || 'chromium')
  .split(',')
  .map((b) => b.trim().toLowerCase())
  .filter(Boolean);
const unknown = wanted.filter((b) => !KNOWN.includes(b));
if (unknown.length) throw new Error(`BROWSERS: unknown browser(s) ${unknown.join(', ')}; use ${KNOWN.join(',')}`);

const TEST_TZ = process.env.TZ ?? '';

// test/hostile/lifecycle.test.ts measures the heap: it needs `window.gc()` and unrounded `performance.memory`.
const CHROMIUM_TEST_ARGS = [...CHROMIUM_ARGS, ...CHROMIUM_HEAP_ARGS];

/** Polls WebKitWebDriver's /status until it answers (instead of a fixed sleep). */
async function waitForDriver(port, driver, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (Debian package webkit2gtk-driver) and classic WebDriver.
 * No headless mode: needs DISPLAY (xvfb-run -a). The driver, MiniBrowser and its web processes inherit
 * this process's environment, TZ included.
 */
async function webkitLauncher() {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn('[wtr config] webkit requested but DISPLAY is not set: run under `xvfb-run -a`.');
  }
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
    env: process.env,
  });
  const kill = () => {
    if (driver.exitCode === null) driver.kill();
  };
  process.on('exit', kill);
  driver.on('error', (e) => console.error('[wtr config] could not start WebKitWebDriver:', e.message));
  await waitForDriver(port, driver);
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'warn',
    // Also undici's headers timeout for each driver request. A page load on a loaded 2-core machine (three browsers
    // beside two busy loops) once took WebKitWebDriver over 60 s to answer: give it as long as a test file has.
    connectionRetryTimeout: 180000,
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true, // WebKitWebDriver speaks classic WebDriver only
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'], // the driver does not add it; without it the session never opens
      },
    },
  });
  // One test file at a time in WebKit, always. The webdriver launcher picks its page manager from the
  // *global* config.concurrency, not from launcher.concurrency: with anything but 1 it runs the files in
  // iframes of one window, and then sendKeys/focus tests fail ("Invalid frame ID object"). So hand it a
  // config that says 1, whatever the global value is.
  launcher.concurrency = 1;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = (config, testFiles) => initialize({ ...config, concurrency: 1 }, testFiles);
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    try {
      await stop();
    } finally {
      kill();
    }
  };
  return launcher;
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_TEST_ARGS,
        env: process.env, // TZ
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  // puppeteer-core drives Debian's firefox-esr over WebDriver BiDi: no geckodriver needed.
  // Its setViewport (which the launcher calls before every test file) also sends emulation.setScreenOrientationOverride,
  // which Firefox ESR 140 does not know: every file failed with "unknown command". The orientation is not something
  // these tests use, so a browser without the command goes without it, as puppeteer already does for touch.
  const setOrientation = BrowsingContext.prototype.setScreenOrientationOverride;
  BrowsingContext.prototype.setScreenOrientationOverride = async function (...args) {
    try {
      return await setOrientation.apply(this, args);
    } catch (error) {
      if (!/unknown command|unsupported operation/.test(String(error?.message))) throw error;
    }
  };
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore.default ?? puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        env: process.env, // TZ
      },
    }),
  );
}
if (wanted.includes('webkit')) {
  browsers.push(await webkitLauncher());
}

/**
 * When WTR_SUMMARY_FILE is set, writes {"passed","failed","skipped"} there at the end of the run.
 * A test file that failed to load, or any other failed session without a failed test (browser did not
 * start, timeout, uncaught error), counts as one failure. If the run never finishes, the file says 1 failed.
 */
function summaryFileReporter(file) {
  let summary = { passed: 0, failed: 1, skipped: 0 };
  const write = () => writeFileSync(file, `${JSON.stringify(summary)}\n`);
  return {
    start() {
      write(); // a run that crashes before the end leaves "1 failed" behind, not a stale pass
    },
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      for (const session of sessions) {
        let failedHere = 0;
        const walk = (suite) => {
          for (const t of suite.tests) {
            if (t.skipped) skipped++;
            else if (t.passed) passed++;
            else failedHere++;
          }
          suite.suites.forEach(walk);
        };
        if (session.testResults) walk(session.testResults);
        if (!session.passed && failedHere === 0) failedHere = 1;
        failed += failedHere;
      }
      summary = { passed, failed, skipped };
      write();
    },
    stop() {
      write();
    },
  };
}

const reporters = [defaultReporter()];
if (process.env.WTR_SUMMARY_FILE) reporters.push(summaryFileReporter(process.env.WTR_SUMMARY_FILE));

/**
 * `import data from '../data/x.json'` (how src/builtin-data.ts brings in the built-in dataset; esbuild inlines it
 * in the real builds) is served here as a JS module under its own URL (`x.json?module`), so that a `fetch()` of
 * the same file (a test's `src`) still gets plain JSON and the two never share a cache entry.
 */
function jsonModules() {
  const isModule = (context) => context.path.endsWith('.json') && context.URL.searchParams.has('module');
  return {
    name: 'json-modules',
    transformImport({ source }) {
      if (/\.json$/.test(source)) return `${source}?module`;
    },
    resolveMimeType(context) {
      if (isModule(context)) return 'js';
    },
    transform(context) {
      if (isModule(context)) return { body: `export default ${context.body};` };
    },
  };
}

/**
 * React and Vue for test/frameworks/. React 19 ships CommonJS only and Vue's ESM build expects a bundler
 * (`process.env.NODE_ENV`), so nodeResolve cannot serve either to a browser. Test files import them by their usual
 * names ('react', 'react-dom', 'react-dom/client', 'react-dom/server', 'vue'); those imports are answered with ES
 * modules that esbuild bundles in Node on first request, as a user's bundler would, and serves from memory under
 * /__frameworks/. One build with code splitting, so the React entries share one copy of React. 'vue' is the full
 * build (with the template compiler), so tests can mount templates as well as render functions.
 */
function frameworkBundles() {
  const prefix = '/__frameworks/';
  const entries = {
    react: 'react',
    'react-dom': 'react-dom',
    'react-dom/client': 'react-dom/client',
    'react-dom/server': 'react-dom/server.browser', // renderToString, for test/frameworks/react-hydration.test.ts
    vue: 'vue/dist/vue.esm-bundler.js',
  };
  const urls = Object.fromEntries(Object.keys(entries).map((name) => [name, `${prefix}${name.replace(/\W/g, '-')}.js`]));
  let files;
  const bundle = async () => {
    const { build } = await import('esbuild');
    // The export names of the CommonJS entries, read in a child process: React's development build, loaded here,
    // would find the test runner's console and trip over it.
    const cjs = Object.keys(entries).filter((name) => name !== 'vue');
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=commonjs', '-e',
      // process.exit: react-dom/server keeps a MessageChannel open, which would keep the child alive.
      `console.log(JSON.stringify(${JSON.stringify(cjs)}.map((id) => Object.keys(require(id))))); process.exit(0)`], { cwd: import.meta.dirname });
    const exportNames = JSON.parse(stdout);
    const result = await build({
      entryPoints: Object.fromEntries(Object.keys(entries).map((name) => [name.replace(/\W/g, '-'), `framework:${name}`])),
      outdir: '/__frameworks',
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'warning',
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      plugins: [{
        name: 'framework-entries',
        setup(b) {
          b.onResolve({ filter: /^framework:/ }, (args) => ({ path: args.path.slice('framework:'.length), namespace: 'framework' }));
          b.onLoad({ filter: /.*/, namespace: 'framework' }, ({ path: name }) => {
            const id = entries[name];
            // ESM re-exports as is; CommonJS gets its export names listed (esbuild cannot see them statically).
            const names = cjs.includes(name) ? exportNames[cjs.indexOf(name)].filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default') : null;
            const contents = names
              ? `import m from ${JSON.stringify(id)}; export default m; export const { ${names.join(', ')} } = m;`
              : `export * from ${JSON.stringify(id)};`;
            return { contents, resolveDir: import.meta.dirname, loader: 'js' };
          });
        },
      }],
    });
    return new Map(result.outputFiles.map((f) => [f.path, f.text]));
  };
  return {
    name: 'framework-bundles',
    resolveImport({ source, context }) {
      if (Object.hasOwn(urls, source)) return urls[source];
      if (context.path.startsWith(prefix)) return source; // the chunks' imports of each other, relative
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

/**
 * Pages served with a Content Security Policy in its HTTP header, from the first byte, as a site would send it
 * (a <meta> added by a test applies only from then on, and the test runner's own page could not live under it).
 * test/trusted-types.test.ts opens /__policy__/trusted-types.html in an iframe:
 *
 *   /__policy__/trusted-types.html  strict CSP + Trusted Types (POLICY below): timelines reading a TimelineJS3 file
 *                                   with HTML in text and headlines, the built-in TimelineJS3 file, a vis-timeline
 *                                   file and the CSV, each by `src`; inline JSON and an inline <ol>
 *   /__policy__/record.js           records `securitypolicyviolation` events and errors into window.__policy
 *   /__policy__/vis.json            the built-in dataset as vis-timeline items whose `content` is HTML
 */
const TRUSTED_TYPES_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
function policyPages() {
  const record = `window.__policy = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (e) => window.__policy.violations.push(e.violatedDirective + ': ' + (e.sample || e.blockedURI)));
window.addEventListener('error', (e) => window.__policy.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__policy.errors.push(String(e.reason && e.reason.message || e.reason)));
`;
  const page = `<!DOCTYPE html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <title>Trusted Types</title>
    <script src="/__policy__/record.js"></script>
    <script type="module" src="/src/define.ts"></script>
  </head>
  <body>
    <conflict-timeline id="tjs-html" src="/test/fixtures/timelinejs.json"></conflict-timeline>
    <conflict-timeline id="tjs" src="/data/ukraine-2022.timelinejs.json"></conflict-timeline>
    <conflict-timeline id="vis" src="/__policy__/vis.json"></conflict-timeline>
    <conflict-timeline id="csv" src="/data/ukraine-2022.csv"></conflict-timeline>
    <conflict-timeline id="inline-json"><script type="application/json">{"events": [
      {"id": "a", "date": "2022-02-24", "title": "Inline JSON, first"},
      {"id": "b", "date": "2022-02-28", "title": "Inline JSON, second"},
      {"id": "c", "date": "2022-03-02", "title": "Inline JSON, third"}]}</script></conflict-timeline>
    <conflict-timeline id="inline-list"><ol>
      <li><time datetime="2022-02-24">24 February 2022</time> <b>Inline list, first</b> with <i>markup</i></li>
      <li><time datetime="2022-02-28">28 February 2022</time> <b>Inline list, second</b> <img src="/hostile/sink/x.png" alt=""></li>
      <li><time datetime="2022-03-02">2 March 2022</time> <b>Inline list, third</b></li>
    </ol></conflict-timeline>
  </body>
</html>
`;
  const visItems = () => {
    const data = JSON.parse(readFileSync(new URL('./data/ukraine-2022.json', import.meta.url), 'utf8'));
    const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return data.events.map((e) => ({
      id: e.id,
      start: e.date,
      ...(e.end ? { end: e.end } : {}),
      content: `<b>${escape(e.title)}</b>`,
      ...(e.summary ? { title: `<p>${escape(e.summary)}</p>` } : {}),
      ...(e.category ? { group: e.category } : {}),
    }));
  };
  return async function policy(ctx, next) {
    if (!ctx.path.startsWith('/__policy__/')) return next();
    ctx.set('cache-control', 'no-store');
    if (ctx.path === '/__policy__/trusted-types.html') {
      ctx.set('content-security-policy', TRUSTED_TYPES_POLICY);
      ctx.type = 'html';
      ctx.body = page;
    } else if (ctx.path === '/__policy__/record.js') {
      ctx.type = 'js';
      ctx.body = record;
    } else if (ctx.path === '/__policy__/vis.json') {
      ctx.type = 'json';
      ctx.body = JSON.stringify(visItems());
    } else {
      return next();
    }
  };
}

/** Escapes a string for a JS literal inside an inline <script>. */
const scriptString = (s) => JSON.stringify(s).replace(/</g, '\\u003c');

export default {
  files: [process.env.WTR_FILES || 'test/**/*.test.ts', '!test/node/**', '!test/bench/**'],
  nodeResolve: true,
  // Hostile `src` responses under /hostile/ (404, 500, redirect loop, never-ending bodies, 50 MB, …); pages under
  // a strict policy sent in their header under /__policy__/.
  middleware: [hostileMiddleware(), policyPages()],
  // target is required: the default 'auto' leaves decorators untranspiled (SyntaxError in Chromium/Firefox).
  plugins: [frameworkBundles(), jsonModules(), esbuildPlugin({ ts: true, target: 'es2022' })],
  browsers,
  // Test files open at once per browser (WebKit is always 1), and browsers run at once. Measured on 2 cores:
  // see the note at the end of this file. WTR_CONCURRENCY / WTR_CONCURRENT_BROWSERS override.
  concurrency: Number(process.env.WTR_CONCURRENCY) || 1,
  concurrentBrowsers: Number(process.env.WTR_CONCURRENT_BROWSERS) || 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  // Mocha's per-test timeout catches a hang; it is not a speed check. 30 s, so that a test that takes 3 s on a quiet
  // machine still passes beside two busy loops (WebKit there ran 300 XML parses past 10 s).
  testFramework: { config: { timeout: 30000 } },
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html>
  <head><meta charset="utf-8"><script>window.__TEST_TZ__ = ${scriptString(TEST_TZ)};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  reporters,
};

// Concurrency, measured here (2 cores, load average 8-10 from other work, all three browsers):
// * concurrency 1 vs 2, 12 small files x 5 tests: 20.8-24.6 s vs 24.9-26.0 s. No gain from 2.
// * concurrency 2 on the real suite: focus/keyboard tests in background pages and the property tests
//   hit testsFinishTimeout (180 s) in Chromium and Firefox, and the run took 191 s against 18-36 s with 1.
// * concurrentBrowsers 3 vs 2 vs 1 (concurrency 1): 20.8-24.6 s vs 25.1 s vs 29.6 s. Firefox is the slowest
//   of the three, so letting all three run side by side helps.
