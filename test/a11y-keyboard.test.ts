/**
 * Keyboard accessibility of <conflict-timeline>, with real key presses (sendKeys) in Chromium, Firefox and WebKit:
 * the Tab order through every control, each control operated from the keyboard (legend filter, zoom buttons,
 * Chart/Table switch and the table, Download menu, overview brush, detail panel), the keys on events that the
 * other suites do not press (PageUp/PageDown and +/- from an event, the vertical layout's Home/End/Enter/Escape),
 * and "focus is never lost": re-renders, resizes across the layout breakpoint, filters, data reloads, clusters.
 *
 * Already covered elsewhere and not repeated here: arrows/Home/End/Enter/Space/Escape on horizontal events and
 * Up/Down in the vertical list (conflict-timeline.test.ts), the arithmetic of zoom, pan and brush keys and
 * PageDown into a window without events (zoom.test.ts), axe in 14 states, names, the roving tab stop and the
 * event focus ring (a11y.test.ts).
 */
import { expect } from '@esm-bundle/chai';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import { builtinData } from '../src/builtin-data.js';
import type { TimelineData } from '../src/model/types.js';
import { fixture, nextEvent, SMALL, TimelineHarness, until } from './helpers/harness.js';
import { axeViolations, formatViolations } from './helpers/axe.js';
import { DAY, settle, viewOf } from './helpers/big-data.js';
import { exactView, nextRange } from './helpers/range-detail.js';
import { BROWSER, deepActiveElement, isVisible, press, pressShift, stopName, tabUntil, tabWalk } from './helpers/keyboard.js';

const INVASION = 'invasion-begins';
const TALKS = 'monday-talks-ceasefire';

type Mount = { el: ConflictTimeline; h: TimelineHarness; before: HTMLButtonElement; after: HTMLButtonElement };

/** The element between two plain buttons, so that Tab can enter and leave it. */
async function mount(attributes = '', width = 1248): Promise<Mount> {
  const el = await fixture(`<button class="before">Before</button><conflict-timeline ${attributes}></conflict-timeline><button class="after">After</button>`, width);
  await settle(el);
  const container = el.parentElement!;
  return {
    el,
    h: new TimelineHarness(el),
    before: container.querySelector<HTMLButtonElement>('button.before')!,
    after: container.querySelector<HTMLButtonElement>('button.after')!,
  };
}

/**
 * The fitted window, shown through fit() (which fires nothing). The built-in data are date-only, so start/end name
 * only its days (issue 13, item 13): the exact window is read from the range-change of "Show all events" clicked there.
 */
