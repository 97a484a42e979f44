import { expect } from '@esm-bundle/chai';
import { MAX_INDIVIDUAL } from '../../src/layout/chart-geometry.js';
import { fitForLabels } from '../../src/layout/label-room.js';
import { parseTimeline } from '../../src/model/parse.js';
import { measureText } from '../../src/render/text-measure.js';
import { fitDomain } from '../../src/scales/time.js';

const FONT = '13px sans-serif';
const R = 6.5;
const WIDTH = 1000;
/** What a label takes after its marker's start: the marker, a gap, the text (at most 360 px) and 4 px. */
const needs = (title: string) => 2 * R + 7 + Math.min(360, Math.ceil(measureText(title, FONT)) + 4);

function events(titles: string[]) {
  const { timeline } = parseTimeline({ events: titles.map((title, i) => ({ id: `e${i}`, date: `2022-02-${String(20 + (i % 8)).padStart(2, '0')}`, title })) });
  const list = timeline!.events;
  const starts = list.map((e) => e.when.start);
  return { list, fit: fitDomain(Math.min(...starts), Math.max(...list.map((e) => e.when.end))), first: Math.min(...starts) };
}

/** Where a time falls across a plot `width` px wide showing `view`. */
const x = (view: readonly [number, number], t: number, width: number) => ((t - view[0]) * width) / (view[1] - view[0]);

/** The plot width at which the last event's label overflows the fit's end by `overflow` px. */
function widthOverflowing(fit: readonly [number, number], lastStart: number, label: number, overflow: number): number {
  return ((label - overflow) * (fit[1] - fit[0])) / (fit[1] - lastStart);
}

describe('fitForLabels', () => {
  it("moves the fit later until the last day's title, as the chart measures it, ends at the plot's edge", () => {
    const title = 'A long title on the last day of the week that needs room';
    const { list, fit, first } = events(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', title]);
    const last = list[list.length - 1];
    expect(last.event.title).to.equal(title);
    const width = widthOverflowing(fit, last.when.start, needs(title), 10);
    const moved = fitForLabels(fit, list, first, width, FONT, R)!;
    expect(moved[1] - moved[0], 'the scale stays').to.be.closeTo(fit[1] - fit[0], 1e-3);
    expect(x(moved, last.when.start, width) + needs(title)).to.be.closeTo(width, 1e-6);
    expect(x(fit, last.when.start, width) + needs(title)).to.be.closeTo(width + 10, 1e-6);
    expect(x(moved, first, width), 'room is kept before the first event').to.be.at.least(2 * R + 4 - 1e-6);
    // A fifth wider, the same title fits: the filter's fit, as it was.
    expect(fitForLabels(fit, list, first, width * 1.2, FONT, R)).to.equal(fit);
  });

  it('a title longer than the longest label takes the longest label (360 px), not its whole text', () => {
    const title = 'x'.repeat(2000);
    const { list, fit, first } = events(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', title]);
    const last = list[list.length - 1];
    expect(measureText(title, FONT)).to.be.greaterThan(2000);
    const width = widthOverflowing(fit, last.when.start, 2 * R + 7 + 360, 10);
    const moved = fitForLabels(fit, list, first, width, FONT, R)!;
    expect(x(moved, last.when.start, width) + 2 * R + 7 + 360).to.be.closeTo(width, 1e-6);
  });

  it('keeps the filter fit for clusters (more events than are drawn one by one), a narrow plot, or no fit', () => {
    const many = events(Array.from({ length: MAX_INDIVIDUAL + 1 }, (_, i) => `A long title on a day of the week ${i}`));
    expect(fitForLabels(many.fit, many.list, many.first, WIDTH, FONT, R)).to.equal(many.fit);
    const few = events(['One', 'A long title on the last day of the week that needs room']);
    expect(fitForLabels(few.fit, few.list, few.first, 119, FONT, R)).to.equal(few.fit);
    expect(fitForLabels(null, few.list, few.first, WIDTH, FONT, R)).to.equal(null);
  });
});
