/**
 * <conflict-timeline> under emulated user preferences: prefers-reduced-motion (this file, Chromium) and
 * forced-colors (test/node/ax-tree.test.mjs).
 *
 * Chromium only. emulateMedia from @web/test-runner-commands 0.9 calls Puppeteer's emulateMediaFeatures for the
 * chrome launcher, which Firefox over WebDriver BiDi does not implement; WebKit runs over classic WebDriver, which
 * has no media emulation at all. For forced colors the command is no help even in Chromium: its Puppeteer branch
 * forwards only `colorScheme`, `reducedMotion` and `media` (dist/emulateMediaPlugin.js) and drops `forcedColors`,
 * so that case runs in Node with Playwright's `page.emulateMedia({ forcedColors: 'active' })`.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import { fixture, holdFetch, TimelineHarness } from './helpers/harness.js';
import { BROWSER, press } from './helpers/keyboard.js';
import { settle, viewOf } from './helpers/big-data.js';

const SMALL_URL = new URL('./fixtures/small.json', import.meta.url).href;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Counts requestAnimationFrame calls (from anyone on the page) until stop(). */
function countFrames(): { readonly count: number; stop(): void } {
  const original = window.requestAnimationFrame;
  let count = 0;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    count++;
    return original.call(window, callback);
  };
  return {
    get count() {
      return count;
    },
    stop() {
      window.requestAnimationFrame = original;
    },
  };
}

function rangeChanges(el: ConflictTimeline): { list: unknown[]; stop(): void } {
  const list: unknown[] = [];
  const on = (e: Event) => list.push((e as CustomEvent).detail);
  el.addEventListener('conflict-timeline-range-change', on);
  return { list, stop: () => el.removeEventListener('conflict-timeline-range-change', on) };
}

function tool(h: TimelineHarness, name: string): HTMLButtonElement {
  return h.root.querySelector<HTMLButtonElement>(`[part~="toolbar"] button[aria-label="${name}"]`)!;
}

async function mount(): Promise<{ el: ConflictTimeline; h: TimelineHarness }> {
  const el = await fixture('<conflict-timeline></conflict-timeline>', 1248);
  await settle(el);
  el.fit(); // writes start/end, fires nothing
  await settle(el);
  return { el, h: new TimelineHarness(el) };
}

describe('<conflict-timeline> under emulated media features (Chromium)', () => {
  before(function () {
    // Firefox (Puppeteer over BiDi) and WebKit (classic WebDriver) cannot emulate media features: see the header.
    if (BROWSER !== 'chromium') this.skip();
  });

  afterEach(async () => {
    document.querySelectorAll('.test-container').forEach((n) => n.remove());
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('prefers-reduced-motion: reduce', () => {
    it('the emulation takes effect in the page', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(false);
    });

    it('control: without the preference, a Zoom in click animates over frames', async () => {
      const { el, h } = await mount();
      const before = viewOf(el);
      const frames = countFrames();
      try {
        tool(h, 'Zoom in').click();
        expect(viewOf(el), 'nothing moves before the first frame').to.deep.equal(before);
        expect(frames.count, 'the click asked for an animation frame').to.be.greaterThan(0);
        await sleep(400);
        expect(viewOf(el)).to.not.deep.equal(before);
      } finally {
        frames.stop();
      }
    });

    it('a Zoom in click applies the new window at once: no animation frame, one range-change, nothing moves after', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el, h } = await mount();
      const before = viewOf(el);
      const rc = rangeChanges(el);
      const frames = countFrames();
      try {
        tool(h, 'Zoom in').click();
        const after = viewOf(el);
        expect(frames.count, 'animation frames requested by the click').to.equal(0);
        expect(after[1] - after[0], 'the window is the zoomed one as the click returns').to.be.lessThan(before[1] - before[0]);
        expect(rc.list.length, 'range-change fired at once').to.equal(1);
        frames.stop();
        await settle(el);
        await sleep(300); // longer than the 220 ms animation
        expect(viewOf(el), 'the window does not move after the click').to.deep.equal(after);
        expect(rc.list.length).to.equal(1);
      } finally {
        frames.stop();
        rc.stop();
      }
    });

    it('the other animated moves jump too: + and PageDown from an event, "Show all events"', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el, h } = await mount();
      const fit = viewOf(el);
      h.event('monday-talks-ceasefire')!.focus();
      for (const [what, act] of [
        ['+', () => press('+')],
        ['PageDown', () => press('PageDown')],
        ['Show all events', async () => tool(h, 'Show all events').click()],
      ] as const) {
        const before = viewOf(el);
        const frames = countFrames();
        try {
          await act();
          const after = viewOf(el);
          expect(after, `${what} moved the window`).to.not.deep.equal(before);
          expect(frames.count, `animation frames requested by ${what}`).to.equal(0);
          await sleep(300);
          expect(viewOf(el), `nothing moves after ${what}`).to.deep.equal(after);
        } finally {
          frames.stop();
        }
        await settle(el);
      }
      expect(viewOf(el), '"Show all events" is back at the fit').to.deep.equal(fit);
    });

    it('the loading spinner does not spin (animation-name: none); it does without the preference', async () => {
      // Hold the fixture's response, so the loading state lasts as long as the test needs it.
      const held = holdFetch();
      try {
        const { el, h } = await mount();
        el.src = SMALL_URL;
        await el.updateComplete;
        expect(el.loading).to.equal(true);
        const spinner = h.root.querySelector<HTMLElement>('.spinner');
        expect(spinner, 'the spinner').to.not.equal(null);
        expect(getComputedStyle(spinner!).animationName, 'no preference: it spins').to.equal('spin');
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(spinner!).animationName, 'reduced motion: it does not').to.equal('none');
        expect(el.loading, 'still loading').to.equal(true);
      } finally {
        held.release();
      }
    });
  });
});
