/**
 * Issue 14, item 10: a gap's label ("2,889 years") is kept clear of the tick labels beside it, in the chart and in
 * the exported SVG, on BCE and cosmological axes as on ours.
 */
import { expect } from '@esm-bundle/chai';
import { fixture, nextFrame } from '../helpers/harness.js';
import { gapLabels } from '../../src/layout/axis-labels.js';

const slide = (year: number, headline: string) => ({ start_date: { year }, text: { headline } });
/** TimelineJS3's BCE sample (years.json) and cosmological one: both have long compressed gaps beside ticks. */
const BCE = { events: [slide(-5410, 'Geological'), slide(-2520, 'A'), slide(-2010, 'B'), slide(-1450, 'C'), slide(-258, 'D')] };
const COSMO = { events: [slide(-13_800_000_000, 'Big Bang'), slide(-12_800_000_000, 'Today'), slide(-4_600_000_000, 'Sun'), slide(-538_800_000, 'Paleozoic'), slide(-315_000, 'Homo sapiens'), slide(-3500, 'Wheel')] };

type Box = { left: number; right: number; top: number; bottom: number; text: string };
const apart = (a: Box, b: Box) => a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom;
const boxes = (root: ShadowRoot, selector: string): Box[] =>
  [...root.querySelectorAll(selector)].map((e) => ({ ...e.getBoundingClientRect().toJSON(), text: e.textContent!.trim() }));

describe('gap labels keep clear of tick labels', () => {
  for (const [name, data] of [['BCE', BCE], ['cosmological', COSMO]] as const) {
    for (const width of [1200, 700]) {
      it(`${name} at ${width} px: every gap label box is clear of every tick label box`, async () => {
        const el = await fixture('<conflict-timeline></conflict-timeline>', width);
        el.data = data as never;
        await el.updateComplete;
        await nextFrame();
        const root = el.shadowRoot!;
        const gaps = boxes(root, '.gap-label');
        const ticks = boxes(root, '.tick-label');
        expect(root.querySelectorAll('.gap').length, 'gaps drawn').to.be.at.least(1);
        expect(gaps.length, 'a gap label shown').to.be.at.least(1);
        expect(ticks.filter((t) => t.text).length, 'tick labels shown').to.be.at.least(2);
        for (const g of gaps) {
          expect(g.text).to.match(/years$/);
          for (const t of ticks) expect(apart(g, t), `"${g.text}" over "${t.text}"`).to.equal(true);
        }
        for (let i = 1; i < gaps.length; i++) expect(apart(gaps[i - 1], gaps[i])).to.equal(true);
        // Every tick keeps its label: the gap labels have a row of their own.
        for (const t of root.querySelectorAll('.tick-label')) expect(t.textContent!.trim()).to.not.equal('');
      });
    }
  }

  it('gapLabels: the longest gap keeps its label, one that would cover it or a reserved span is left out', () => {
    const gaps = [
      { start: 0, end: 10, x0: 90, x1: 130, name: 'long' },
      { start: 20, end: 25, x0: 120, x1: 150, name: 'short, over the long one' },
      { start: 30, end: 32, x0: 0, x1: 20, name: 'short, over the context year' },
      { start: 40, end: 42, x0: 300, x1: 320, name: 'short, clear' },
    ];
    const shown = gapLabels(gaps, (g) => `${g.end - g.start} years`, (t) => t.length * 6, [[0, 40]]);
    expect(shown.map((s) => s.gap.name)).to.deep.equal(['long', 'short, clear']);
    expect(shown.map((s) => s.label)).to.deep.equal(['10 years', '2 years']);
  });
});
