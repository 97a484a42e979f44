// Server-side rendering with @lit-labs/ssr (Astro, Eleventy, Next.js users): the element renders declarative shadow
// DOM in Node, and the events are readable in a browser before any script runs.
//
//   node --test test/node/ssr.test.mjs
//
// The element's modules are bundled for Node by esbuild (lit and d3 stay imports, resolved from node_modules, so Lit
// takes its Node build with the DOM shim). The browser check is skipped (not passed) when Chromium is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Inside the repository, so the bundle's bare imports resolve from its node_modules.
const OUT = join(REPO, 'node_modules', '.cache', 'ssr-test');

const EVENTS = [
  { id: 'invasion', date: '2022-02-24', title: 'Russia invades Ukraine', category: 'military' },
  { id: 'talks', date: '2022-02-28', title: 'Talks on the Belarus border', category: 'diplomacy' },
  { id: 'vote', date: '2022-03-02', title: 'UN General Assembly vote', category: 'diplomacy' },
];

async function renderOnServer() {
  mkdirSync(OUT, { recursive: true });
  await build({
    entryPoints: [join(REPO, 'src/index.ts')],
    outfile: join(OUT, 'index.js'),
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    logLevel: 'error',
  });
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  await import(pathToFileURL(join(OUT, 'index.js')).href);
  return collectResult(render(html`<conflict-timeline id="ssr" locale="en-GB" .events=${EVENTS}></conflict-timeline>`));
}

const rendered = renderOnServer();

test('@lit-labs/ssr renders the element as declarative shadow DOM with every event in it', async () => {
  const markup = await rendered;
  assert.match(markup, /<conflict-timeline[^>]*id="ssr"/);
  assert.match(markup, /<template shadowroot(mode)?="open"/, 'a declarative shadow root');
  for (const e of EVENTS) assert.ok(markup.includes(e.title), `the server render names "${e.title}"`);
  // Dates are calendar days in words, not instants: 24 February stays 24 February wherever the server runs.
  assert.ok(markup.includes('24 February 2022'), 'the first event is dated in words');
  assert.equal((markup.match(/part="event"/g) ?? []).length, EVENTS.length, 'one button per event');
  assert.ok(!/undefined|NaN/.test(markup.replace(/<style>[\s\S]*?<\/style>/g, '')), 'no undefined or NaN in the markup');
});

test('a browser shows the server-rendered events with scripts off', { skip: !existsSync(CHROMIUM_PATH) && `no Chromium at ${CHROMIUM_PATH}` }, async () => {
  const markup = await rendered;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await page.setContent(`<!doctype html><html lang="en-GB"><body><h1>Server-rendered</h1>${markup}</body></html>`);
    const seen = await page.evaluate(() => {
      const host = document.querySelector('conflict-timeline');
      const root = host?.shadowRoot;
      return {
        attached: !!root,
        titles: [...(root?.querySelectorAll('[part~="label"]') ?? [])].map((n) => n.textContent.trim()),
        visible: [...(root?.querySelectorAll('[part~="event"]') ?? [])].every((n) => n.getBoundingClientRect().height > 0),
      };
    });
    assert.equal(seen.attached, true, 'the declarative shadow root is attached without script');
    assert.deepEqual(seen.titles, EVENTS.map((e) => e.title));
    assert.equal(seen.visible, true, 'every event button has a box');
  } finally {
    await browser.close();
  }
});

test('the client takes the server render over: one copy of each event, no errors', { skip: !existsSync(CHROMIUM_PATH) && `no Chromium at ${CHROMIUM_PATH}` }, async () => {
  const markup = await rendered;
  // The element for the browser, as a page's own build would bundle it.
  const { outputFiles } = await build({
    entryPoints: [join(REPO, 'src/define.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    logLevel: 'error',
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      const problems = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.setContent(`<!doctype html><html lang="en-GB"><body><h1>Server-rendered</h1>${markup}</body></html>`);
      // The page hands the element the same data the server rendered (as Next.js, Astro or a plain script would).
      await page.evaluate((events) => (document.querySelector('conflict-timeline').events = events), EVENTS);
      // Every frame painted while the client takes over shows all the events: none is drawn empty or with fewer.
      await page.evaluate(() => {
        window.__drawn = [];
        const root = document.querySelector('conflict-timeline').shadowRoot;
        const count = () => {
          window.__drawn.push(root.querySelectorAll('[part~="event"]').length);
          if (!window.__stop) requestAnimationFrame(count);
        };
        requestAnimationFrame(count);
      });
      await page.addScriptTag({ type: 'module', content: outputFiles[0].text });
      await page.waitForFunction(() => customElements.get('conflict-timeline') && document.querySelector('conflict-timeline').hasUpdated);
      await page.evaluate(() => document.querySelector('conflict-timeline').updateComplete);
      // One more frame, or 5 s if frames stopped coming (then what was counted so far is judged).
      const drawn = await page.evaluate(
        () => new Promise((resolve) => {
          const done = () => resolve((window.__stop = true) && window.__drawn);
          requestAnimationFrame(done);
          setTimeout(done, 5000);
        }),
      );
      assert.ok(drawn.length > 0 && drawn.every((n) => n === EVENTS.length), `events drawn in each frame at ${width} px: ${drawn.join(' ')}`);
      const seen = await page.evaluate(() => {
        const root = document.querySelector('conflict-timeline').shadowRoot;
        return { buttons: root.querySelectorAll('[part~="event"]').length, roots: root.querySelectorAll('[part="base"]').length, ssrMarkers: root.innerHTML.includes('lit-part') };
      });
      assert.equal(seen.roots, 1, `one timeline in the shadow root at ${width} px, not the server's and the client's`);
      assert.equal(seen.buttons, EVENTS.length, `one button per event at ${width} px`);
      assert.deepEqual(problems, [], `no errors at ${width} px`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
