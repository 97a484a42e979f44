import { expect } from '@esm-bundle/chai';
import { brushCentreView, brushDragView, brushHitMode, brushKeyTarget, overviewX, type BrushHit, type BrushKeyIntent } from '../../src/interaction/brush.js';
import { keyIntent, type KeyContext } from '../../src/interaction/keymap.js';
import { polylinearScale } from '../../src/scales/time.js';
import { clampView, panView, type View, type ViewLimits } from '../../src/scales/view.js';

const DAY = 864e5;
const T0 = Date.parse('2022-01-01T00:00Z');
const day = (n: number) => T0 + n * DAY;
/** 100 days over 1000 px: 10 px a day. */
const linear = polylinearScale([day(0), day(100)], [0, 1000]);
/** A compressed axis: the first 10 days take half the width, the next 90 the other half. */
const compressed = polylinearScale([day(0), day(10), day(100)], [0, 500, 1000]);
const limits: ViewLimits = { outer: [day(0), day(100)], minSpan: DAY };

function closeTo(actual: View, expected: View, ms = 1) {
  expect(actual[0]).to.be.closeTo(expected[0], ms);
  expect(actual[1]).to.be.closeTo(expected[1], ms);
}

describe('overviewX', () => {
  it('counts from the left edge', () => expect(overviewX(60, { left: 10, right: 310 }, false)).to.equal(50));
  it('counts from the right edge on right-to-left pages', () => expect(overviewX(60, { left: 10, right: 310 }, true)).to.equal(250));
});

describe('brushHitMode', () => {
  // [brush, x, hit]: a 100 px brush has 10 px edges, a 20 px one 6 px (a quarter would be 5).
  const table: [[number, number], number, BrushHit][] = [
    [[100, 200], 90, 'start'],
    [[100, 200], 89.9, 'outside'],
    [[100, 200], 110, 'start'],
    [[100, 200], 110.5, 'move'],
    [[100, 200], 150, 'move'],
    [[100, 200], 189.5, 'move'],
    [[100, 200], 190, 'end'],
    [[100, 200], 210, 'end'],
    [[100, 200], 210.1, 'outside'],
    [[100, 200], 0, 'outside'],
    [[100, 140], 109, 'start'],
    [[100, 140], 110.5, 'move'],
    [[100, 120], 106, 'start'],
    [[100, 120], 107, 'move'],
    [[100, 120], 114, 'end'],
    [[100, 104], 105, 'start'],
    [[100, 104], 109, 'end'],
    [[100, 104], 111, 'outside'],
    [[100, 100], 100, 'start'],
  ];
  for (const [brush, x, hit] of table) {
    it(`${x} px on [${brush}] is ${hit}`, () => expect(brushHitMode(x, brush)).to.equal(hit));
  }
});

describe('brushCentreView', () => {
  it('centres the brush\'s width on the press', () => expect(brushCentreView(500, [100, 200], linear)).to.deep.equal([day(45), day(55)]));
  it('reads time through the overview\'s scale (compressed)', () => closeTo(brushCentreView(500, [100, 200], compressed), [day(9), day(19)]));
  it('is not clamped', () => closeTo(brushCentreView(10, [100, 200], linear), [day(-4), day(6)]));
});

describe('brushDragView', () => {
  const start: View = [day(10), day(20)]; // 100 to 200 px on the linear scale
  const table: [string, 'move' | 'start' | 'end', number, View][] = [
    ['move later', 'move', 50, [day(15), day(25)]],
    ['move earlier, past the start (not clamped)', 'move', -150, [day(-5), day(5)]],
    ['the start edge later', 'start', 50, [day(15), day(20)]],
    ['the start edge stops 4 px before the end', 'start', 150, [day(19.6), day(20)]],
    ['the start edge earlier', 'start', -30, [day(7), day(20)]],
    ['the end edge later', 'end', 30, [day(10), day(23)]],
    ['the end edge stops 4 px after the start', 'end', -150, [day(10), day(10.4)]],
    ['no move', 'move', 0, [day(10), day(20)]],
  ];
  for (const [why, mode, dx, expected] of table) {
    it(why, () => closeTo(brushDragView(mode, dx, start, linear), expected));
  }

  it('moves in the overview\'s px, so a compressed stretch moves further in time', () => {
    // 5 days to 15 days is 250 to 527.8 px; 100 px later is 350 to 627.8 px: 7 days to 33.
    closeTo(brushDragView('move', 100, [day(5), day(15)], compressed), [day(7), day(33)]);
  });
});

