/**
 * The numbers and colours that TypeScript and CSS share (src/layout/metrics.ts, src/styles/palette.ts) are what the
 * rendered element shows: the layout computes positions from these numbers and the styles draw boxes of these
 * sizes, so a drift between the two shows here as a wrong rendered size, a gap or an overlap.
 *
 * Not checked here: AXIS_HEIGHT (no style sets it; the chart's SVG and event positions are drawn from it in
 * TypeScript alone), and CLUSTER_HEIGHT (its rule loses the cascade to the lane height: cluster boxes render
 * lane-high today, while the layout and the SVG export reserve 40px; a visible change, left to its own commit).
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import {
  LABEL_FONT_SIZE,
  LANE_HEIGHT,
  LIST_VIEWPORT,
  MARKER_SIZE,
  OVERVIEW_HEIGHT,
  ROW_DAY,
  ROW_EVENT,
  TABLE_ROW,
  TICK_LABEL_FONT_SIZE,
} from '../src/layout/metrics.js';
import { DARK, LIGHT, type Palette } from '../src/styles/palette.js';
import { bigDataset, mountWith, settle } from './helpers/big-data.js';
import { fixture, TimelineHarness, until } from './helpers/harness.js';
import { BROWSER, deepActiveElement, press, tabUntil } from './helpers/keyboard.js';

const px = (n: number) => `${n}px`;

/** `#rrggbb` as the `rgb(r, g, b)` that getComputedStyle reports for a colour. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The palette as the root's computed `--_*` custom properties. */
function paletteOf(root: HTMLElement): Palette {
  const style = getComputedStyle(root);
  return Object.fromEntries(Object.keys(LIGHT).map((name) => [name, style.getPropertyValue(`--_${name}`).trim().toLowerCase()])) as unknown as Palette;
}

function part(el: ConflictTimeline, selector: string): HTMLElement {
  const node = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!node) throw new Error(`no ${selector} in the shadow root`);
  return node;
}

