import { expect } from '@esm-bundle/chai';
import { nextIndex, stepIndex, type MoveIntent, type NavigationOrigin } from '../../src/interaction/navigation.js';
import { parseTimeline } from '../../src/model/parse.js';

const to = (where: MoveIntent['to']): MoveIntent => ({ type: 'move', to: where });
const onEvent = (position: number | undefined): NavigationOrigin => ({ kind: 'event', position });
const onCluster = (first: number, count: number): NavigationOrigin => ({ kind: 'cluster', cluster: { first, count } });
const goneCluster: NavigationOrigin = { kind: 'cluster', cluster: undefined };

describe('nextIndex', () => {
  // [why, origin, focused, count, {next, previous, first, last}]
  const table: [string, NavigationOrigin, number | undefined, number, [number, number, number, number]][] = [
    ['from an event in the middle', onEvent(3), undefined, 10, [4, 2, 0, 9]],
    ['from the last event: stays', onEvent(9), 3, 10, [9, 8, 0, 9]],
    ['from the first event: stays', onEvent(0), undefined, 10, [1, 0, 0, 9]],
    ['from an event the index does not hold: as from the first', onEvent(undefined), undefined, 10, [1, 0, 0, 9]],
    ['from a cluster: next is its first event, previous the one before it', onCluster(4, 3), undefined, 10, [4, 3, 0, 9]],
    ['from a cluster holding the focused event: on from that event', onCluster(4, 3), 5, 10, [6, 4, 0, 9]],
    ['from a cluster holding the focused event as its first', onCluster(4, 3), 4, 10, [5, 3, 0, 9]],
    ['from a cluster holding the focused event as its last', onCluster(4, 3), 6, 10, [7, 5, 0, 9]],
    ['from a cluster not holding the focused event (just after it)', onCluster(4, 3), 7, 10, [4, 3, 0, 9]],
    ['from a cluster not holding the focused event (before it)', onCluster(4, 3), 2, 10, [4, 3, 0, 9]],
    ['from the first cluster: previous stays at 0', onCluster(0, 5), undefined, 10, [0, 0, 0, 9]],
    ['from a cluster that is gone: from the start', goneCluster, 5, 10, [0, 0, 0, 9]],
    ['one event', onEvent(0), 0, 1, [0, 0, 0, 0]],
  ];
  for (const [why, origin, focused, count, [next, previous, first, last]] of table) {
    it(why, () => {
      const at = (where: MoveIntent['to']) => nextIndex(to(where), { origin, focused, count });
      expect([at('next'), at('previous'), at('first'), at('last')]).to.deep.equal([next, previous, first, last]);
    });
  }

  it('gives null when there are no events', () => {
    expect(nextIndex(to('next'), { origin: onEvent(0), focused: undefined, count: 0 })).to.equal(null);
    expect(nextIndex(to('last'), { origin: onCluster(0, 0), focused: undefined, count: 0 })).to.equal(null);
  });

  /** The element's #onNavigationKey maths, transcribed (id → event origin, clusterKey → cluster origin). */
  function elementNext(where: MoveIntent['to'], origin: NavigationOrigin, focused: number | undefined, count: number): number {
    const id = origin.kind === 'event';
    const cluster = origin.kind === 'cluster' ? origin.cluster : undefined;
    const inCluster = cluster && focused !== undefined && focused >= cluster.first && focused < cluster.first + cluster.count;
    const current = id ? (origin as { position: number | undefined }).position ?? 0 : inCluster ? focused : cluster?.first ?? 0;
    const forward = id || inCluster ? current + 1 : current;
    const backward = current - 1;
    const next = where === 'next' ? forward : where === 'previous' ? backward : where === 'first' ? 0 : count - 1;
    return Math.max(0, Math.min(count - 1, next));
  }

  it('agrees with the element for every origin and focus over 6 events', () => {
    const count = 6;
    const origins: NavigationOrigin[] = [goneCluster, onEvent(undefined)];
    for (let i = 0; i < count; i++) origins.push(onEvent(i));
    for (let first = 0; first < count; first++) for (let n = 1; first + n <= count; n++) origins.push(onCluster(first, n));
    for (const origin of origins)
      for (const focused of [undefined, 0, 1, 2, 3, 4, 5])
        for (const where of ['next', 'previous', 'first', 'last'] as const)
          expect(nextIndex(to(where), { origin, focused, count }), `${where} ${JSON.stringify(origin)} ${focused}`).to.equal(elementNext(where, origin, focused, count));
  });
});

describe('stepIndex', () => {
  const list = parseTimeline({ events: [
    { id: 'a', date: '2022-02-24', title: 'A' },
    { id: 'b', date: '2022-02-25', title: 'B' },
    { id: 'c', date: '2022-02-26', title: 'C' },
  ] }).timeline.events;
  const table: [string, string | null | undefined, number, number | null][] = [
    ['next from the middle', 'b', 1, 2],
    ['previous from the middle', 'b', -1, 0],
    ['past the end: the last', 'b', 5, 2],
    ['before the start: the first', 'b', -5, 0],
    ['next from nothing: the first', null, 1, 0],
    ['previous from nothing: the last', undefined, -1, 2],
    ['no step from nothing: the last', null, 0, 2],
    ['from an id not in the list: as from nothing', 'gone', 1, 0],
    ['no step: stays', 'c', 0, 2],
  ];
  for (const [why, current, delta, expected] of table) {
    it(why, () => expect(stepIndex(list, current, delta)).to.equal(expected));
  }

  it('gives null for no events', () => expect(stepIndex([], 'a', 1)).to.equal(null));
});