async function fitView(el: ConflictTimeline): Promise<[number, number]> {
  el.fit();
  await settle(el);
  const range = nextRange(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toolbar"] button[aria-label="Show all events"]')!.click();
  const fit = exactView(await range);
  await settle(el);
  return fit;
}

const width = ([a, b]: [number, number]) => b - a;

/**
 * Presses a key that moves the view (animated unless reduced motion), waits for the gesture's range-change and
 * returns the exact window it reports (start/end of date-only data name days).
 */
async function pressAndWaitForRange(el: ConflictTimeline, key: string, shift = false): Promise<[number, number]> {
  const range = nextEvent(el, 'conflict-timeline-range-change', 3000);
  if (shift) await pressShift(key);
  else await press(key);
  const view = exactView((await range).detail);
  await settle(el);
  return view;
}

/** What has focus, for messages. */
function focusDescription(): string {
  const a = deepActiveElement();
  if (!a || a === document.body) return 'document.body (focus lost)';
  return `${stopName(a)}${(a as HTMLElement).dataset?.id ? ` [${(a as HTMLElement).dataset.id}]` : ''}`;
}

/** Focus is on an element inside the shadow root, which is visible. Returns it. */
function expectFocusInside(el: ConflictTimeline, what: string): HTMLElement {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  expect(active, `${what}: focus is inside the element (it is on ${focusDescription()})`).to.not.equal(null);
  expect(active!.isConnected, `${what}: the focused element is still in the document`).to.equal(true);
  expect(isVisible(active!), `${what}: the focused ${stopName(active)} is visible`).to.equal(true);
  return active!;
}

/** Focus is on an event button that is drawn in the current view. Returns its id. */
function expectFocusOnEventInView(el: ConflictTimeline, h: TimelineHarness, what: string): string {
  const active = expectFocusInside(el, what);
  expect(stopName(active), `${what}: focus is on an event`).to.equal('event');
  const id = active.dataset.id!;
  expect(h.ids(), `${what}: the focused event ${id} is drawn`).to.include(id);
  expect(active.tabIndex, `${what}: the focused event is the roving tab stop`).to.equal(0);
  return id;
}

function toolbarButton(h: TimelineHarness, name: string): HTMLButtonElement {
  const b = h.root.querySelector<HTMLButtonElement>(`[part~="toolbar"] button[aria-label="${name}"]`);
  expect(b, `toolbar button "${name}"`).to.not.equal(null);
  return b!;
}

function switchButton(h: TimelineHarness, name: 'Chart' | 'Table'): HTMLButtonElement {
  const b = [...h.root.querySelectorAll<HTMLButtonElement>('[part~="view-switch"] button')].find((n) => n.textContent!.trim() === name);
  expect(b, `switch button "${name}"`).to.not.equal(undefined);
  return b!;
}

function liveText(h: TimelineHarness): string {
  return (h.root.querySelector('[aria-live]')?.textContent ?? '').trim();
}

function categoryOf(id: string): string {
  return builtinData.events.find((e) => e.id === id)!.category!;
}

/** A tab stop a keyboard user can see and operate, with a name and a visible focus outline (checked while focused). */
function checkStop(stop: HTMLElement, problems: string[]): void {
  const name = stopName(stop);
  const accessibleName = stop.getAttribute('aria-label') || (stop.textContent ?? '').trim();
  if (!accessibleName) problems.push(`${name}: no accessible name`);
  if (!isVisible(stop)) problems.push(`${name}: not visible while focused`);
  const operable =
    (stop.localName === 'button' && !(stop as HTMLButtonElement).disabled) ||
    (stop.getAttribute('role') === 'slider' && stop.tabIndex === 0) ||
    stop.localName === 'a' ||
    stop.localName === 'summary' ||
    (stop.getAttribute('role') === 'region' && stop.tabIndex === 0); // the table's scroll region (arrow keys scroll it)
  if (!operable) problems.push(`${name}: not a control (${stop.outerHTML.slice(0, 120)})`);
  const style = getComputedStyle(stop);
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
    problems.push(`${name}: no visible focus indicator (outline ${style.outlineStyle} ${style.outlineWidth})`);
  }
}

/** 600 events, one a day from 1 January 2020: clusters when all are in view, single events in a short window. */
function manyEvents(): TimelineData {
  const categories = ['military', 'diplomacy', 'humanitarian'];
  return {
    title: 'Six hundred days',
    events: Array.from({ length: 600 }, (_, i) => ({
      id: `d${i}`,
      date: new Date(Date.UTC(2020, 0, 1) + i * DAY).toISOString().slice(0, 10),
      title: `Day ${i + 1}`,
      category: categories[i % 3],
    })),
  };
}

