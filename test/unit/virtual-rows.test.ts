import { expect } from '@esm-bundle/chai';
import { buildRows, rowTopOf, scrollTopFor, visibleRange } from '../../src/layout/virtual-rows.js';
import { LIST_VIEWPORT, ROW_DAY, ROW_EVENT } from '../../src/layout/metrics.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { ParsedEvent } from '../../src/model/types.js';

function parsed(count: number): ParsedEvent[] {
  const events = Array.from({ length: count }, (_, i) => ({ id: `e${i}`, date: '2022-02-24', title: `Event ${i}` }));
  return parseTimeline({ events }).timeline.events;
}

/** `n` day groups of `size` events each. */
function groups(n: number, size: number) {
  const events = parsed(n * size);
  return Array.from({ length: n }, (_, g) => ({ label: `Day ${g}`, later: g ? '1 day later' : '', events: events.slice(g * size, (g + 1) * size) }));
}

describe('buildRows', () => {
  it('gives no rows and no height for no groups', () => {
    const { rows, tops, height } = buildRows([]);
    expect(rows).to.deep.equal([]);
    expect([...tops]).to.deep.equal([]);
    expect(height).to.equal(0);
  });

  it('stacks a heading row and then a row per event, at the shared row heights', () => {
    expect([ROW_DAY, ROW_EVENT]).to.deep.equal([34, 40]);
    const { rows, tops, height } = buildRows(groups(2, 2));
    expect([...tops]).to.deep.equal([0, 34, 74, 114, 148, 188]);
    expect(height).to.equal(228);
    expect(rows.map((r) => r.day?.label ?? r.event!.id)).to.deep.equal(['Day 0', 'e0', 'e1', 'Day 1', 'e2', 'e3']);
    expect(rows[3].day).to.deep.equal({ label: 'Day 1', later: '1 day later' });
    expect(rows[3].event).to.equal(undefined);
    expect(tops).to.be.instanceOf(Float64Array);
  });

  it('gives a group without events its heading row only', () => {
    const { tops, height } = buildRows([{ label: 'Empty', later: '', events: [] }, ...groups(1, 1)]);
    expect([...tops]).to.deep.equal([0, 34, 68]);
    expect(height).to.equal(108);
  });
});

describe('visibleRange', () => {
  // Groups of 3 events: a group is 154 px; rows start at 0, 34, 74, 114, 154, 188, …
  const { tops } = buildRows(groups(40, 3));
  const table: [string, number, number | undefined, number | undefined, [number, number]][] = [
    // Rows starting before 640: groups 0–3 (16 rows) and group 4's heading at 616; 8 more below.
    ['at the top', 0, undefined, undefined, [0, 25]],
    ['scrolled to a row top: that row is the first in view', 308, undefined, undefined, [0, 33]],
    ['scrolled into the middle', 3080, undefined, undefined, [72, 105]],
    ['no overscan', 3080, undefined, 0, [80, 97]],
    ['a smaller viewport', 3080, 200, 0, [80, 86]],
    ['scrolled past the end', 1e6, undefined, undefined, [152, 160]],
  ];
  for (const [name, scrollTop, viewport, overscan, expected] of table) {
    it(name, () => expect(visibleRange(tops, scrollTop, viewport, overscan)).to.deep.equal(expected));
  }

  it('defaults to the shared viewport and 8 rows of overscan', () => {
    expect(LIST_VIEWPORT).to.equal(640);
    expect(visibleRange(tops, 3080)).to.deep.equal(visibleRange(tops, 3080, 640, 8));
  });

  it('gives an empty range for no rows', () => {
    expect(visibleRange(new Float64Array(0), 0)).to.deep.equal([0, 0]);
  });
});

describe('rowTopOf', () => {
  const { rows } = buildRows(groups(2, 2));
  it('finds an event row by id', () => expect(rowTopOf(rows, 'e2')).to.equal(148));
  it('gives undefined for an id not in the list', () => expect(rowTopOf(rows, 'nope')).to.equal(undefined));
  it('never takes a day heading for an event', () => expect(rowTopOf(rows, 'Day 0')).to.equal(undefined));
});

describe('scrollTopFor', () => {
  const table: [string, number, number, number, number][] = [
    ['a row in view stays', 100, 0, 640, 0],
    ['a row that just fits stays', 600, 0, 640, 0],
    ['a row partly below comes a third of the way down', 601, 0, 640, 601 - 640 / 3],
    ['a row above comes a third of the way down', 1000, 2000, 300, 900],
    ['a row near the top scrolls to 0, not below', 100, 200, 640, 0],
    ['a row partly above (its top hidden) moves', 199, 200, 640, 0],
    ['before layout (height 0) the list viewport is used', 700, 0, 0, 700 - 640 / 3],
  ];
  for (const [name, rowTop, scrollTop, height, expected] of table) {
    it(name, () => expect(scrollTopFor(rowTop, scrollTop, height)).to.equal(expected));
  }
});
