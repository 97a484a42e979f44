/**
 * What a reader sees in every view, not only the fitted one (issue 13): the built-in timeline at 1280 px and at
 * 390 px (horizontal), left-to-right and right-to-left, in the default view, after zooming in twice, panning,
 * selecting an event and turning a category off. In each view: no label box overlaps another label or a gap's
 * zigzag, a label stays inside its own day (or period) — the data's first and last day may use the empty margin
 * the fit leaves before and after them, never another day with events —, there is no empty lane above or between
 * the lanes in use, and the element's height does not move. At 1280 px the last day's labels use that margin.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import { fixture, TimelineHarness, until } from './helpers/harness.js';
import { root, settle } from './helpers/big-data.js';
import { parseDate } from '../src/model/dates.js';

/** Rounding and sub-pixel snapping of the pan frame. */
const SLACK = 1;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const boxOf = (n: Element): Box => {
  const r = n.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
};
/**
 * An SVG shape's box on screen from its geometry (getBBox through the screen matrix): browsers differ in what
 * getBoundingClientRect adds around a stroked path (Firefox reports a zigzag twice as wide as it is drawn).
 */
const shapeBoxOf = (n: SVGGraphicsElement): Box => {
  const b = n.getBBox();
  const m = n.getScreenCTM()!;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]) {
    const p = new DOMPoint(x, y).matrixTransform(m);
    xs.push(p.x);
    ys.push(p.y);
  }
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
};
const overlaps = (a: Box, b: Box) => a.left < b.right - SLACK && b.left < a.right - SLACK && a.top < b.bottom - SLACK && b.top < a.bottom - SLACK;
const describe_ = (n: Element) => (n.closest('button.event') as HTMLElement | null)?.dataset.id ?? n.getAttribute('class');

/** The visible labels of the events drawn one by one (not hidden, not a popover of the focused event). */
function visibleLabels(el: ConflictTimeline): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('.plot button.event:not(.hidden-label) .label')].filter((l) => {
    const r = l.getBoundingClientRect();
    return r.width > 1 && getComputedStyle(l).position !== 'absolute';
  });
}

/** Everything that must hold in one view; `what` names the view in failures. */
function checkView(el: ConflictTimeline, what: string): void {
  const labels = visibleLabels(el);
  const plot = boxOf(root(el).querySelector('.plot')!);
  // Labels never overlap one another.
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      expect(overlaps(boxOf(labels[i]), boxOf(labels[j])), `${what}: label ${describe_(labels[i])} overlaps ${describe_(labels[j])}`).to.equal(false);
    }
  }
  // Nor a compressed gap's zigzag.
  const zigzags = [...root(el).querySelectorAll<SVGPathElement>('.gap path')].map(shapeBoxOf).filter((b) => b.right > plot.left && b.left < plot.right);
  for (const label of labels) {
    for (const z of zigzags) {
      const crosses = boxOf(label).left < z.right - SLACK && z.left < boxOf(label).right - SLACK;
      const l = boxOf(label);
      expect(crosses, `${what}: label ${describe_(label)} [${l.left}, ${l.right}] (${label.closest('button')!.className}) runs through a gap's zigzag [${z.left}, ${z.right}]`).to.equal(false);
    }
  }
  // A label stays inside its own period (its bar: the day of a date-only event, or its span), as far as it is on
  // screen; only a period with no other event's period beyond it on that side, as far as the data go (the data's
  // first or last day, in the fit's empty margin), may take the room up to the plot's edge there.
  const periods = (el.visibleEvents as { id?: string; date: string; end?: string }[]).map((e) => ({ id: e.id!, ...dataRange(e) }));
  for (const label of labels) {
    const id = describe_(label)!;
    const bar = root(el).querySelector(`rect.bar[data-bar="${CSS.escape(id)}"]`);
    if (!bar) continue;
    const b = boxOf(bar);
    const marker = boxOf(label.closest('button.event')!.querySelector('.marker')!);
    // Periods too narrow to hold a marker and text do not bound their labels.
    if (b.right - b.left <= marker.right - marker.left + 13) continue;
    const own = periods.find((p) => p.id === id)!;
    const later = periods.some((p) => p.end > own.end || p.start >= own.end);
    const earlier = periods.some((p) => p.start < own.start);
    // Which screen side is later: the one the axis runs to.
    const rtl = getComputedStyle(el).direction === 'rtl';
    const [openLeft, openRight] = rtl ? [!later, !earlier] : [!earlier, !later];
    const l = boxOf(label);
    expect(l.left, `${what}: label ${id} starts before its own day`).to.be.at.least((openLeft ? plot.left : Math.max(b.left, plot.left)) - SLACK);
    expect(l.right, `${what}: label ${id} runs past its own day`).to.be.at.most((openRight ? plot.right : Math.min(b.right, plot.right)) + SLACK);
  }
  // No empty lane above the first lane in use or between lanes in use.
  const laneHeight = parseFloat(getComputedStyle(el).getPropertyValue('--conflict-timeline-lane-height')) || 28;
  const tops = [...new Set([...root(el).querySelectorAll<HTMLElement>('.plot .events:not(.clusters) > li')].map((li) => parseFloat(li.style.top)))].sort((a, b) => a - b);
  if (tops.length) {
    expect(tops[0], `${what}: the first lane in use is the top lane`).to.equal(44 + 2);
    tops.forEach((t, k) => expect(t, `${what}: lane ${k} follows the one above without an empty lane`).to.equal(tops[0] + k * laneHeight));
  }
}