describe(`<conflict-timeline> keyboard accessibility (${BROWSER})`, function () {
  // Many real key presses per test: each is a round trip to the test runner (WebDriver in WebKit, slowest), and
  // other test runs share the 2 cores.
  this.timeout(45_000);
  afterEach(() => document.querySelectorAll('.test-container').forEach((n) => n.remove()));

  describe('Tab order: every control is one visible, operable stop', () => {
    it('Tab visits legend → zoom → Chart/Table → Download → one event → brush → detail close; Shift+Tab the same, backwards', async () => {
      const { el, h, before, after } = await mount('downloads');
      expect(h.isHorizontal()).to.equal(true);
      const legend = h.legend().map((b) => stopName(b));
      expect(legend, 'legend buttons, in the order of the data').to.deep.equal([
        'legend:Military',
        'legend:Diplomacy',
        'legend:Civilian harm',
        'legend:Political',
        'legend:Humanitarian',
      ]);
      const expected = [...legend, 'zoom:Zoom in', 'zoom:Zoom out', 'zoom:Show all events', 'switch:Chart', 'switch:Table', 'download', 'event', 'brush'];

      const problems: string[] = [];
      const forward = await tabWalk(el, before, 'forward', (stop) => checkStop(stop, problems));
      expect(forward.stops.map(stopName), 'Tab order with nothing selected').to.deep.equal(expected);
      expect(forward.exit, `after the last stop focus goes to the next control of the page, not ${stopName(forward.exit)}`).to.equal(after);
      const eventStop = forward.stops[expected.indexOf('event')];
      expect(eventStop.dataset.id, 'the event stop is the first event').to.equal(el.visibleEvents[0].id);

      // Select the event stop with Enter: the detail opens and its close button joins the order, after the brush.
      eventStop.focus();
      await press('Enter');
      await settle(el);
      expect(el.selected).to.equal(eventStop.dataset.id);
      const withDetail = [...expected, 'detail-close'];
      const forward2 = await tabWalk(el, before, 'forward', (stop) => checkStop(stop, problems));
      expect(forward2.stops.map(stopName), 'Tab order with the detail open').to.deep.equal(withDetail);
      expect(forward2.exit).to.equal(after);
      expect(forward2.stops[withDetail.indexOf('event')].dataset.id, 'the event stop is the selected event').to.equal(el.selected);

      const backward = await tabWalk(el, after, 'backward', (stop) => checkStop(stop, problems));
      expect(backward.stops.map(stopName), 'Shift+Tab order').to.deep.equal([...withDetail].reverse());
      expect(backward.exit).to.equal(before);
      expect(backward.stops, 'Shift+Tab visits the same elements').to.deep.equal([...forward2.stops].reverse());
      expect(problems, `tab stops that are not visible, named, operable controls with a focus outline:\n  ${problems.join('\n  ')}\n`).to.deep.equal([]);
    });

    it('in the vertical layout: legend → Chart/Table → one event → its detail (inline, right after it)', async () => {
      const { el, h, before, after } = await mount('', 390);
      expect(h.isVertical()).to.equal(true);
      const problems: string[] = [];
      const legend = h.legend().map((b) => stopName(b));
      const walk = await tabWalk(el, before, 'forward', (stop) => checkStop(stop, problems));
      // No zoom buttons and no overview in the list layout.
      expect(walk.stops.map(stopName)).to.deep.equal([...legend, 'switch:Chart', 'switch:Table', 'event']);
      expect(walk.exit).to.equal(after);
      el.select(TALKS);
      await settle(el);
      const walk2 = await tabWalk(el, before, 'forward', (stop) => checkStop(stop, problems));
      expect(walk2.stops.map(stopName)).to.deep.equal([...legend, 'switch:Chart', 'switch:Table', 'event', 'detail-close']);
      expect(walk2.stops.at(-2)!.dataset.id).to.equal(TALKS);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  });

  describe('controls operated from the keyboard', () => {
    it('legend buttons: Enter and Space toggle their category; aria-pressed follows; focus stays on the button', async () => {
      const { el, h } = await mount();
      const military = h.legend().find((b) => stopName(b) === 'legend:Military')!;
      military.focus();
      await press('Enter');
      await settle(el);
      expect(h.root.activeElement, `focus after Enter (on ${focusDescription()})`).to.equal(military);
      expect(military.getAttribute('aria-pressed')).to.equal('false');
      expect(h.ids().filter((id) => categoryOf(id) === 'military'), 'military events drawn').to.deep.equal([]);
      expect(h.ids().length).to.be.greaterThan(0);
      await press(' ');
      await settle(el);
      expect(h.root.activeElement).to.equal(military);
      expect(military.getAttribute('aria-pressed')).to.equal('true');
      expect(h.ids().some((id) => categoryOf(id) === 'military')).to.equal(true);
      expect(el.categories).to.equal('');
    });

    it('zoom buttons: Enter zooms in, Space zooms out, Enter on "Show all events" fits; focus stays on each', async () => {
      const { el, h } = await mount();
      const fit = await fitView(el);
      const zoomIn = toolbarButton(h, 'Zoom in');
      zoomIn.focus();
      const zoomed = width(await pressAndWaitForRange(el, 'Enter'));
      expect(zoomed, 'Enter on Zoom in').to.be.lessThan(fit[1] - fit[0]);
      expect(h.root.activeElement).to.equal(zoomIn);
      expect(width(await pressAndWaitForRange(el, ' ')), 'Space on Zoom in').to.be.lessThan(zoomed);
      expect(h.root.activeElement).to.equal(zoomIn);

      const zoomOut = toolbarButton(h, 'Zoom out');
      zoomOut.focus();
      expect(width(await pressAndWaitForRange(el, ' ')), 'Space on Zoom out').to.be.closeTo(zoomed, 60_000);
      expect(h.root.activeElement).to.equal(zoomOut);

      const all = toolbarButton(h, 'Show all events');
      all.focus();
      expect(await pressAndWaitForRange(el, 'Enter'), 'Enter on Show all events').to.deep.equal(fit);
      expect(h.root.activeElement).to.equal(all);
    });

    it('Chart/Table switch: Enter shows the table and announces it; focus stays; Tab reaches the table; Space goes back', async () => {
      const { el, h } = await mount('downloads');
      const table = switchButton(h, 'Table');
      table.focus();
      await press('Enter');
      await settle(el);
      expect(el.view).to.equal('table');
      expect(h.root.activeElement, `focus after Enter on Table (on ${focusDescription()})`).to.equal(table);
      expect(table.getAttribute('aria-pressed')).to.equal('true');
      expect(switchButton(h, 'Chart').getAttribute('aria-pressed')).to.equal('false');
      expect(h.root.querySelector('[part~="toolbar"]'), 'no zoom buttons in the table view').to.equal(null);
      expect(liveText(h)).to.equal('Table view');

      await press('Tab');
      expect(stopName(deepActiveElement())).to.equal('download');
      await press('Tab');
      expect(stopName(deepActiveElement()), 'after Download: the table').to.equal('table');

      const chart = await tabUntil((a) => stopName(a) === 'switch:Chart', 'the Chart button', 'backward');
      await press(' ');
      await settle(el);
      expect(el.view).to.equal('chart');
      expect(h.root.activeElement, `focus after Space on Chart (on ${focusDescription()})`).to.equal(chart);
      expect(liveText(h)).to.equal('Chart view');
      expect(h.root.querySelector('[part~="toolbar"]'), 'zoom buttons are back').to.not.equal(null);
      expect(h.events().length).to.equal(builtinData.events.length);
    });

    it('the table view, reached by keyboard, is a real table: column headers, a row header per event, aria-rowcount', async () => {
      const { el, h } = await mount();
      switchButton(h, 'Table').focus();
      await press('Enter');
      await settle(el);
      const region = await tabUntil((a) => stopName(a) === 'table', 'the table');
      const total = el.visibleEvents.length;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal(`Events as a table, ${total} rows`);
      const table = region.querySelector('table')!;
      expect(table, 'a <table>').to.not.equal(null);
      expect(table.getAttribute('aria-rowcount')).to.equal(String(total + 1));
      const heads = [...table.querySelectorAll('thead th')];
      expect(heads.map((t) => t.textContent!.trim())).to.deep.equal(['Date', 'Category', 'Event', 'Summary', 'Sources']);
      expect(heads.every((t) => t.getAttribute('scope') === 'col'), 'column headers have scope=col').to.equal(true);
      expect(table.querySelector('thead tr')!.getAttribute('aria-rowindex')).to.equal('1');
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows.length).to.equal(total);
      rows.forEach((row, i) => {
        const event = el.visibleEvents[i];
        expect(row.getAttribute('aria-rowindex'), `row ${i}`).to.equal(String(i + 2));
        const headers = row.querySelectorAll('th');
        expect(headers.length, `row ${i}: one row header`).to.equal(1);
        expect(headers[0].getAttribute('scope')).to.equal('row');
        expect(headers[0].textContent!.trim(), `row ${i}: the row header is the title`).to.equal(event.title);
        expect(row.querySelectorAll('td').length, `row ${i}: four data cells`).to.equal(4);
      });
      expect(rows[0].querySelector('td')!.textContent!.trim(), 'dates in words').to.equal('24 February 2022');
      // Every cell is in the table's grid for a screen reader: nothing in the rows is hidden except the markers.
      for (const hidden of table.querySelectorAll('[aria-hidden="true"]')) expect(hidden.localName, 'hidden in the table').to.equal('svg');

      // The focused scroll region scrolls with the keyboard.
      expect(region.scrollHeight, 'the table is taller than its region').to.be.greaterThan(region.clientHeight);
      await press('PageDown');
      await until(() => region.scrollTop > 0, 'PageDown to scroll the table region', 2000);
      expect(h.root.activeElement, 'focus stays on the table region').to.equal(region);

      // A state the axe suite in a11y.test.ts does not visit.
      const violations = await axeViolations(el.parentElement!);
      expect(violations.length, `axe violations in the table view:\n${formatViolations(violations)}\n`).to.equal(0);
    });

    it('Download menu: Enter opens it, Tab walks its items, Escape closes it and returns focus to Download', async () => {
      const { el, h } = await mount('downloads');
      el.select(TALKS); // a selection, so Escape could be taken for "close the detail" too
      await settle(el);
      const button = h.root.querySelector<HTMLButtonElement>('[part~="downloads"] > button')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      await press('Enter');
      await settle(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const menu = h.root.getElementById(button.getAttribute('aria-controls')!) as HTMLElement | null;
      expect(menu, 'aria-controls names the menu').to.not.equal(null);
      expect(isVisible(menu!)).to.equal(true);
      expect(h.root.activeElement, 'focus stays on Download when it opens').to.equal(button);
      const items = [...menu!.querySelectorAll<HTMLButtonElement>('button')];
      expect(items.map((b) => b.textContent!.trim())).to.deep.equal(['Image (PNG)', 'Vector image (SVG)', 'Data (CSV)', 'Data (JSON)']);
      for (const item of items) {
        await press('Tab');
        expect(deepActiveElement(), 'Tab walks the menu items in order').to.equal(item);
        expect(isVisible(item)).to.equal(true);
      }
      await pressShift('Tab');
      expect(deepActiveElement()).to.equal(items[2]);

      await press('Escape');
      await settle(el);
      expect(h.root.querySelector('#download-menu'), 'the menu is closed').to.equal(null);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(h.root.activeElement, `focus after Escape (on ${focusDescription()})`).to.equal(button);
      expect(el.selected, 'Escape in the menu leaves the selection alone').to.equal(TALKS);
      expect(h.detail()).to.not.equal(null);

      // Escape with focus on the Download button itself closes the menu as well.
      await press(' ');
      await settle(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await press('Escape');
      await settle(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(h.root.activeElement).to.equal(button);
      expect(el.selected).to.equal(TALKS);

      // The open menu is a state the axe suite does not visit.
      await press('Enter');
      await settle(el);
      const violations = await axeViolations(el.parentElement!);
      expect(violations.length, `axe violations with the Download menu open:\n${formatViolations(violations)}\n`).to.equal(0);
    });

    it('Download menu: Enter on an item downloads it, closes the menu and returns focus to Download', async function () {
      const { el, h } = await mount('downloads');
      const downloads: string[] = [];
      const click = HTMLAnchorElement.prototype.click;
      // The element downloads through a temporary <a download> it clicks: record the file instead of saving it.
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) downloads.push(this.download);
        else click.call(this);
      };
      try {
        const button = h.root.querySelector<HTMLButtonElement>('[part~="downloads"] > button')!;
        button.focus();
        await press('Enter');
        await settle(el);
        const csv = await tabUntil((a) => a?.textContent?.trim() === 'Data (CSV)', 'the CSV item');
        await press('Enter');
        await until(() => downloads.length > 0, 'the CSV download', 3000);
        await settle(el);
        expect(downloads).to.have.length(1);
        expect(downloads[0]).to.match(/\.csv$/);
        expect(csv.isConnected, 'the menu closed').to.equal(false);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expectFocusInside(el, 'after choosing a download');
        expect(h.root.activeElement === button, `after choosing a download, focus went to ${focusDescription()}, not the Download button`).to.equal(true);
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
    });

    it('overview brush: arrows move the window, Shift+arrows by a window, Home/End to the ends; its value text follows', async () => {
      const { el, h } = await mount();
      el.zoomTo('2022-02-28', '2022-02-28');
      await settle(el);
      const brush = () => h.root.querySelector<HTMLElement>('[part~="brush"]')!;
      brush().focus();
      // A whole day, so start/end name it exactly; after each key, the exact window comes with its range-change.
      const s = width(viewOf(el));
      const [a0] = viewOf(el);
      let shown = viewOf(el);
      const text0 = brush().getAttribute('aria-valuetext')!;
      expect(text0).to.match(/^Showing 28 February 2022$/u);

      const step = async (key: string, shift = false) => {
        shown = await pressAndWaitForRange(el, key, shift);
        expect(h.root.activeElement, `focus after ${shift ? 'Shift+' : ''}${key} (on ${focusDescription()})`).to.equal(brush());
        expect(brush().getAttribute('aria-valuetext')).to.match(/^Showing /);
        return shown[0];
      };
      const right = await step('ArrowRight');
      expect(right, 'ArrowRight moves later').to.be.greaterThan(a0);
      expect(brush().getAttribute('aria-valuetext'), 'the value text follows the window').to.not.equal(text0);
      expect(await step('ArrowLeft'), 'ArrowLeft moves back').to.be.closeTo(a0, 60_000);
      expect(await step('ArrowUp'), 'ArrowUp increases like ArrowRight').to.be.closeTo(right, 60_000);
      expect(await step('ArrowDown')).to.be.closeTo(a0, 60_000);
      const shifted = await step('ArrowRight', true);
      expect(shifted - a0, 'Shift+ArrowRight moves several times as far as ArrowRight').to.be.greaterThan(5 * (right - a0));
      expect(await step('ArrowLeft', true)).to.be.closeTo(a0, 60_000);
      expect(width(shown), 'arrows pan, they do not zoom').to.be.closeTo(s, 60_000);

      await step('Home');
      expect(shown[0], 'Home: the window starts at the first event').to.be.at.most(Date.UTC(2022, 1, 24));
      expect(parseFloat(brush().style.insetInlineStart), 'Home: the brush at the start of the strip').to.equal(0);
      const homeValue = Number(brush().getAttribute('aria-valuenow'));
      await step('End');
      expect(shown[1], 'End: the window ends after the last event').to.be.at.least(Date.UTC(2022, 2, 3));
      expect(Number(brush().getAttribute('aria-valuenow')), 'aria-valuenow grows from Home to End').to.be.greaterThan(homeValue);
    });
  });

  describe('keys on events that the other suites do not press', () => {
    it('PageDown and PageUp from an event pan by a window; focus stays on an event in view', async () => {
      const { el, h } = await mount();
      el.zoomTo('2022-03-01', '2022-03-01');
      await settle(el);
      const start = viewOf(el);
      const first = h.events().find((b) => b.tabIndex === 0)!;
      first.focus();
      const next = await pressAndWaitForRange(el, 'PageDown');
      expect(next[0], 'PageDown: the next window').to.be.closeTo(start[1], 60_000);
      expect(next[1] - next[0]).to.be.closeTo(start[1] - start[0], 60_000);
      const afterDown = expectFocusOnEventInView(el, h, 'after PageDown');
      expect(afterDown, 'the view changed, so did the event with focus').to.not.equal(first.dataset.id);
      expect((await pressAndWaitForRange(el, 'PageUp'))[0], 'PageUp: back to the first window').to.be.closeTo(start[0], 60_000);
      expectFocusOnEventInView(el, h, 'after PageUp');
      expect(el.selected, 'paging selects nothing').to.equal(null);
    });

    it('+ and - from an event zoom in and out; focus stays on an event in view', async () => {
      const { el, h } = await mount();
      const [f0, f1] = await fitView(el);
      const fit = f1 - f0;
      // An event near the middle of the view, where zooming around the middle keeps it in view.
      h.event(TALKS)!.focus();
      const zoomed = width(await pressAndWaitForRange(el, '+'));
      expect(zoomed, '+ zooms in').to.be.lessThan(fit);
      const afterPlus = expectFocusOnEventInView(el, h, 'after +');
      expect(width(await pressAndWaitForRange(el, '+'))).to.be.lessThan(zoomed);
      expectFocusOnEventInView(el, h, 'after + +');
      expect(width(await pressAndWaitForRange(el, '-')), '- zooms out').to.be.closeTo(zoomed, 60_000);
      const afterMinus = expectFocusOnEventInView(el, h, 'after -');
      expect(afterMinus).to.equal(afterPlus);
      expect(el.selected).to.equal(null);

      // From the first event, at the left edge: zooming around the middle takes it out of view, and the roving
      // tab stop takes focus (an event still drawn) rather than letting it fall to the page.
      await pressAndWaitForRange(el, '-');
      h.event(INVASION)!.focus();
      await pressAndWaitForRange(el, '+');
      await pressAndWaitForRange(el, '+');
      // (+ zooms around the middle of the view, not around the focused event: focus moves to another event.)
      expectFocusOnEventInView(el, h, 'after + + from the first event');
    });

    it('vertical layout: Home/End move focus; Enter opens the detail inline; Tab enters it; Escape closes it, focus on the event', async () => {
      const { el, h } = await mount('', 390);
      expect(h.isVertical()).to.equal(true);
      const order = el.visibleEvents.map((e) => e.id!);
      h.events()[0].focus();
      await press('End');
      await settle(el);
      expect(h.focusedId()).to.equal(order.at(-1));
      await press('Home');
      await settle(el);
      expect(h.focusedId()).to.equal(order[0]);
      await press('ArrowDown');
      await settle(el);
      expect(h.focusedId()).to.equal(order[1]);
      expect(el.selected, 'moving focus selects nothing').to.equal(null);

      await press('Enter');
      await settle(el);
      expect(el.selected).to.equal(order[1]);
      expect(h.focusedId(), 'focus stays on the event').to.equal(order[1]);
      const detail = h.detail()!;
      expect(detail.closest('li'), 'the detail sits in the event’s own list item').to.equal(h.event(order[1])!.closest('li'));
      await press('Tab');
      expect(stopName(deepActiveElement()), 'Tab from the event enters its detail').to.equal('detail-close');
      await press('Escape');
      await settle(el);
      expect(el.selected).to.equal(null);
      expect(h.detail()).to.equal(null);
      expect(h.focusedId(), `focus after Escape (on ${focusDescription()})`).to.equal(order[1]);

      await press(' ');
      await settle(el);
      expect(el.selected, 'Space selects').to.equal(order[1]);
      await press('Tab');
      await press('Enter'); // on "Close details"
      await settle(el);
      expect(el.selected).to.equal(null);
      expect(h.focusedId(), `focus after Enter on Close details (on ${focusDescription()})`).to.equal(order[1]);
    });

    it('horizontal: Enter on the detail’s close button closes it, announces it and puts focus back on the event', async () => {
      const { el, h } = await mount();
      h.event(TALKS)!.focus();
      await press('Enter');
      await settle(el);
      expect(el.selected).to.equal(TALKS);
      expect(h.detail()!.getAttribute('aria-labelledby')).to.equal('detail-title');
      const close = await tabUntil((a) => stopName(a) === 'detail-close', 'the close button');
      expect(close.getAttribute('aria-label')).to.equal('Close details');
      await press('Enter');
      await settle(el);
      expect(el.selected).to.equal(null);
      expect(h.detail()).to.equal(null);
      expect(h.focusedId(), `focus after closing (on ${focusDescription()})`).to.equal(TALKS);
      expect(liveText(h)).to.equal('Selection cleared');
    });
  });

  describe('Escape away from the events', () => {
    it('Escape on a control outside the detail (brush, zoom, legend) closes the detail and leaves focus on that control', async function () {
      const { el, h } = await mount();
      const moved: string[] = [];
      for (const [what, control] of [
        ['the brush', () => h.root.querySelector<HTMLElement>('[part~="brush"]')!],
        ['Zoom in', () => toolbarButton(h, 'Zoom in')],
        ['the Military legend button', () => h.legend()[0]],
      ] as const) {
        el.select(TALKS);
        await settle(el);
        control().focus();
        await press('Escape');
        await settle(el);
        expect(el.selected, `Escape on ${what} clears the selection`).to.equal(null);
        expect(h.detail(), `Escape on ${what} closes the detail`).to.equal(null);
        expectFocusInside(el, `after Escape on ${what}`);
        if (h.root.activeElement !== control()) moved.push(`${what} → ${focusDescription()}`);
      }
      expect(moved.length === 0, `Escape moved focus: ${moved.join('; ')}`).to.equal(true);
    });
  });

  describe('focus is never lost', () => {
    it('re-renders (theme, locale, strings) keep focus on the same event', async () => {
      const { el, h } = await mount();
      h.event(TALKS)!.focus();
      for (const [what, change] of [
        ['theme="dark"', () => (el.theme = 'dark')],
        ['locale="de"', () => (el.locale = 'de')],
        ['strings', () => (el.strings = { events: 'Ereignisse' })],
        ['scale="linear"', () => (el.scale = 'linear')],
      ] as const) {
        change();
        await settle(el);
        expect(h.focusedId(), `after ${what} (focus on ${focusDescription()})`).to.equal(TALKS);
      }
    });

    it('resizing across the layout breakpoint (chart ↔ list) keeps focus on the same event', async () => {
      const { el, h } = await mount();
      h.event(TALKS)!.focus();
      const container = el.parentElement!;
      container.style.width = '390px';
      await until(() => h.isVertical(), 'the list layout', 3000);
      await settle(el);
      expect(h.focusedId(), `in the list (focus on ${focusDescription()})`).to.equal(TALKS);
      container.style.width = '1248px';
      await until(() => h.isHorizontal(), 'the chart layout', 3000);
      await settle(el);
      expect(h.focusedId(), `back in the chart (focus on ${focusDescription()})`).to.equal(TALKS);
    });

    it('filtering out the focused event’s category with the legend, by keyboard: focus stays, and Tab finds an event', async () => {
      const { el, h } = await mount();
      h.event(INVASION)!.focus(); // military
      const military = await tabUntil((a) => stopName(a) === 'legend:Military', 'the Military legend button', 'backward');
      await press('Enter');
      await settle(el);
      expect(military.getAttribute('aria-pressed')).to.equal('false');
      expect(h.event(INVASION), 'the military event is gone').to.equal(null);
      expect(h.root.activeElement, `focus after filtering (on ${focusDescription()})`).to.equal(military);
      const event = await tabUntil((a) => stopName(a) === 'event', 'an event');
      expect(categoryOf(event.dataset.id!)).to.not.equal('military');
      expectFocusOnEventInView(el, h, 'Tab after filtering');
      expect(h.tabStops()).to.have.length(1);
    });

    it('filtering out the focused event’s category programmatically moves focus to an event still drawn', async () => {
      const { el, h } = await mount();
      h.event(INVASION)!.focus();
      el.categories = 'diplomacy';
      await settle(el);
      const id = expectFocusOnEventInView(el, h, 'after categories="diplomacy"');
      expect(categoryOf(id)).to.equal('diplomacy');
    });

    it('a filter that leaves no event moves focus to "Show all categories"', async function () {
      const { el, h } = await mount();
      h.event(INVASION)!.focus();
      el.categories = 'no-such-category';
      await settle(el);
      const showAll = h.root.querySelector<HTMLButtonElement>('.status button');
      expect(showAll, 'the "Show all categories" button').to.not.equal(null);
      expect(h.root.activeElement === showAll, `with no event left, focus went to ${focusDescription()}`).to.equal(true);
    });

    it('el.view = "table" set by the page while an event has focus moves focus to the table', async function () {
      const { el, h } = await mount();
      h.event(TALKS)!.focus();
      el.view = 'table';
      await settle(el);
      const table = h.root.querySelector<HTMLElement>('[part~="table"]');
      expect(table, 'the table view').to.not.equal(null);
      expect(h.root.activeElement === table, `after el.view = "table", focus went to ${focusDescription()}`).to.equal(true);
    });

    it('setting el.data again keeps focus: on the same event if it is still there, else on an event of the new data', async () => {
      const { el, h } = await mount();
      h.event(TALKS)!.focus();
      el.data = structuredClone(builtinData);
      await settle(el);
      expect(h.focusedId(), `after a reload of the same data (focus on ${focusDescription()})`).to.equal(TALKS);
      el.data = SMALL;
      await settle(el);
      const id = expectFocusOnEventInView(el, h, 'after new data without the focused event');
      expect(SMALL.events.map((e) => e.id)).to.include(id);
      // Arrow keys go on working from there.
      await press('ArrowRight');
      await settle(el);
      expect(h.focusedId()).to.equal(SMALL.events[SMALL.events.findIndex((e) => e.id === id) + 1].id);
    });

    it('when the view turns into clusters focus moves to the cluster holding its event; Enter zooms in, focus on an event', async () => {
      const { el, h } = await mount();
      el.data = manyEvents();
      await settle(el);
      expect(h.root.querySelector('button.cluster'), 'all 600 in view: clusters').to.not.equal(null);
      el.zoomTo('2020-06-01', '2020-06-10');
      await settle(el);
      const focusedAt = h.events().find((b) => b.tabIndex === 0)!;
      focusedAt.focus();
      let presses = 0;
      while (!h.root.querySelector('button.cluster') && presses < 8) {
        await pressAndWaitForRange(el, '-');
        presses++;
        expectFocusInside(el, `after ${presses} presses of -`);
      }
      expect(h.root.querySelector('button.cluster'), 'zoomed out to clusters').to.not.equal(null);
      const cluster = expectFocusInside(el, 'in the clusters');
      expect(stopName(cluster)).to.equal('cluster');
      expect(cluster.tabIndex).to.equal(0);
      // The cluster that holds the event that had focus takes it: the reader stays where they were.
      const date = new Date(manyEvents().events.find((e) => e.id === focusedAt.dataset.id)!.date);
      const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
      expect(cluster.getAttribute('aria-label'), `the focused cluster holds ${focusedAt.dataset.id} (${month})`).to.contain(month.split(' ')[0]);

      await pressAndWaitForRange(el, 'Enter');
      await until(() => !h.root.querySelector('button.cluster'), 'the zoom into the cluster', 3000);
      await settle(el);
      expectFocusOnEventInView(el, h, 'after Enter on the cluster');
    });
  });
});