describe('brushKeyTarget', () => {
  const view: View = [day(40), day(50)];
  const table: [string, BrushKeyIntent, View, View][] = [
    ['a step earlier: a tenth of the window', { type: 'brush-step', direction: 'earlier', size: 'step' }, view, [day(39), day(49)]],
    ['a step later', { type: 'brush-step', direction: 'later', size: 'step' }, view, [day(41), day(51)]],
    ['a window earlier: the whole width', { type: 'brush-step', direction: 'earlier', size: 'window' }, [day(0), day(100)], [day(0), day(100)]],
    ['a window later', { type: 'brush-step', direction: 'later', size: 'window' }, [day(70), day(80)], [day(80), day(90)]],
    ['a window later, clamped at the end', { type: 'brush-step', direction: 'later', size: 'window' }, [day(85), day(95)], [day(90), day(100)]],
    ['a step earlier, clamped at the start', { type: 'brush-step', direction: 'earlier', size: 'step' }, [day(0.5), day(10.5)], [day(0), day(10)]],
    ['Home keeps the span', { type: 'brush-edge', edge: 'start' }, view, [day(0), day(10)]],
    ['End keeps the span', { type: 'brush-edge', edge: 'end' }, view, [day(90), day(100)]],
  ];
  for (const [why, intent, from, expected] of table) {
    it(why, () => closeTo(brushKeyTarget(intent, from, limits, 1000, linear), expected));
  }

  it('steps a tenth of the window in base px, so a step over a compressed stretch moves its edges unevenly in time', () => {
    const later: BrushKeyIntent = { type: 'brush-step', direction: 'later', size: 'step' };
    closeTo(brushKeyTarget(later, [day(10), day(20)], limits, 500, compressed), [day(11), day(21)]);
    // 5 to 15 days is 250 to 527.8 base px; a tenth of that later is 277.8 to 555.6 px: 5.56 days to 20.
    closeTo(brushKeyTarget(later, [day(5), day(15)], limits, 500, compressed), [day(5 + 5 / 9), day(20)]);
  });

  /** The element's #onBrushKey, transcribed: key, Shift and direction in, clamped window out (null: not its key). */
  function elementTarget(key: string, shift: boolean, rtl: boolean, current: View, width: number): View | null {
    const span = current[1] - current[0];
    let target: View | null = null;
    const step = (shift ? width : width / 10) * (rtl ? -1 : 1);
    if (key === 'ArrowLeft' || key === 'ArrowDown') target = panView(compressed, current, width, step);
    else if (key === 'ArrowRight' || key === 'ArrowUp') target = panView(compressed, current, width, -step);
    else if (key === 'Home') target = [limits.outer[0], limits.outer[0] + span];
    else if (key === 'End') target = [limits.outer[1] - span, limits.outer[1]];
    return target && clampView(target, limits);
  }

  it('through the key map, gives exactly the element\'s window for every brush key, Shift and direction', () => {
    const brush: KeyContext = { layout: 'horizontal', rtl: false, inChart: true, onBrush: true, onEvent: false, onCluster: false, hasSelection: false };
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp'])
      for (const shift of [false, true])
        for (const rtl of [false, true])
          for (const current of [[day(3), day(8)], [day(20), day(70)], [day(95), day(100)]] as View[]) {
            const intent = keyIntent(key, { shift }, { ...brush, rtl });
            const ours = intent && (intent.type === 'brush-step' || intent.type === 'brush-edge') ? brushKeyTarget(intent, current, limits, 700, compressed) : null;
            expect(ours, `${key} shift=${shift} rtl=${rtl} ${current}`).to.deep.equal(elementTarget(key, shift, rtl, current, 700));
          }
  });
});