async function mount(width: number, dir: 'ltr' | 'rtl'): Promise<{ el: ConflictTimeline; h: TimelineHarness }> {
  const el = await fixture(`<div dir=${dir}><conflict-timeline layout="horizontal"></conflict-timeline></div>`, width);
  const h = new TimelineHarness(el);
  await until(() => h.events().length > 0, 'the built-in events');
  await settle(el);
  return { el, h };
}

for (const width of [1280, 390]) {
  for (const dir of ['ltr', 'rtl'] as const) {
    describe(`layout invariants at ${width} px, ${dir}`, () => {
      it('labels cross no label, gap or other day, lanes are packed, and the height stays put through zoom, pan and filter', async () => {
        const { el, h } = await mount(width, dir);
        const height = () => el.getBoundingClientRect().height;
        const first = height();
        const chartPart = () => root(el).querySelector('[part~="chart"]')!.getBoundingClientRect().height;
        const firstChart = chartPart();
        checkView(el, 'default view');
        const views: [string, () => Promise<void>][] = [
          ['zoomed in once', async () => el.zoomIn()],
          ['zoomed in twice', async () => el.zoomIn()],
          ['panned later', async () => {
            h.events()[0].focus();
            h.events()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true }));
          }],
          ['panned back', async () => {
            h.events()[0].focus();
            h.events()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true, composed: true }));
          }],
          ['a category turned off', async () => h.legend()[0].click()],
          ['back to the fit', async () => el.fit()],
        ];
        for (const [what, act] of views) {
          await act();
          await new Promise((r) => setTimeout(r, 400));
          await settle(el);
          checkView(el, what);
          expect(height(), `${what}: the element's height`).to.be.closeTo(first, 2);
        }
        // Selecting an event opens its detail below the chart; the chart itself keeps its height. A selected
        // event whose label was shortened shows its whole title (over its neighbours, like a focused one).
        const shortened = h.events().find((b) => b.matches('.shortened')) ?? h.events()[0];
        el.selected = shortened.dataset.id!;
        await settle(el);
        checkView(el, 'an event selected');
        expect(chartPart(), 'the chart with an event selected').to.be.closeTo(firstChart, 2);
        const whole = (b: HTMLElement) => {
          const label = b.querySelector<HTMLElement>('.label')!;
          return label.scrollWidth <= label.clientWidth + 1 && label.getBoundingClientRect().width > 0;
        };
        expect(whole(h.event(el.selected!)!), `the selected ${el.selected} shows its whole title`).to.equal(true);
        // Keyboard focus on another shortened event: its whole title too.
        const other = h.events().find((b) => b.matches('.shortened') && !b.matches('.selected'));
        if (other) {
          await sendKeys({ press: 'Shift' });
          other.focus();
          await settle(el);
          expect(whole(other), `the focused ${other.dataset.id} shows its whole title`).to.equal(true);
        }
      });
    });
  }
}

