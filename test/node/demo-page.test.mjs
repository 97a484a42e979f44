// The demo page as a reader meets it (issue 13, item 18): each timeline says what it demonstrates, a phone's first
// screen (390 x 844) reaches a timeline's events, and the page does not scroll sideways at 390 px.
//
//   node --test test/node/demo-page.test.mjs
//
// Starts the demo server (as test/node/ax-tree.test.mjs does) and opens it in /usr/bin/chromium with playwright-core.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH, freePort } from '../helpers/chromium.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HAVE_CHROMIUM = existsSync(CHROMIUM_PATH);

function startDemo(port) {
  const child = spawn(process.execPath, ['build.config.mjs', '--serve'], { cwd: REPO, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolveChild, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the demo server did not start within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk) => {
      output += chunk;
      if (/^demo: /m.test(output)) {
        clearTimeout(timer);
        resolveChild(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo server exited (code ${code}) before it was ready:\n${output}`));
    });
  });
}

let server = null;
let browser = null;
let baseURL = '';

before(async () => {
  if (!HAVE_CHROMIUM) return;
  const port = await freePort();
  server = await startDemo(port);
  baseURL = `http://127.0.0.1:${port}/`;
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill();
    await exited;
  }
});

describe('the demo page', { skip: !HAVE_CHROMIUM && 'Chromium not found' }, () => {
  it('on a phone: no sideways scroll, and the first screen shows events of the first timeline', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(baseURL);
    const timeline = page.locator('conflict-timeline').first();
    await timeline.locator('button.event').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth }));
    assert.ok(scrollWidth <= innerWidth, `the page is ${scrollWidth} px wide in a ${innerWidth} px viewport`);
    const first = await timeline.locator('button.event').first().boundingBox();
    assert.ok(first && first.y + first.height <= 844, `the first event is at ${first?.y} px, below the first screen`);
    await context.close();
  });

  it('each timeline says what it demonstrates, in words of its own', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseURL);
    await page.locator('conflict-timeline').first().locator('button.event').first().waitFor({ timeout: 30_000 });
    const captions = await page.evaluate(() => [...document.querySelectorAll('conflict-timeline')].map((el) => {
      const caption = el.previousElementSibling?.matches('.instance') ? el.previousElementSibling : null;
      const header = el.shadowRoot.querySelector('[part~="header"]');
      return { caption: caption?.textContent.trim() ?? '', headerShown: !!header && header.getBoundingClientRect().height > 0 };
    }));
    assert.ok(captions.length >= 9, `${captions.length} timelines`);
    assert.deepEqual(captions.filter((c) => !c.caption), [], 'timelines without a caption of their own');
    assert.equal(new Set(captions.map((c) => c.caption)).size, captions.length, 'captions repeat');
    assert.deepEqual(captions.filter((c) => c.headerShown), [], 'the dataset title and description repeated in an instance');
    await context.close();
  });
});
