/**
 * Issue 14, item 10: a gap's label ("2,889 years") is kept clear of the tick labels beside it, in the chart and in
 * the exported SVG and PNG (a row of their own under the tick labels), on BCE and cosmological axes as on ours.
 */
import { expect } from '@esm-bundle/chai';
import { fixture, nextFrame } from '../helpers/harness.js';
import { gapLabels } from '../../src/layout/axis-labels.js';
import { AXIS_HEIGHT } from '../../src/layout/metrics.js';
import { buildSvg, modelToPng, svgToPng, type SvgModel } from '../../src/render/export.js';

const slide = (year: number, headline: string) => ({ start_date: { year }, text: { headline } });
/** TimelineJS3's BCE sample (years.json) and cosmological one: both have long compressed gaps beside ticks. */
const BCE = { events: [slide(-5410, 'Geological'), slide(-2520, 'A'), slide(-2010, 'B'), slide(-1450, 'C'), slide(-258, 'D')] };
const COSMO = { events: [slide(-13_800_000_000, 'Big Bang'), slide(-12_800_000_000, 'Today'), slide(-4_600_000_000, 'Sun'), slide(-538_800_000, 'Paleozoic'), slide(-315_000, 'Homo sapiens'), slide(-3500, 'Wheel')] };

type Box = { left: number; right: number; top: number; bottom: number; text: string };
const apart = (a: Box, b: Box) => a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom;
/**
 * Text boxes from their geometry (getBBox in screen px), not getBoundingClientRect: Firefox's client rect of a text
 * includes its stroke, and the gap labels' 3 px halo would make touching boxes overlap by 1.5 px.
 */
const boxes = (root: ShadowRoot | Element, selector: string): Box[] =>
  [...root.querySelectorAll<SVGGraphicsElement>(selector)].map((e) => {
    const b = e.getBBox();
    const m = e.getScreenCTM()!;
    const [x0, x1] = [m.a * b.x + m.e, m.a * (b.x + b.width) + m.e].sort((p, q) => p - q);
    const [y0, y1] = [m.d * b.y + m.f, m.d * (b.y + b.height) + m.f].sort((p, q) => p - q);
    return { left: x0, right: x1, top: y0, bottom: y1, text: e.textContent!.trim() };
  });

/** The exported SVG text as the page lays it out (so its text boxes can be measured); removed after the test. */
function placeSvg(text: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the export parses').to.equal(null);
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  document.body.append(svg);
  return svg;
}

/** Rows (px from the top) holding ink darker than the background, within columns x0..x1. */
async function inkRows(png: Blob, x0: number, x1: number): Promise<number[]> {
  const bitmap = await createImageBitmap(png);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data, width } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  const rows: number[] = [];
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = x0; x < x1; x++) {
      if (data[(y * width + x) * 4] < 160) {
        rows.push(y);
        break;
      }
    }
  }
  return rows;
}

describe('gap labels keep clear of tick labels', function () {
  // Generous, not a measure: a busy machine (CI beside other work) may take several times longer.
  this.timeout(60_000);
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

  for (const [name, data] of [['BCE', BCE], ['cosmological', COSMO]] as const) {
    for (const width of [1200, 700]) {
      it(`${name} at ${width} px, exported as SVG: gap labels in their own row under the tick labels, clear of every one`, async () => {
        const el = await fixture('<conflict-timeline></conflict-timeline>', width);
        el.data = data as never;
        await el.updateComplete;
        await nextFrame();
        const svg = placeSvg(el.exportSVG());
        try {
          // Tick labels are written at 12.5 px, gap labels at 11 px (see buildSvg).
          const ticks = boxes(svg, 'text[font-size="12.5"]');
          const gapTexts = [...svg.querySelectorAll('text[font-size="11"]')];
          const gaps = boxes(svg, 'text[font-size="11"]');
          expect(ticks.filter((t) => t.text).length, 'tick labels exported').to.be.at.least(2);
          expect(gaps.length, 'a gap label exported').to.be.at.least(1);
          const tickRow = Number(svg.querySelector('text[font-size="12.5"]')!.getAttribute('y'));
          for (const [i, g] of gaps.entries()) {
            expect(g.text).to.match(/years$/);
            expect(Number(gapTexts[i].getAttribute('y')), `"${g.text}" on the chart's gap-label row`).to.equal(AXIS_HEIGHT - 14);
            expect(Number(gapTexts[i].getAttribute('y')), `"${g.text}" below the tick labels' row`).to.be.greaterThan(tickRow);
            for (const t of ticks) expect(apart(g, t), `"${g.text}" over "${t.text}"`).to.equal(true);
          }
          for (let i = 1; i < gaps.length; i++) for (let j = 0; j < i; j++) expect(apart(gaps[j], gaps[i]), `"${gaps[j].text}" over "${gaps[i].text}"`).to.equal(true);
        } finally {
          svg.remove();
        }
      });
    }
  }

  it('the PNG (drawn on a canvas) puts a gap label on the same row as the SVG does, under the tick labels', async () => {
    // A gap label alone in its columns: the gap's own background covers the grid, so its ink is the label's.
    const model: SvgModel = {
      width: 300, height: 120, top: 0, font: 'sans-serif', background: '#ffffff', color: '#111111', muted: '#333333', grid: '#dddddd', title: '',
      ticks: [{ x: 20, labelX: 24, label: '5400 BC', anchor: 'start', major: true }],
      gaps: [{ x0: 160, x1: 240, label: '2,889 years' }],
      bars: [], markers: [], labels: [], clusters: [],
    };
    const columns = [175, 225] as const;
    const canvasRows = (await inkRows(await modelToPng(model, 1), ...columns)).filter((y) => y < AXIS_HEIGHT - 8);
    const svgRows = (await inkRows(await svgToPng(buildSvg(model), model.width, model.height, 1), ...columns)).filter((y) => y < AXIS_HEIGHT - 8);
    expect(canvasRows.length, 'the label is drawn').to.be.at.least(5);
    // Under the tick labels' row (baseline 16, so their ink ends by 20), on the baseline AXIS_HEIGHT - 14.
    expect(Math.min(...canvasRows), 'top of the label').to.be.at.least(20);
    expect(Math.max(...canvasRows), 'bottom of the label').to.be.within(AXIS_HEIGHT - 14, AXIS_HEIGHT - 10);
    expect(Math.abs(Math.min(...canvasRows) - Math.min(...svgRows)), 'same top as the SVG').to.be.at.most(1);
    expect(Math.abs(Math.max(...canvasRows) - Math.max(...svgRows)), 'same bottom as the SVG').to.be.at.most(1);
  });

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