describe('layout invariants: right to left on a phone', () => {
  it('every event in view has a visible title (the Arabic demo instance at 390 px)', async () => {
    const el = await fixture(
      '<div lang="ar" dir="rtl"><conflict-timeline layout="horizontal" start="2022-03-01" end="2022-03-02" categories="humanitarian,diplomacy"></conflict-timeline></div>',
      358,
    );
    const h = new TimelineHarness(el);
    await until(() => h.events().length > 0, 'the built-in events');
    await settle(el);
    const untitled = h.events().filter((b) => b.classList.contains('hidden-label') || b.querySelector('.label')!.getBoundingClientRect().width < 20);
    expect(untitled.map((b) => b.dataset.id), 'events drawn without a title').to.deep.equal([]);
    checkView(el, 'RTL phone');
  });
});

describe('layout invariants: the last day at 1280 px', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`the last day's titles use the empty margin after it, up to the plot's edge (${dir})`, async () => {
      const { el, h } = await mount(1280, dir);
      const plot = boxOf(root(el).querySelector('.plot')!);
      const rtl = dir === 'rtl';
      const last = el.visibleEvents.filter((e) => e.date.startsWith('2022-03-02'));
      expect(last.length, 'events of Wed 2 Mar').to.be.at.least(10);
      const cut: string[] = [];
      let beyondDay = 0;
      for (const e of last) {
        const button = h.event(e.id!)!;
        const label = button.querySelector<HTMLElement>('.label')!;
        const l = boxOf(label);
        const day = boxOf(root(el).querySelector(`rect.bar[data-bar="${CSS.escape(e.id!)}"]`)!);
        expect(label.textContent!.trim(), `${e.id}: the label says the title`).to.equal(e.title);
        const whole = label.scrollWidth <= label.clientWidth + 1 && !button.matches('.shortened, .hidden-label');
        // Shortened only where it reaches the plot's edge: no room left beside it.
        const toEdge = rtl ? l.left <= plot.left + 2 : l.right >= plot.right - 2;
        if (!whole && !toEdge) cut.push(`${e.id} ("${e.title}": ${label.clientWidth} of ${label.scrollWidth} px, ends ${Math.round(rtl ? l.left - plot.left : plot.right - l.right)} px from the edge)`);
        if (rtl ? l.left < day.left - SLACK : l.right > day.right + SLACK) beyondDay++;
      }
      expect(cut, 'labels of the last day cut short with room beside them').to.deep.equal([]);
      expect(beyondDay, 'labels of the last day that run on into the empty margin after it').to.be.at.least(3);
      checkView(el, `default view at 1280 px (${dir})`);
    });
  }
});

describe('layout invariants: the fitted window', () => {
  it('is the same whether the chart was asked for at first or after the vertical list', async () => {
    // What the reader sees: the same titles shortened, the same start and end.
    const seen = (el: ConflictTimeline) => [el.start, el.end, new TimelineHarness(el).events().filter((b) => b.matches('.shortened')).map((b) => b.dataset.id)];
    const { el: direct } = await mount(1280, 'ltr');
    const expected = seen(direct);
    const el = await fixture('<div dir="ltr"><conflict-timeline layout="vertical"></conflict-timeline></div>', 1280);
    await until(() => new TimelineHarness(el).events().length > 0, 'the built-in events');
    await settle(el);
    el.layout = 'horizontal';
    await settle(el);
    expect(seen(el)).to.deep.equal(expected);
  });
});

describe('layout invariants: the overview', () => {
  it('has a visible mark for every day with events in the default view', async () => {
    const { el, h } = await mount(1280, 'ltr');
    const path = root(el).querySelector<SVGPathElement>('.overview path.density')!;
    const strip = root(el).querySelector('.overview svg')!.getBoundingClientRect();
    const style = getComputedStyle(path);
    expect(Number(style.fillOpacity), 'the marks are not faint').to.be.at.least(0.7);
    // One-day events: their bar is their day's column, and the fitted chart and the overview share one scale.
    const days = new Map<string, number>();
    for (const id of h.ids()) {
      const bar = root(el).querySelector(`rect.bar[data-bar="${CSS.escape(id)}"]`);
      const date = builtinDate(el, id);
      if (!bar || date.length !== 10) continue;
      const r = bar.getBoundingClientRect();
      days.set(date, (r.left + r.right) / 2 - strip.left);
    }
    expect(days.size, 'days with one-day events').to.be.at.least(3);
    for (const [day, x] of days) {
      expect(path.isPointInFill(new DOMPoint(x, 36 - 5)), `the overview marks ${day}`).to.equal(true);
    }
  });
});

