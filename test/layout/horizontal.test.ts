import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { layoutHorizontal, type HorizontalLayoutOptions, type LayoutInput, type PlacedEvent } from '../../src/layout/horizontal.js';

const SEED = 42;
/** What the element passes: a 6.5 px marker radius and the default 6 px gap. */
const R = 6.5;
const GAP = 6;
/** A fake font: 7 px per character. */
const measure = (text: string) => text.length * 7;
/** The label width the layout gives a whole text: its measure plus 4 px. */
const labelFor = (text: string) => Math.ceil(measure(text)) + 4;
/** The narrowest a shortened label may be: its first 24 characters and an ellipsis (or the whole of a shorter title). */
const minLabel = (title: string) => (title.length > 24 ? labelFor(`${title.slice(0, 24)}…`) : labelFor(title));

function layout(items: LayoutInput[], options: Partial<HorizontalLayoutOptions> = {}) {
  return layoutHorizontal(items, { width: 1000, measure, markerRadius: R, ...options });
}

/** The event's box as the element draws it: marker, then gap and label on one side (no gap without a label). */
function box(p: PlacedEvent): [number, number] {
  const label = p.labelWidth ? GAP + p.labelWidth : 0;
  return p.labelSide === 'right' ? [p.markerX - R, p.markerX + R + label] : [p.markerX - R - label, p.markerX + R];
}

/** Checks the invariants the element relies on; returns nothing, throws on the first broken one. */
function checkInvariants(items: readonly LayoutInput[], placed: readonly PlacedEvent[], width: number, laneCount: number): void {
  expect(placed.map((p) => p.id)).to.deep.equal(items.map((i) => i.id));
  placed.forEach((p, i) => {
    expect(p.lane, p.id).to.be.within(0, laneCount - 1);
    expect(p.labelWidth, p.id).to.be.at.least(0);
    const [left, right] = box(p);
    if (p.labelWidth > 0) {
      expect(left, `${p.id} runs past the left edge`).to.be.at.least(-1e-9);
      expect(right, `${p.id} runs past the right edge`).to.be.at.most(width + 1e-9);
    }
    if (p.shortened && p.labelWidth > 0) expect(p.labelWidth, `${p.id} shows fewer than 24 characters`).to.be.at.least(minLabel(items[i].title));
    if (!p.shortened) expect(p.labelWidth, `${p.id} is not shortened but narrower than its title`).to.be.at.least(Math.min(labelFor(items[i].title), 360));
  });
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i];
      const b = placed[j];
      if (a.lane !== b.lane || a.crowded || b.crowded) continue;
      const [a0, a1] = box(a);
      const [b0, b1] = box(b);
      expect(a0 < b1 && b0 < a1, `${a.id} [${a0}, ${a1}] overlaps ${b.id} [${b0}, ${b1}] in lane ${a.lane}`).to.equal(false);
    }
  }
}

interface RandomItem {
  at: number;
  span: number;
  title: string;
  /** The lane the event had before (for `previousLanes`), if any. */
  lane: number | undefined;
}

/** A random axis and up to 50 events on it (instants and spans), with `lane` drawn from the given arbitrary. */
function randomLayout(lane: fc.Arbitrary<number | undefined>) {
  return fc.record({
    width: fc.integer({ min: 120, max: 1600 }),
    maxLanes: fc.oneof(fc.constant(40), fc.integer({ min: 1, max: 6 })),
    items: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        span: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.3, noNaN: true })),
        title: fc.string({ minLength: 1, maxLength: 90 }),
        lane,
      }),
      { maxLength: 50 },
    ),
  });
}

/** The layout's input for random items, in time order, ids `e<index>` as generated. */
function itemsOf(raw: readonly RandomItem[], width: number): LayoutInput[] {
  return raw
    .map((r, i) => ({ id: `e${i}`, x0: r.at * width, x1: Math.min(width, r.at * width + r.span * width), title: r.title }))
    .sort((a, b) => a.x0 - b.x0);
}

