// Screenshots of the demo as a reader sees it: `npm run screenshot` (with `npm start` running), or
// `node test/screenshot.mjs [url] [outdir]`. Writes desktop (1280×720 and full page) and phone (390px) PNGs.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './helpers/chromium.mjs';

const url = process.argv[2] ?? `http://127.0.0.1:${process.env.PORT ?? 8000}/`;
const outdir = process.argv[3] ?? '.tmp/screenshots';
await mkdir(outdir, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const shots = [
  { name: 'desktop', viewport: { width: 1280, height: 720 }, fullPage: false },
  { name: 'desktop-full', viewport: { width: 1280, height: 720 }, fullPage: true },
  { name: 'phone', viewport: { width: 390, height: 844 }, fullPage: false, deviceScaleFactor: 2 },
  { name: 'phone-full', viewport: { width: 390, height: 844 }, fullPage: true },
];
for (const shot of shots) {
  const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: shot.deviceScaleFactor ?? 1 });
  page.on('console', (m) => m.type() !== 'debug' && console.log(`[${shot.name}] ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[${shot.name}] pageerror: ${e.message}`));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('conflict-timeline')?.shadowRoot?.querySelector('.event'));
  if (process.env.SELECT) {
    await page.evaluate((id) => { document.querySelector('conflict-timeline').selected = id; }, process.env.SELECT);
  }
  await page.waitForTimeout(300);
  if (shot.name === 'desktop' || shot.name === 'phone') {
    await page.evaluate(() => document.querySelector('conflict-timeline').scrollIntoView());
  }
  await page.screenshot({ path: `${outdir}/${shot.name}.png`, fullPage: shot.fullPage });
  console.log(`${outdir}/${shot.name}.png`);
  await page.close();
}
await browser.close();
