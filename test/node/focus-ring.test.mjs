// The focus indicator of every control in the demo's first <conflict-timeline> (issue 13, items 14 and 15), seen
// as pixels: a screenshot around the control without focus and one with keyboard focus are compared, and on each of
// its four sides the ring must change at least 2 px in a row (outward from the control) by a contrast of 3:1 or
// more against what was there before (WCAG 2.4.7 / 2.4.13). Catches a ring clipped by containment or painted over
// by a neighbour, which computed styles cannot.
//
//   node --test test/node/focus-ring.test.mjs
//
// Starts the demo server (as test/node/ax-tree.test.mjs does) and opens it in /usr/bin/chromium with playwright-core.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo, HAVE_CHROMIUM } from '../helpers/demo-server.mjs';


const demo = useDemo();

/** How far outside the control the ring is looked for (px). */
const REACH = 8;

/**
 * For each side of `box` (in the clip's px), the longest run of pixels along the outward line through the side's
 * middle whose colour changed by at least 3:1 between `before` and `after` (RGBA byte arrays of the clip).
 */
function ringRuns(before, after, width, box) {
  const lum = (d, i) => {
    const c = [d[i], d[i + 1], d[i + 2]].map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const contrastAt = (x, y) => {
    const i = (Math.round(y) * width + Math.round(x)) * 4;
    const [a, b] = [lum(before, i), lum(after, i)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  };
  const midX = (box.left + box.right) / 2;
  const midY = (box.top + box.bottom) / 2;
  // Each side: its outward line starts a pixel inside the control (an inset ring counts too).
  const lines = {
    top: (k) => [midX, box.top + 1 - k],
    bottom: (k) => [midX, box.bottom - 2 + k],
    left: (k) => [box.left + 1 - k, midY],
    right: (k) => [box.right - 2 + k, midY],
  };
  const runs = {};
  for (const [side, at] of Object.entries(lines)) {
    let best = 0;
    let run = 0;
    for (let k = 0; k <= REACH + 1; k++) {
      const [x, y] = at(k);
      run = contrastAt(x, y) >= 3 ? run + 1 : 0;
      best = Math.max(best, run);
    }
    runs[side] = best;
  }
  return runs;
}

/** Decodes a PNG in the page (a canvas), returning its RGBA bytes as a plain array. */
async function pixels(page, png) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return Array.from(ctx.getImageData(0, 0, img.width, img.height).data);
  }, png.toString('base64'));
}

describe('focus indicators (pixels)', { skip: !HAVE_CHROMIUM && 'Chromium not found' }, () => {
  it('the brush, the Chart/Table switch, the zoom tools, the legend and Download each show a ring of 2 px at 3:1 on every side', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(demo.baseURL);
    const timeline = page.locator('#main-timeline');
    await timeline.locator('button.event').first().waitFor({ timeout: 30_000 });
    await timeline.scrollIntoViewIfNeeded();
    const controls = [
      ['the overview brush', '[part~="brush"]'],
      ['Chart', '[part~="view-switch"] button >> nth=0'],
      ['Table', '[part~="view-switch"] button >> nth=1'],
      ['Zoom in', '[part~="toolbar"] button >> nth=0'],
      ['Fit', '[part~="toolbar"] button >> nth=2'],
      ['a legend button', '[part~="legend"] button >> nth=0'],
      ['Download', '[part~="downloads"] > button'],
    ];
    const problems = [];
    for (const [name, selector] of controls) {
      const control = timeline.locator(selector);
      await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
      await page.mouse.move(0, 0);
      const r = await control.boundingBox();
      assert.ok(r, `${name} is drawn`);
      const clip = { x: Math.floor(r.x - REACH - 2), y: Math.floor(r.y - REACH - 2), width: Math.ceil(r.width + 2 * REACH + 4), height: Math.ceil(r.height + 2 * REACH + 4) };
      const before = await page.screenshot({ clip });
      // Keyboard focus: a key press first, so the focus that follows is :focus-visible.
      await page.keyboard.press('Shift');
      await control.evaluate((n) => n.focus());
      await page.waitForTimeout(50);
      const after = await page.screenshot({ clip });
      const box = { left: r.x - clip.x, top: r.y - clip.y, right: r.x - clip.x + r.width, bottom: r.y - clip.y + r.height };
      const runs = ringRuns(await pixels(page, before), await pixels(page, after), clip.width, box);
      for (const [side, run] of Object.entries(runs)) if (run < 2) problems.push(`${name}: ${run} px on the ${side}`);
    }
    assert.deepEqual(problems, [], 'controls whose focus ring is missing or under 2 px at 3:1 on a side');
    await context.close();
  });
});
