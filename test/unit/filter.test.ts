import { expect } from '@esm-bundle/chai';
import { authorWindow, categoryList, eventAnchors, filterEvents, splitByWindow, toggleCategory } from '../../src/model/filter.js';
import { parseTimeline } from '../../src/model/parse.js';

const DAY = 864e5;
const at = (iso: string) => Date.parse(`${iso}T00:00Z`);
const { timeline } = parseTimeline({
  events: [
    { id: 'a', date: '2022-02-24', title: 'A', category: 'military' },
    { id: 'b', date: '2022-02-26/2022-02-28', title: 'B', category: 'diplomacy' },
    { id: 'c', date: '2022-03-01', title: 'C', category: 'military' },
    { id: 'd', date: '2022-03-02T10:30:00Z', title: 'D', category: 'political' },
  ],
});
const events = timeline.events;
const byId = new Map(events.map((e) => [e.id, e]));
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('categoryList', () => {
  it('splits on commas and drops blanks', () => expect(categoryList(' military, ,diplomacy ,')).to.deep.equal(['military', 'diplomacy']));
  it('is empty for an empty filter', () => expect(categoryList('')).to.deep.equal([]));
});

describe('filterEvents', () => {
  it('keeps every event for an empty filter, with the fit of all of them', () => {
    const f = filterEvents(events, '', (id) => byId.get(id));
    expect(f.active).to.equal(null);
    expect(ids(f.events)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(f.fit![0]).to.be.at.most(at('2022-02-24'));
    expect(f.fit![1]).to.be.at.least(Date.parse('2022-03-02T10:31:00Z'));
    expect(f.dateOnly, 'one event has a time of day').to.equal(false);
    expect(f.index.events.length).to.equal(4);
  });
  it('keeps only the categories on, in time order, and knows when they are dates only', () => {
    const f = filterEvents(events, 'military', (id) => byId.get(id));
    expect([...f.active!]).to.deep.equal(['military']);
    expect(ids(f.events)).to.deep.equal(['a', 'c']);
    expect(f.dateOnly).to.equal(true);
    expect(f.index.position.get('c')).to.equal(1);
  });
  it('has no fit when nothing passes', () => {
    const f = filterEvents(events, 'humanitarian', (id) => byId.get(id));
    expect(f.events).to.deep.equal([]);
    expect(f.fit).to.equal(null);
  });
});

describe('authorWindow', () => {
  it('is null without start and end', () => expect(authorWindow('', '', events)).to.equal(null));
  it('runs from the start of the first day to the end of the last (inclusive)', () => {
    expect(authorWindow('2022-02-25', '2022-02-27', events)).to.deep.equal([at('2022-02-25'), at('2022-02-28')]);
  });
  it('takes the first event for a missing start and the latest end for a missing end', () => {
    expect(authorWindow('', '2022-02-27', events)).to.deep.equal([at('2022-02-24'), at('2022-02-28')]);
    expect(authorWindow('2022-02-27', '', events)![1]).to.equal(events[3].when.end);
  });
  it('is null for an unreadable date or an end before the start', () => {
    expect(authorWindow('soon', '', events)).to.equal(null);
    expect(authorWindow('2022-03-01', '2022-02-01', events)).to.equal(null);
  });
});

describe('splitByWindow', () => {
  it('puts everything in view without a window', () => expect(ids(splitByWindow(events, null).inView)).to.deep.equal(['a', 'b', 'c', 'd']));
  it('splits by the window: an interval overlapping the edge is in view', () => {
    const { inView, hiddenBefore, hiddenAfter } = splitByWindow(events, [at('2022-02-27'), at('2022-03-01')]);
    expect(ids(hiddenBefore)).to.deep.equal(['a']);
    expect(ids(inView)).to.deep.equal(['b']);
    expect(ids(hiddenAfter)).to.deep.equal(['c', 'd']);
  });
  it('keeps an instant exactly at the window start in view', () => {
    const point = parseTimeline({ events: [{ id: 'p', date: '2022-03-01T00:00:00Z', title: 'P' }] }).timeline.events;
    expect(ids(splitByWindow(point, [at('2022-03-01'), at('2022-03-02')]).inView)).to.deep.equal(['p']);
  });
});

describe('eventAnchors', () => {
  it('lists every start and end, sorted', () => {
    const anchors = [...eventAnchors(events)];
    expect(anchors.length).to.equal(8);
    expect(anchors).to.deep.equal([...anchors].sort((x, y) => x - y));
    expect(anchors[0]).to.equal(at('2022-02-24'));
    expect(anchors).to.include(at('2022-02-24') + DAY);
  });
});

describe('toggleCategory', () => {
  const all = ['military', 'diplomacy', 'political'];
  it('turns one off from all', () => expect(toggleCategory(all, null, 'diplomacy')).to.equal('military,political'));
  it('turns one back on; all on is the empty filter', () => expect(toggleCategory(all, new Set(['military', 'political']), 'diplomacy')).to.equal(''));
  it('keeps the order of the data, not of the clicks', () => expect(toggleCategory(all, new Set(['political']), 'military')).to.equal('military,political'));
  it('refuses to turn off the last one on', () => expect(toggleCategory(all, new Set(['political']), 'political')).to.equal(null));
});