describe('styles: the numbers and colours TypeScript and CSS share', () => {
  afterEach(() => document.querySelectorAll('.test-container').forEach((n) => n.remove()));

  describe('palette (src/styles/palette.ts)', () => {
    /** What a reader sees painted in that palette: the background and text, the detail panel and the brush. */
    function expectPaintedWith(el: ConflictTimeline, palette: Palette): void {
      const root = part(el, '.root');
      expect(paletteOf(root)).to.deep.equal(palette);
      expect(getComputedStyle(root).backgroundColor, 'background').to.equal(rgb(palette.bg));
      expect(getComputedStyle(root).color, 'text').to.equal(rgb(palette.fg));
      expect(getComputedStyle(part(el, '.detail')).backgroundColor, 'detail panel').to.equal(rgb(palette.panel));
      expect(getComputedStyle(part(el, '.brush')).borderTopColor, 'overview brush').to.equal(rgb(palette.focus));
      expect(getComputedStyle(part(el, '.tick-label')).fill, 'tick labels').to.equal(rgb(palette.axis));
    }

    it('theme="light" paints with LIGHT', async () => {
      const el = await fixture('<conflict-timeline theme="light" selected="invasion-begins"></conflict-timeline>', 1248);
      expectPaintedWith(el, LIGHT);
    });

    it('theme="dark" paints with DARK', async () => {
      const el = await fixture('<conflict-timeline theme="dark" selected="invasion-begins"></conflict-timeline>', 1248);
      expectPaintedWith(el, DARK);
    });

    it('theme="auto" paints with DARK when the reader prefers dark, and LIGHT when not (Chromium: media emulation)', async function () {
      if (BROWSER !== 'chromium') this.skip();
      try {
        await emulateMedia({ colorScheme: 'dark' });
        const el = await fixture('<conflict-timeline selected="invasion-begins"></conflict-timeline>', 1248);
        expectPaintedWith(el, DARK);
        await emulateMedia({ colorScheme: 'light' });
        expectPaintedWith(el, LIGHT);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('metrics (src/layout/metrics.ts)', () => {
    it('the overview strip is OVERVIEW_HEIGHT high', async () => {
      const el = await fixture('<conflict-timeline></conflict-timeline>', 1248);
      const strip = part(el, '.overview');
      expect(getComputedStyle(strip).height).to.equal(px(OVERVIEW_HEIGHT));
      expect(strip.getBoundingClientRect().height).to.equal(OVERVIEW_HEIGHT);
    });

    it('event labels render at LABEL_FONT_SIZE (the size the layout measures them at), tick labels at TICK_LABEL_FONT_SIZE', async () => {
      const el = await fixture('<conflict-timeline></conflict-timeline>', 1248);
      const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.plot .event .label')];
      expect(labels.length).to.be.greaterThan(10);
      expect(new Set(labels.map((l) => getComputedStyle(l).fontSize))).to.deep.equal(new Set([px(LABEL_FONT_SIZE)]));
      const ticks = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.tick-label')];
      expect(ticks.length).to.be.greaterThan(2);
      expect(new Set(ticks.map((t) => getComputedStyle(t).fontSize))).to.deep.equal(new Set([px(TICK_LABEL_FONT_SIZE)]));
    });

    it('lanes are LANE_HEIGHT apart by default, and an event fills its lane less 4px', async () => {
      const el = await fixture('<conflict-timeline></conflict-timeline>', 1248);
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.plot .events li')];
      expect(items.length).to.be.greaterThan(10);
      for (const li of items) expect(getComputedStyle(li).height).to.equal(px(LANE_HEIGHT - 4));
      // The layout places lanes from its own copy of the lane height: their tops are whole lanes apart.
      const tops = [...new Set(items.map((li) => li.offsetTop))].sort((a, b) => a - b);
      expect(tops.length, 'more than one lane').to.be.greaterThan(1);
      for (const top of tops) expect((top - tops[0]) % LANE_HEIGHT, `lane top ${top}`).to.equal(0);
    });

    it('a focused shortened label opens MARKER_SIZE + 4px from its event, clear of the marker', async () => {
      const el = await fixture('<button class="before">Before</button><conflict-timeline></conflict-timeline>', 1248);
      await settle(el);
      const h = new TimelineHarness(el);
      expect(h.events().filter((b) => b.matches('.shortened:not(.left)')).length, 'a shortened label at 1248px').to.be.greaterThan(0);
      el.parentElement!.querySelector<HTMLButtonElement>('button.before')!.focus();
      await tabUntil((n) => !!n?.matches('button.event'), 'an event');
      // Walk the events with the arrow keys until a shortened one has the (keyboard) focus.
      for (let i = 0; i < h.events().length && !deepActiveElement()?.matches('.shortened:not(.left)'); i++) {
        await press('ArrowRight');
        await el.updateComplete;
      }
      const event = deepActiveElement() as HTMLButtonElement;
      expect(event.matches('.shortened:not(.left):focus-visible'), 'a shortened event with keyboard focus').to.equal(true);
      const label = event.querySelector<HTMLElement>('.label')!;
      expect(getComputedStyle(label).insetInlineStart).to.equal(px(MARKER_SIZE + 4));
      // The layout draws the marker from the same default size: the opened label does not cover it.
      expect(label.getBoundingClientRect().left).to.be.at.least(event.querySelector('.marker')!.getBoundingClientRect().right);
    });

    it('the virtual vertical list: day rows ROW_DAY and event rows ROW_EVENT high, placed edge to edge, in a LIST_VIEWPORT viewport', async () => {
      // A window tall enough that the viewport's own cap applies rather than 70vh (WebKit's driver cannot resize).
      const resize = BROWSER !== 'webkit';
      if (resize) await setViewport({ width: 800, height: Math.ceil(LIST_VIEWPORT / 0.7) + 100 });
      try {
        const el = await mountWith(bigDataset(1000).data, '<conflict-timeline layout="vertical"></conflict-timeline>', 390);
        const viewport = part(el, '.vscroll').getBoundingClientRect().height;
        expect(viewport).to.be.closeTo(Math.min(0.7 * innerHeight, LIST_VIEWPORT), 0.5);
        if (resize) expect(viewport).to.equal(LIST_VIEWPORT);
        const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.vrow')].sort((a, b) => a.offsetTop - b.offsetTop);
        expect(rows.filter((r) => r.matches('.vday')).length, 'day rows').to.be.greaterThan(2);
        expect(rows.filter((r) => !r.matches('.vday')).length, 'event rows').to.be.greaterThan(2);
        for (const row of rows) {
          expect(getComputedStyle(row).height).to.equal(px(row.matches('.vday') ? ROW_DAY : ROW_EVENT));
          // Each event button leaves 4px of its row free.
          if (!row.matches('.vday')) expect(row.querySelector('.event')!.getBoundingClientRect().height).to.equal(ROW_EVENT - 4);
        }
        // The element positions the rows from its own row heights: no gap and no overlap between them.
        for (let i = 1; i < rows.length; i++) {
          expect(rows[i].offsetTop, `row ${i}`).to.equal(rows[i - 1].offsetTop + rows[i - 1].offsetHeight);
        }
      } finally {
        if (resize) await setViewport({ width: 800, height: 600 });
      }
    });

    it('the virtual table: every row is TABLE_ROW high, the height the element skips rows by', async () => {
      const el = await mountWith(bigDataset(1000).data, '<conflict-timeline view="table"></conflict-timeline>', 1248);
      const wrap = part(el, '.table-wrap');
      wrap.scrollTop = wrap.scrollHeight / 2;
      wrap.dispatchEvent(new Event('scroll'));
      await until(() => !!el.shadowRoot!.querySelector('tbody tr.spacer:first-child'), 'rows from the middle');
      await settle(el);
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr:not(.spacer)')];
      expect(rows.length).to.be.greaterThan(10);
      for (const row of rows) expect(getComputedStyle(row).height).to.equal(px(TABLE_ROW));
      // The spacer stands for the rows above: it is that many rows high, so the first rendered row sits where it belongs.
      const skipped = Number(rows[0].getAttribute('aria-rowindex')) - 2;
      const spacer = el.shadowRoot!.querySelector<HTMLElement>('tbody tr.spacer:first-child')!;
      expect(spacer.getBoundingClientRect().height).to.be.closeTo(skipped * TABLE_ROW, 1);
    });
  });
});