/** An event's period in ms, as its data say it (`date`, EDTF intervals included, and `end`). */
function dataRange(e: { date: string; end?: string }): { start: number; end: number } {
  const range = parseDate(e.date).range!;
  return { start: range.start, end: e.end ? parseDate(e.end).range!.end : range.end };
}

function builtinDate(el: ConflictTimeline, id: string): string {
  return el.visibleEvents.find((e) => e.id === id)?.date ?? '';
}

describe('layout invariants: the vertical list on a phone', () => {
  it('opening an event moves nothing above it: the detail opens under the event the reader tapped', async () => {
    // The list is the page's own flow on a phone (no scroller inside a scroller): what grows is below the reader's finger.
    const el = await fixture('<conflict-timeline></conflict-timeline>', 358);
    const h = new TimelineHarness(el);
    await until(() => h.events().length > 0, 'the built-in events');
    await settle(el);
    expect(root(el).querySelector('.vlist'), 'the vertical list at 358 px').to.not.equal(null);
    const buttons = h.events();
    const tapped = buttons[Math.floor(buttons.length / 2)];
    const above = buttons.slice(0, buttons.indexOf(tapped) + 1).map((b) => b.getBoundingClientRect().top);
    const legendTop = h.legend()[0].getBoundingClientRect().top;
    tapped.click();
    await settle(el);
    const after = buttons.slice(0, buttons.indexOf(tapped) + 1).map((b) => b.getBoundingClientRect().top);
    after.forEach((top, i) => expect(top, `event ${buttons[i].dataset.id} moved when ${tapped.dataset.id} opened`).to.be.closeTo(above[i], 1));
    const detail = h.detail()!;
    expect(detail.getBoundingClientRect().top, 'the detail opens right under the tapped event').to.be.at.least(tapped.getBoundingClientRect().bottom - 1);
    expect(detail.getBoundingClientRect().top).to.be.below(tapped.getBoundingClientRect().bottom + 40);
    // Turning a category off shortens the list below the legend; the legend itself stays where the finger is.
    h.legend()[0].click();
    await settle(el);
    expect(h.legend()[0].getBoundingClientRect().top).to.be.closeTo(legendTop, 1);
  });
});

describe('layout invariants: the vertical list, right to left', () => {
  it('mirrors the left-to-right list: the day headings and the event markers keep the same room from the line', async () => {
    // How far each day heading's text and each event marker is from the line, on the side away from it.
    const room = async (dir: 'ltr' | 'rtl') => {
      const el = await fixture(`<div dir=${dir}><conflict-timeline></conflict-timeline></div>`, 358);
      const h = new TimelineHarness(el);
      await until(() => h.events().length > 0, 'the built-in events');
      await settle(el);
      const days = [...root(el).querySelectorAll<HTMLElement>('.vlist .day')];
      expect(days.length, `${dir}: day groups in the vertical list`).to.be.greaterThan(2);
      return days.map((day) => {
        const box = day.getBoundingClientRect();
        const line = dir === 'rtl' ? box.right : box.left; // the day's border is the line
        const away = (r: DOMRect) => Math.round(dir === 'rtl' ? line - r.right : r.left - line);
        const range = document.createRange();
        range.selectNodeContents(day.querySelector('.day-head')!);
        const marker = day.querySelector('[part~="event"] .marker')!;
        return { heading: away(range.getBoundingClientRect()), marker: away(marker.getBoundingClientRect()) };
      });
    };
    const ltr = await room('ltr');
    const rtl = await room('rtl');
    expect(ltr.every((d) => d.heading >= 20 && d.marker >= 20), `left to right: the room from the line ${JSON.stringify(ltr)}`).to.equal(true);
    expect(rtl, 'right to left, the same room as left to right').to.deep.equal(ltr);
  });
});
