// The demo page as a reader meets it (issue 13, item 18): each timeline says what it demonstrates, a phone's first
// screen (390 x 844) reaches a timeline's events, and the page does not scroll sideways at 390 px.
//
//   node --test test/node/demo-page.test.mjs
//
// Starts the demo server (as test/node/ax-tree.test.mjs does) and opens it in /usr/bin/chromium with playwright-core.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo, HAVE_CHROMIUM } from '../helpers/demo-server.mjs';


const demo = useDemo();

describe('the demo page', { skip: !HAVE_CHROMIUM && 'Chromium not found' }, () => {
  it('on a phone: no sideways scroll, and the first screen shows events of the first timeline', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(demo.baseURL);
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
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(demo.baseURL);
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