describe('layoutHorizontal', () => {
  it('layoutHorizontal(items) puts a label right of its marker, as wide as its text', () => {
    const { events, laneCount } = layout([
      { id: 'instant', x0: 100, x1: 100, title: 'Short' },
      { id: 'day', x0: 400, x1: 440, title: 'A day' },
    ]);
    expect(laneCount).to.equal(1);
    expect(events[0]).to.deep.equal({
      id: 'instant', markerX: 100, barX0: 100, barX1: 100, lane: 0, labelWidth: labelFor('Short'), labelSide: 'right', shortened: false, crowded: false,
    });
    // A period wider than the marker gets its marker just inside its start.
    expect(events[1].markerX).to.equal(400 + R + 1);
    expect([events[1].barX0, events[1].barX1]).to.deep.equal([400, 440]);
    expect(events[1].labelWidth).to.equal(labelFor('A day'));
  });

  it('layoutHorizontal(items) never lets two labels overlap in a lane', () => {
    const titles = ['Invasion begins at dawn', 'Explosions heard in Kyiv', 'Troops cross the border', 'Airports struck', 'Martial law declared', 'Talks proposed'];
    const items = titles.map((title, i) => ({ id: `e${i}`, x0: 100 + i * 30, x1: 100 + i * 30, title }));
    const { events, laneCount } = layout(items);
    checkInvariants(items, events, 1000, laneCount);
    expect(laneCount).to.be.greaterThan(1);
    expect(events.every((p) => !p.crowded && p.labelWidth === labelFor(items[events.indexOf(p)].title))).to.equal(true);
  });

  it('layoutHorizontal(items) stacks events on the same day in different lanes', () => {
    const items = ['First on the day', 'Second on the day', 'Third on the day'].map((title, i) => ({ id: `d${i}`, x0: 300, x1: 330, title }));
    const { events, laneCount } = layout(items);
    expect(events.map((p) => p.lane)).to.deep.equal([0, 1, 2]);
    expect(laneCount).to.equal(3);
    expect(new Set(events.map((p) => p.markerX)).size).to.equal(1);
    checkInvariants(items, events, 1000, laneCount);
  });

  it('layoutHorizontal(items) flips a label left near the right edge, inside the width', () => {
    const items = [{ id: 'edge', x0: 980, x1: 980, title: 'Near the right edge' }];
    const { events } = layout(items);
    expect(events[0].labelSide).to.equal('left');
    expect(events[0].labelWidth).to.equal(labelFor('Near the right edge'));
    expect(box(events[0])[0]).to.be.at.least(0);
    expect(box(events[0])[1]).to.be.at.most(1000);
    // Far enough from the edge, it stays right.
    expect(layout([{ id: 'room', x0: 980 - R - GAP - labelFor('Near the right edge'), x1: 980 - R - GAP - labelFor('Near the right edge'), title: 'Near the right edge' }]).events[0].labelSide).to.equal('right');
  });

  it('layoutHorizontal(items) shortens a label that fits nowhere whole, never below 24 characters', () => {
    const title = 'A very long title about an event that will not fit anywhere in this plot at all';
    const items = [{ id: 'long', x0: 250, x1: 250, title }];
    const { events } = layout(items, { width: 500 });
    expect(events[0].shortened).to.equal(true);
    expect(events[0].labelWidth).to.be.at.least(minLabel(title));
    expect(events[0].labelWidth).to.be.below(labelFor(title));
    expect(box(events[0])[1]).to.be.at.most(500);
    checkInvariants(items, events, 500, 1);
  });

  it('layoutHorizontal(items) hides a label with no room for 24 characters rather than showing fewer', () => {
    const items = [
      { id: 'a', x0: 20, x1: 20, title: 'Alpha' },
      { id: 'b', x0: 150, x1: 150, title: 'A thirty-character long title' },
    ];
    const { events } = layout(items, { width: 250, maxLanes: 1 });
    // Neither side has room for the 24-character form: the label is hidden, the event stays in its lane.
    expect(events[1]).to.include({ lane: 0, labelWidth: 0, shortened: true, crowded: false });
    checkInvariants(items, events, 250, 1);
  });

  it('layoutHorizontal(items, {maxLanes}) lets events that find no lane share the least busy one, marked crowded', () => {
    const items = ['One', 'Two', 'Three', 'Four'].map((title, i) => ({ id: title, x0: 200 + i, x1: 200 + i, title }));
    const { events, laneCount } = layout(items, { maxLanes: 2 });
    expect(laneCount).to.equal(2);
    expect(events.map((p) => p.crowded)).to.deep.equal([false, false, true, true]);
    for (const p of events.filter((e) => e.crowded)) {
      expect(p.lane).to.be.within(0, 1);
      expect(p.labelWidth).to.equal(0);
    }
    checkInvariants(items, events, 1000, laneCount);
  });

  it('layoutHorizontal(items) keeps a bare marker at the very edges', () => {
    const items = [
      { id: 'left-edge', x0: 0, x1: 0, title: 'At the left edge with a title too long to fit anywhere in a plot this narrow' },
      { id: 'right-edge', x0: 200, x1: 200, title: 'At the right edge with a title too long to fit anywhere in a plot this narrow' },
    ];
    const { events, laneCount } = layout(items, { width: 200 });
    expect(events.map((p) => p.markerX)).to.deep.equal([0, 200]);
    expect(events[0]).to.include({ labelWidth: 0, crowded: false });
    expect(events[1]).to.include({ labelSide: 'left', shortened: true, crowded: false });
    checkInvariants(items, events, 200, laneCount);
  });

  it('layoutHorizontal(random items) never overlaps labels in a lane and keeps them inside the width', () => {
    fc.assert(
      fc.property(randomLayout(fc.constant(undefined)), ({ width, maxLanes, items: raw }) => {
        const items = itemsOf(raw, width);
        const { events, laneCount } = layout(items, { width, maxLanes });
        checkInvariants(items, events, width, laneCount);
        expect(laneCount).to.be.at.most(maxLanes);
        if (items.length <= maxLanes) expect(events.some((p) => p.crowded)).to.equal(false);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('layoutHorizontal(random items, {previousLanes}) keeps the invariants whatever lanes it is asked to keep', () => {
    fc.assert(
      fc.property(randomLayout(fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 45 }))), ({ width, maxLanes, items: raw }) => {
        const items = itemsOf(raw, width);
        const previousLanes = new Map(raw.flatMap((r, i) => (r.lane === undefined ? [] : [[`e${i}`, { lane: r.lane }] as [string, { lane: number }]])));
        const { events, laneCount } = layout(items, { width, maxLanes, previousLanes });
        checkInvariants(items, events, width, laneCount);
        expect(laneCount).to.be.at.most(maxLanes);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('layoutHorizontal(items, {previousLanes}) keeps events in their lanes across a pan, where a fresh layout moves them', () => {
    // A dense run of events, each label wider than the spacing: they stack into lanes.
    const title = 'A report from the front line';
    const at = (dx: number) =>
      Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, x0: i * 40 - dx, x1: i * 40 - dx, title }))
        .filter((item) => item.x0 >= 0 && item.x0 <= 1000);
    const first = layout(at(0));
    const lanesBefore = new Map(first.events.map((p) => [p.id, p]));
    // Pan by 100 px: two events leave on the left, and a fresh layout renumbers every lane from there.
    const fresh = layout(at(100));
    const kept = layout(at(100), { previousLanes: lanesBefore });
    checkInvariants(at(100), kept.events, 1000, kept.laneCount);
    const inner = kept.events.filter((p) => p.markerX > 50 && p.markerX < 650).map((p) => p.id);
    expect(inner.length).to.be.greaterThan(10);
    const moved = (placed: PlacedEvent[]) => placed.filter((p) => inner.includes(p.id) && p.lane !== lanesBefore.get(p.id)!.lane).map((p) => p.id);
    expect(moved(fresh.events).length, 'a fresh layout after the pan moves events to other lanes').to.be.greaterThan(0);
    expect(moved(kept.events), 'with the lanes they had, none of them moves').to.deep.equal([]);
  });

  it('layoutHorizontal(items, {previousLanes}) keeps an event entering the view out of a lane a later event wants back', () => {
    // `late` had lane 0; `entering` is new, and its label in lane 0 would run into late's marker at 300 px.
    const items = [
      { id: 'entering', x0: 100, x1: 100, title: 'A long report that reaches past the next event' },
      { id: 'late', x0: 300, x1: 300, title: 'Talks' },
    ];
    const kept = layout(items, { previousLanes: new Map([['late', { lane: 0 }]]) });
    checkInvariants(items, kept.events, 1000, kept.laneCount);
    const laneOf = (id: string) => kept.events.find((p) => p.id === id)!.lane;
    expect(laneOf('late'), 'the event that had lane 0 keeps it').to.equal(0);
    expect(laneOf('entering'), 'the new event takes the next lane').to.equal(1);
    // Without lanes to keep, the first event takes the first lane, as before.
    expect(layout(items).events.map((p) => p.lane)).to.deep.equal([0, 1]);
  });
});
