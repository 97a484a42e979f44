import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Result } from 'axe-core';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import { builtinData } from '../src/builtin-data.js';
import { BUILTIN_CATEGORIES } from '../src/model/categories.js';
import { fixture, holdFetch, nextFrame, SMALL, TimelineHarness, until } from './helpers/harness.js';
import { axeViolations, contrast, formatColor, formatViolations, parseColor } from './helpers/axe.js';
import { settle } from './helpers/big-data.js';

const SMALL_URL = new URL('./fixtures/small.json', import.meta.url).href;
const KHARKIV = 'kharkiv-freedom-square-strike';
const MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

type Mount = { el: ConflictTimeline; h: TimelineHarness; container: HTMLElement };

async function mount(markup: string, width = 1248): Promise<Mount> {
  const el = await fixture(markup, width);
  return { el, h: new TimelineHarness(el), container: el.parentElement! };
}

/**
 * Asserts that axe found nothing, with one readable message per violation. `known` lists rule ids whose
 * violations are asserted separately by the caller (after this), so that an unfixed known problem does not hide
 * a new one.
 */
function expectNoViolations(violations: Result[], what: string, known: string[] = []): void {
  const rest = violations.filter((v) => !known.includes(v.id));
  expect(rest.length, `axe violations in ${what}:\n${formatViolations(rest)}\n`).to.equal(0);
}

/** Asserts that the problems found are none, listing each one otherwise. */
function expectNone(problems: string[], what: string): void {
  expect(problems.length, `${what}:\n  ${problems.join('\n  ')}\n`).to.equal(0);
}

/** Opacity of an element times that of every ancestor, across shadow boundaries. */
function effectiveOpacity(n: Element): number {
  let opacity = 1;
  for (let e: Element | null = n; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
    opacity *= parseFloat(getComputedStyle(e).opacity);
  }
  return opacity;
}

/** Every element of the shadow root with an explicit or implicit region role. */
function regions(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('[role="region"], section[aria-label], section[aria-labelledby]')].filter(
    (n) => !n.hasAttribute('role') || n.getAttribute('role') === 'region',
  );
}

function box(n: Element): { w: number; h: number } {
  const r = n.getBoundingClientRect();
  return { w: Math.round(r.width * 100) / 100, h: Math.round(r.height * 100) / 100 };
}

function nodeLabel(n: Element): string {
  const cls = n.getAttribute('class') ?? '';
  const id = (n as HTMLElement).dataset?.id;
  return `${n.localName}.${cls.split(/\s+/).filter(Boolean).join('.')}${id ? `[data-id="${id}"]` : ''} "${(n.textContent ?? '').trim().slice(0, 40)}"`;
}

describe('<conflict-timeline> accessibility', () => {
  afterEach(() => document.querySelectorAll('.test-container').forEach((n) => n.remove()));

  describe('axe-core finds no violations', () => {
    it('default: built-in data, 1248px wide, horizontal', async () => {
      const { h, container } = await mount('<conflict-timeline></conflict-timeline>');
      expect(h.isHorizontal()).to.equal(true);
      expectNoViolations(await axeViolations(container), 'the default state');
    });

    it('selected: the detail panel is open', async () => {
      const { el, h, container } = await mount('<conflict-timeline></conflict-timeline>');
      expect(el.select(KHARKIV)).to.not.equal(null);
      await settle(el);
      expect(h.detail()).to.not.equal(null);
      expectNoViolations(await axeViolations(container), 'the selected state');
    });

    it('vertical layout at 390px', async () => {
      const { h, container } = await mount('<conflict-timeline layout="vertical"></conflict-timeline>', 390);
      expect(h.isVertical()).to.equal(true);
      const violations = await axeViolations(container);
      expectNoViolations(violations, 'the vertical layout');
    });

    it('vertical layout at 390px with an event selected', async () => {
      const { el, h, container } = await mount('<conflict-timeline layout="vertical"></conflict-timeline>', 390);
      el.select(KHARKIV);
      await settle(el);
      expect(h.detail()).to.not.equal(null);
      const violations = await axeViolations(container);
      expectNoViolations(violations, 'the vertical layout with the detail open');
    });

    it('dark theme, horizontal', async () => {
      const { h, container } = await mount('<conflict-timeline theme="dark"></conflict-timeline>');
      expect(h.isHorizontal()).to.equal(true);
      expectNoViolations(await axeViolations(container), 'the dark horizontal state');
    });

    it('dark theme, horizontal, with the detail panel open', async () => {
      const { el, h, container } = await mount('<conflict-timeline theme="dark"></conflict-timeline>');
      el.select(KHARKIV);
      await settle(el);
      expect(h.detail()).to.not.equal(null);
      expectNoViolations(await axeViolations(container), 'the dark selected state');
    });

    it('dark theme, vertical', async () => {
      const { h, container } = await mount('<conflict-timeline theme="dark" layout="vertical"></conflict-timeline>', 390);
      expect(h.isVertical()).to.equal(true);
      const violations = await axeViolations(container);
      expectNoViolations(violations, 'the dark vertical state');
    });

    it('a category filter applied (categories="diplomacy")', async () => {
      const { el, h, container } = await mount('<conflict-timeline categories="diplomacy"></conflict-timeline>');
      expect(el.visibleEvents.every((e) => e.category === 'diplomacy')).to.equal(true);
      expect(h.legend().filter((b) => b.getAttribute('aria-pressed') === 'false').length).to.equal(BUILTIN_CATEGORIES.length - 1);
      expectNoViolations(await axeViolations(container), 'the filtered state');
    });

    it('a category filter applied, dark theme', async () => {
      const { container } = await mount('<conflict-timeline categories="diplomacy" theme="dark"></conflict-timeline>');
      expectNoViolations(await axeViolations(container), 'the filtered dark state');
    });

    it('a window with hidden events on both sides (edge buttons), horizontal', async () => {
      const { h, container } = await mount('<conflict-timeline start="2022-03-01" end="2022-03-01"></conflict-timeline>');
      expect(h.root.querySelector('.edge.before')).to.not.equal(null);
      expect(h.root.querySelector('.edge.after')).to.not.equal(null);
      expectNoViolations(await axeViolations(container), 'the windowed horizontal state');
    });

    it('a window with hidden events on both sides, vertical', async () => {
      const { h, container } = await mount('<conflict-timeline layout="vertical" start="2022-03-01" end="2022-03-01"></conflict-timeline>', 390);
      expect(h.root.querySelectorAll('.edge-inline').length).to.equal(2);
      const violations = await axeViolations(container);
      expectNoViolations(violations, 'the windowed vertical state');
    });

    it('the error state (no events)', async () => {
      const { el, h, container } = await mount('<conflict-timeline></conflict-timeline>');
      el.data = { events: [] };
      await settle(el);
      expect(h.error()).to.not.equal(null);
      expect(h.error()!.getAttribute('role')).to.equal('alert');
      expectNoViolations(await axeViolations(container), 'the error state');
    });

    it('the loading state (src being fetched)', async () => {
      // The fixture answers in a few ms: hold its response until axe is done, so the run sees the loading
      // state from start to end.
      const held = holdFetch();
      try {
        const { el, h, container } = await mount('<conflict-timeline></conflict-timeline>');
        el.src = SMALL_URL;
        await el.updateComplete;
        expect(el.loading).to.equal(true);
        expect(h.region().getAttribute('aria-busy')).to.equal('true');
        expect(h.root.querySelector('[role="status"]')!.textContent).to.contain('Loading');
        const violations = await axeViolations(container);
        expect(el.loading, 'still loading after the axe run').to.equal(true);
        expectNoViolations(violations, 'the loading state');
      } finally {
        held.release();
      }
    });

    it('a dataset with invalid events (the notice open)', async () => {
      const { el, h, container } = await mount('<conflict-timeline></conflict-timeline>');
      el.data = { ...SMALL, events: [...SMALL.events, { id: 'bad', date: '2022-02-30', title: 'Impossible day' }] };
      await settle(el);
      const notice = h.root.querySelector<HTMLDetailsElement>('details.notice')!;
      expect(notice).to.not.equal(null);
      notice.open = true;
      await nextFrame();
      expect(notice.querySelector('li')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expectNoViolations(await axeViolations(container), 'the invalid-events notice');
    });
  });

  describe('screen readers', () => {
    it('the element is one region, named by the dataset title or the label attribute', async () => {
      const { el, h } = await mount('<conflict-timeline></conflict-timeline>');
      expect(el.getAttribute('role')).to.equal(null);
      expect(regions(h.root)).to.deep.equal([h.region()]);
      expect(h.region().getAttribute('role')).to.equal('region');
      expect(h.region().getAttribute('aria-label')).to.equal(builtinData.title);

      const labelled = await mount('<conflict-timeline label="War in Ukraine, week one"></conflict-timeline>');
      expect(regions(labelled.h.root)).to.deep.equal([labelled.h.region()]);
      expect(labelled.h.region().getAttribute('aria-label')).to.equal('War in Ukraine, week one');

      // Without a title and without label, the region still has a name.
      const untitled = await mount('<conflict-timeline></conflict-timeline>');
      untitled.el.data = { events: SMALL.events };
      await settle(untitled.el);
      expect(untitled.h.region().getAttribute('aria-label')).to.equal('Events');
    });

    for (const layout of ['horizontal', 'vertical'] as const) {
      it(`every event button names its date in words, category, title and "N of M" (${layout})`, async () => {
        const { el, h } = await mount(`<conflict-timeline layout="${layout}"></conflict-timeline>`, layout === 'vertical' ? 390 : 1248);
        const order = el.visibleEvents.map((e) => e.id);
        const total = order.length;
        expect(total).to.equal(builtinData.events.length);
        expect(h.events().length).to.equal(total);
        const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
        const labelOf = new Map(BUILTIN_CATEGORIES.map((c) => [c.name, c.label]));
        for (const button of h.events()) {
          const id = button.dataset.id!;
          const event = builtinData.events.find((e) => e.id === id)!;
          const name = button.getAttribute('aria-label') ?? '';
          const where = `${id}: "${name}"`;
          expect(name, where).to.match(MONTHS);
          expect(name, where).to.contain('2022');
          expect(name, `${where} shows an ISO date`).to.not.match(/\d{4}-\d{2}/);
          if (/^\d{4}-\d{2}-\d{2}$/.test(event.date)) {
            expect(name.startsWith(`${day.format(new Date(`${event.date}T00:00:00Z`))}, `), where).to.equal(true);
          }
          expect(name, where).to.contain(`${labelOf.get(event.category!)}: `);
          expect(name, where).to.contain(event.title);
          expect(name.endsWith(`, ${order.indexOf(id) + 1} of ${total}`), where).to.equal(true);
          // The visible words are part of the name (WCAG 2.5.3 label in name): the title is.
          const visible = button.querySelector('.label')!.cloneNode(true) as HTMLElement;
          visible.querySelector('.when')?.remove();
          expect(name, where).to.contain(visible.textContent!.trim());
        }
      });
    }

    it('the event buttons are one roving tab stop: one tabindex=0, the others -1', async () => {
      for (const [markup, width] of [
        ['<conflict-timeline></conflict-timeline>', 1248],
        ['<conflict-timeline layout="vertical"></conflict-timeline>', 390],
      ] as const) {
        const { el, h } = await mount(markup, width);
        const check = (state: string) => {
          const values = h.events().map((b) => b.getAttribute('tabindex'));
          expect(values.filter((v) => v === '0').length, `${state}: buttons with tabindex=0`).to.equal(1);
          expect(values.filter((v) => v !== '0' && v !== '-1'), `${state}: other tabindex values`).to.deep.equal([]);
        };
        check(`${markup} initially`);
        expect(h.tabStops()).to.deep.equal([el.visibleEvents[0].id]);
        el.select(KHARKIV);
        await settle(el);
        check(`${markup} with a selection`);
        expect(h.tabStops()).to.deep.equal([KHARKIV]);
        // Nothing else inside the element sits between the events in the tab order.
        const stops = [...h.root.querySelectorAll<HTMLElement>('button, a[href], summary, [tabindex]')]
          .filter((n) => n.tabIndex >= 0 && !n.matches('button.event'));
        expect(stops.every((n) => !n.closest('.events') || n.closest('.detail')), 'extra tab stops in the event list').to.equal(true);
      }
    });

    it('decorative SVG (axis, markers, spinner) is hidden from assistive technology', async () => {
      const { el, h } = await mount('<conflict-timeline></conflict-timeline>');
      el.select(KHARKIV);
      await settle(el);
      const axis = h.root.querySelector('svg.axis')!;
      expect(axis.getAttribute('aria-hidden')).to.equal('true');
      const markers = [...h.root.querySelectorAll('svg.marker')];
      expect(markers.length).to.be.greaterThan(builtinData.events.length); // events, legend and detail
      for (const svg of markers) expect(svg.getAttribute('aria-hidden'), nodeLabel(svg.parentElement!)).to.equal('true');
      // Every SVG in the shadow root is hidden, in both layouts.
      const vertical = await mount('<conflict-timeline layout="vertical"></conflict-timeline>', 390);
      for (const root of [h.root, vertical.h.root]) {
        for (const svg of root.querySelectorAll('svg')) {
          expect(svg.closest('[aria-hidden="true"]'), `svg in ${nodeLabel(svg.parentElement!)}`).to.not.equal(null);
        }
      }
    });

    it('the live region announces "Selected: <title>, <date>" after a click, not after select()', async () => {
      const { el, h } = await mount('<conflict-timeline></conflict-timeline>');
      const live = [...h.root.querySelectorAll('[aria-live]')];
      expect(live.length).to.equal(1);
      const region = live[0] as HTMLElement;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.getAttribute('aria-atomic')).to.equal('true');
      expect(region.textContent!.trim()).to.equal('');
      // Visually hidden, yet rendered (not display:none or visibility:hidden, which would silence it).
      const style = getComputedStyle(region);
      expect(style.display).to.not.equal('none');
      expect(style.visibility).to.equal('visible');

      el.select('invasion-begins');
      await settle(el);
      expect(region.textContent!.trim(), 'after select()').to.equal('');

      const event = builtinData.events.find((e) => e.id === 'monday-talks-ceasefire')!;
      await h.click(event.id!);
      await settle(el);
      expect(region.textContent!.trim()).to.equal(`Selected: ${event.title}, 28 February 2022`);
      expect(h.root.querySelectorAll('[aria-live]').length).to.equal(1);
      expect(h.root.querySelector('[aria-live]')).to.equal(region); // the same node: it was not re-created
    });
  });

  describe('keyboard and pointer', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`a keyboard-focused event button shows a 2px outline that contrasts 3:1 (${theme})`, async () => {
        const { el, h } = await mount(`<button class="before">Before</button><conflict-timeline theme="${theme}"></conflict-timeline>`);
        const before = el.parentElement!.querySelector<HTMLButtonElement>('button.before')!;
        before.focus();
        let presses = 0;
        while (!h.root.activeElement?.matches('button.event') && presses < 20) {
          await sendKeys({ press: 'Tab' });
          presses++;
        }
        await el.updateComplete;
        const button = h.root.activeElement as HTMLElement | null;
        expect(button?.matches('button.event'), `Tab reached ${button ? nodeLabel(button) : 'nothing in the element'}`).to.equal(true);
        expect(button!.tabIndex).to.equal(0);
        const style = getComputedStyle(button!);
        expect(style.outlineStyle).to.not.equal('none');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        const bg = getComputedStyle(h.region()).backgroundColor;
        const ratio = contrast(style.outlineColor, bg);
        expect(ratio, `focus ring ${style.outlineColor} on ${bg}`).to.be.at.least(3);
      });
    }

    it('pointer targets are at least 24×24 CSS px (horizontal event buttons: 24px high)', async () => {
      const problems: string[] = [];
      const check = (nodes: Element[], what: string, heightOnly = false) => {
        expect(nodes.length, `no ${what} found`).to.be.greaterThan(0);
        for (const n of nodes) {
          const { w, h } = box(n);
          if (h < 24 || (!heightOnly && w < 24)) problems.push(`${what} ${nodeLabel(n)}: ${w}×${h}`);
        }
      };
      // Horizontal, with the detail open (close button) and the legend.
      const horizontal = await mount('<conflict-timeline></conflict-timeline>');
      horizontal.el.select(KHARKIV);
      await settle(horizontal.el);
      check(horizontal.h.events(), 'horizontal event', true);
      check(horizontal.h.legend(), 'legend button');
      check([...horizontal.h.root.querySelectorAll('.detail button.close')], 'close button');
      // Horizontal window: edge buttons.
      const windowed = await mount('<conflict-timeline start="2022-03-01" end="2022-03-01"></conflict-timeline>');
      check([...windowed.h.root.querySelectorAll('button.edge')], 'edge button');
      check(windowed.h.events(), 'windowed event', true);
      // Vertical, with the detail open, and its window.
      const vertical = await mount('<conflict-timeline layout="vertical"></conflict-timeline>', 390);
      vertical.el.select(KHARKIV);
      await settle(vertical.el);
      check(vertical.h.events(), 'vertical event');
      check(vertical.h.legend(), 'vertical legend button');
      check([...vertical.h.root.querySelectorAll('.detail button.close')], 'vertical close button');
      const vwindow = await mount('<conflict-timeline layout="vertical" start="2022-03-01" end="2022-03-01"></conflict-timeline>', 390);
      check([...vwindow.h.root.querySelectorAll('button.edge-inline')], 'vertical edge button');
      // The empty-filter "show all" button.
      const empty = await mount('<conflict-timeline></conflict-timeline>');
      empty.el.data = SMALL;
      empty.el.categories = 'nothing-matches';
      await settle(empty.el);
      check([...empty.h.root.querySelectorAll('.status button')], '"show all" button');
      expectNone(problems, 'pointer targets smaller than 24px');
    });

    it('the notice summary is keyboard-reachable and opens with Enter', async () => {
      const { el, h } = await mount('<button class="before">Before</button><conflict-timeline></conflict-timeline>');
      el.data = { ...SMALL, events: [...SMALL.events, { id: 'bad', date: '2022-02-30', title: 'Impossible day' }] };
      await settle(el);
      const notice = h.root.querySelector<HTMLDetailsElement>('details.notice')!;
      el.parentElement!.querySelector<HTMLButtonElement>('button.before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(h.root.activeElement?.localName, 'first tab stop in the element').to.equal('summary');
      await sendKeys({ press: 'Enter' });
      await until(() => notice.open, 'the notice to open');
    });
  });

  describe('contrast (WCAG 1.4.3 text 4.5:1, 1.4.11 markers 3:1)', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`tick labels and event labels contrast 4.5:1 with the background (${theme})`, async () => {
        const { h } = await mount(`<conflict-timeline theme="${theme}"></conflict-timeline>`);
        const bg = parseColor(getComputedStyle(h.region()).backgroundColor);
        expect(bg[3], 'the element paints an opaque background').to.equal(1);
        const failures: string[] = [];
        const checkText = (nodes: Element[], what: string, prop: 'fill' | 'color') => {
          expect(nodes.length, `no ${what}`).to.be.greaterThan(0);
          for (const n of nodes) {
            const style = getComputedStyle(n);
            const fg = parseColor(prop === 'fill' ? style.fill : style.color);
            const opacity = parseFloat(prop === 'fill' ? style.fillOpacity : '1') * effectiveOpacity(n);
            fg[3] *= opacity;
            const ratio = contrast(fg, bg);
            if (ratio < 4.5) failures.push(`${what} "${n.textContent!.trim()}": ${formatColor(fg)} on ${formatColor(bg)} = ${ratio.toFixed(2)}:1`);
          }
        };
        checkText([...h.root.querySelectorAll('.tick-label')], 'tick label', 'fill');
        checkText([...h.root.querySelectorAll('.gap-label')], 'gap label', 'fill');
        checkText(h.events().map((b) => b.querySelector('.label')!), 'event label', 'color');
        checkText([...h.root.querySelectorAll('.title, .description, .legend button span')], 'header/legend text', 'color');
        expectNone(failures, 'contrast below the minimum');
      });

      it(`legend text keeps 4.5:1 while its category is filtered out (${theme})`, async () => {
        const { h } = await mount(`<conflict-timeline theme="${theme}" categories="diplomacy"></conflict-timeline>`);
        const bg = parseColor(getComputedStyle(h.region()).backgroundColor);
        const off = h.legend().filter((b) => b.getAttribute('aria-pressed') === 'false');
        expect(off.length).to.equal(BUILTIN_CATEGORIES.length - 1);
        const failures: string[] = [];
        for (const span of off.flatMap((b) => [...b.querySelectorAll('span')])) {
          const fg = parseColor(getComputedStyle(span).color);
          fg[3] *= effectiveOpacity(span);
          const ratio = contrast(fg, bg);
          if (ratio < 4.5) failures.push(`${nodeLabel(span.parentElement!)} ${span.className || 'label'} "${span.textContent!.trim()}": ${formatColor(fg)} on ${formatColor(bg)} = ${ratio.toFixed(2)}:1`);
        }
        expectNone(failures, 'legend text of filtered-out categories below 4.5:1');
      });

      it(`every built-in category marker contrasts 3:1 with the background (${theme})`, async () => {
        const { h } = await mount(`<conflict-timeline theme="${theme}"></conflict-timeline>`);
        const bg = parseColor(getComputedStyle(h.region()).backgroundColor);
        const failures: string[] = [];
        const seen = new Set<string>();
        for (const category of BUILTIN_CATEGORIES) {
          const legend = h.legend().find((b) => b.textContent!.includes(category.label));
          expect(legend, `legend button for ${category.label}`).to.not.equal(undefined);
          const events = h.events().filter((b) => builtinData.events.find((e) => e.id === b.dataset.id)!.category === category.name);
          expect(events.length, `events of ${category.name}`).to.be.greaterThan(0);
          // The legend marker, and the markers of events that are not uncertain (those are drawn hollow, with a
          // category-coloured dashed outline: checked for the outline instead).
          for (const path of [legend!.querySelector('svg path')!, ...events.map((b) => b.querySelector('svg.marker path')!)]) {
            const style = getComputedStyle(path);
            const uncertain = !!path.closest('.event.uncertain');
            const fg = parseColor(uncertain ? style.stroke : style.fill);
            if (!uncertain) fg[3] *= parseFloat(style.fillOpacity);
            const ratio = contrast(fg, bg);
            seen.add(`${category.name} ${formatColor(fg)}`);
            const where = path.closest('button.event') ? `event ${(path.closest('button.event') as HTMLElement).dataset.id}` : 'legend';
            if (ratio < 3) failures.push(`${category.name} (${where}) ${uncertain ? 'outline' : 'fill'} ${formatColor(fg)} on ${formatColor(bg)} = ${ratio.toFixed(2)}:1`);
          }
          // The colour is the designed one for this scheme.
          const expected = parseColor(theme === 'dark' ? category.dark : category.light);
          const legendFill = parseColor(getComputedStyle(legend!.querySelector('svg path')!).fill);
          expect(formatColor(legendFill), `${category.name} legend fill`).to.equal(formatColor(expected));
        }
        expectNone(failures, 'contrast below the minimum');
      });
    }

    it('theme="auto" follows prefers-color-scheme: dark (where the browser can emulate it)', async function () {
      try {
        await emulateMedia({ colorScheme: 'dark' });
      } catch {
        this.skip(); // this browser cannot emulate the media feature: the theme="dark" tests cover the colours
      }
      try {
        if (!matchMedia('(prefers-color-scheme: dark)').matches) this.skip();
        const { h, container } = await mount('<conflict-timeline></conflict-timeline>');
        const bg = getComputedStyle(h.region()).backgroundColor;
        expect(formatColor(parseColor(bg))).to.equal('#16181b');
        const military = h.legend().find((b) => b.textContent!.includes('Military'))!;
        expect(formatColor(parseColor(getComputedStyle(military.querySelector('svg path')!).fill))).to.equal('#ff8a80');
        expectNoViolations(await axeViolations(container), 'theme="auto" with a dark colour scheme');
      } finally {
        await emulateMedia({ colorScheme: 'light' }).catch(() => undefined);
      }
    });
  });
});
