import { expect } from '@esm-bundle/chai';
import { KEYMAP, keyBinding, keyIntent, type KeyBinding, type KeyContext, type KeyIntent, type KeyModifiers } from '../../src/interaction/keymap.js';

const NONE: KeyModifiers = {};
const base: KeyContext = { layout: 'horizontal', rtl: false, inChart: false, onBrush: false, onEvent: false, onCluster: false, hasSelection: false };
const chart = { ...base, inChart: true };
const brush = { ...chart, onBrush: true };
const event = { ...chart, onEvent: true };
const cluster = { ...chart, onCluster: true };
const listEvent: KeyContext = { ...base, layout: 'vertical', onEvent: true };

/** Every binding of the table, and presses that must not match anything: [why, key, modifiers, context, intent]. */
const CASES: [string, string, KeyModifiers, KeyContext, KeyIntent | null][] = [
  ['Escape in the open Download menu closes it, even with a selection', 'Escape', NONE, { ...event, inOpenMenu: true, hasSelection: true }, { type: 'close-menu' }],
  ['Escape with a selection clears it', 'Escape', NONE, { ...base, hasSelection: true }, { type: 'clear-selection' }],
  ['Ctrl + Escape with a selection clears it too', 'Escape', { ctrl: true }, { ...listEvent, hasSelection: true }, { type: 'clear-selection' }],
  ['Escape without a selection does nothing', 'Escape', NONE, event, null],
  ['+ zooms in', '+', NONE, chart, { type: 'zoom', factor: 2 }],
  ['Shift + = (the + key) zooms in', '+', { shift: true }, event, { type: 'zoom', factor: 2 }],
  ['= zooms in', '=', NONE, brush, { type: 'zoom', factor: 2 }],
  ['- zooms out', '-', NONE, chart, { type: 'zoom', factor: 0.5 }],
  ['_ zooms out', '_', { shift: true }, cluster, { type: 'zoom', factor: 0.5 }],
  ['PageDown pans a window later', 'PageDown', NONE, chart, { type: 'pan', windows: 1 }],
  ['PageUp pans a window earlier', 'PageUp', NONE, event, { type: 'pan', windows: -1 }],
  ['Ctrl + + is the browser\'s zoom', '+', { ctrl: true }, chart, null],
  ['⌘ + - is the browser\'s zoom', '-', { meta: true }, chart, null],
  ['Alt + PageDown is left alone', 'PageDown', { alt: true }, chart, null],
  ['+ outside the chart does nothing', '+', NONE, base, null],
  ['+ in the vertical list does nothing', '+', NONE, { ...listEvent, inChart: true }, null],
  ['ArrowLeft on the brush moves it earlier', 'ArrowLeft', NONE, brush, { type: 'brush-step', direction: 'earlier', size: 'step' }],
  ['ArrowDown on the brush moves it earlier', 'ArrowDown', NONE, brush, { type: 'brush-step', direction: 'earlier', size: 'step' }],
  ['Shift + ArrowLeft on the brush moves it a window earlier', 'ArrowLeft', { shift: true }, brush, { type: 'brush-step', direction: 'earlier', size: 'window' }],
  ['ArrowRight on the brush moves it later', 'ArrowRight', NONE, brush, { type: 'brush-step', direction: 'later', size: 'step' }],
  ['ArrowUp on the brush moves it later', 'ArrowUp', NONE, brush, { type: 'brush-step', direction: 'later', size: 'step' }],
  ['Shift + ArrowUp on the brush moves it a window later', 'ArrowUp', { shift: true }, brush, { type: 'brush-step', direction: 'later', size: 'window' }],
  ['right to left: ArrowLeft on the brush moves it later', 'ArrowLeft', NONE, { ...brush, rtl: true }, { type: 'brush-step', direction: 'later', size: 'step' }],
  ['right to left: Shift + ArrowDown on the brush moves it a window later', 'ArrowDown', { shift: true }, { ...brush, rtl: true }, { type: 'brush-step', direction: 'later', size: 'window' }],
  ['right to left: ArrowRight on the brush moves it earlier', 'ArrowRight', NONE, { ...brush, rtl: true }, { type: 'brush-step', direction: 'earlier', size: 'step' }],
  ['right to left: Shift + ArrowRight on the brush moves it a window earlier', 'ArrowRight', { shift: true }, { ...brush, rtl: true }, { type: 'brush-step', direction: 'earlier', size: 'window' }],
  ['Home on the brush goes to the start', 'Home', NONE, brush, { type: 'brush-edge', edge: 'start' }],
  ['End on the brush goes to the end', 'End', { shift: true }, brush, { type: 'brush-edge', edge: 'end' }],
  ['Ctrl + ArrowLeft on the brush does nothing', 'ArrowLeft', { ctrl: true }, brush, null],
  ['Alt + Home on the brush does nothing', 'Home', { alt: true }, brush, null],
  ['ArrowRight on an event focuses the next', 'ArrowRight', NONE, event, { type: 'move', to: 'next' }],
  ['ArrowLeft on a cluster focuses the previous', 'ArrowLeft', NONE, cluster, { type: 'move', to: 'previous' }],
  ['right to left: ArrowRight on an event focuses the previous', 'ArrowRight', NONE, { ...event, rtl: true }, { type: 'move', to: 'previous' }],
  ['right to left: ArrowLeft on a cluster focuses the next', 'ArrowLeft', NONE, { ...cluster, rtl: true }, { type: 'move', to: 'next' }],
  ['right to left, vertical list: ArrowRight focuses the next', 'ArrowRight', NONE, { ...listEvent, rtl: true }, { type: 'move', to: 'next' }],
  ['right to left, vertical list: ArrowLeft focuses the previous', 'ArrowLeft', NONE, { ...listEvent, rtl: true }, { type: 'move', to: 'previous' }],
  ['vertical list: ArrowDown focuses the next', 'ArrowDown', NONE, listEvent, { type: 'move', to: 'next' }],
  ['vertical list: ArrowUp focuses the previous', 'ArrowUp', NONE, listEvent, { type: 'move', to: 'previous' }],
  ['ArrowDown on an event in the chart does nothing', 'ArrowDown', NONE, event, null],
  ['Home on an event focuses the first', 'Home', NONE, event, { type: 'move', to: 'first' }],
  ['End on an event in the list focuses the last', 'End', NONE, listEvent, { type: 'move', to: 'last' }],
  ['Ctrl + ArrowRight on an event still moves focus', 'ArrowRight', { ctrl: true }, event, { type: 'move', to: 'next' }],
  ['Alt + End on a cluster still moves focus', 'End', { alt: true }, cluster, { type: 'move', to: 'last' }],
  ['Home in the toolbar (not on an event) does nothing', 'Home', NONE, chart, null],
  ['ArrowRight outside events does nothing', 'ArrowRight', NONE, base, null],
  ['Enter is the button\'s own', 'Enter', NONE, event, null],
  ['Tab is the browser\'s', 'Tab', NONE, event, null],
];

describe('keyIntent', () => {
  for (const [why, key, modifiers, context, intent] of CASES) {
    it(why, () => expect(keyIntent(key, modifiers, context)).to.deep.equal(intent));
  }

  it('the cases above reach every row of the table', () => {
    const reached = new Set<KeyBinding>();
    for (const [, key, modifiers, context] of CASES) {
      const b = keyBinding(key, modifiers, context);
      if (b) reached.add(b);
    }
    const missed = KEYMAP.filter((b) => !reached.has(b)).map((b) => b.does);
    expect(missed).to.deep.equal([]);
  });
});

/**
 * The element's own decision, transcribed from #onKeyDown, #onNavigationKey and #onBrushKey (and the Download
 * menu's Escape) before they were replaced by the table. `step` is the sign the brush's pan takes: + earlier.
 */
function elementDecision(key: string, m: KeyModifiers, c: KeyContext): KeyIntent | null {
  if (c.inOpenMenu && key === 'Escape') return { type: 'close-menu' };
  if (key === 'Escape') return c.hasSelection ? { type: 'clear-selection' } : null;
  const navigation = (): KeyIntent | null => {
    if (!c.onEvent && !c.onCluster) return null;
    const vertical = c.layout === 'vertical';
    switch (key) {
      case 'ArrowRight': return { type: 'move', to: c.rtl && !vertical ? 'previous' : 'next' };
      case 'ArrowLeft': return { type: 'move', to: c.rtl && !vertical ? 'next' : 'previous' };
      case 'ArrowDown': return vertical ? { type: 'move', to: 'next' } : null;
      case 'ArrowUp': return vertical ? { type: 'move', to: 'previous' } : null;
      case 'Home': return { type: 'move', to: 'first' };
      case 'End': return { type: 'move', to: 'last' };
      default: return null;
    }
  };
  if (c.layout === 'horizontal' && c.inChart && !m.alt && !m.ctrl && !m.meta) {
    const zoom = key === '+' || key === '=' ? 2 : key === '-' || key === '_' ? 0.5 : 0;
    if (zoom) return { type: 'zoom', factor: zoom };
    if (key === 'PageUp' || key === 'PageDown') return { type: 'pan', windows: key === 'PageDown' ? 1 : -1 };
    if (c.onBrush) {
      const size = m.shift ? 'window' : 'step';
      const step = c.rtl ? -1 : 1;
      if (key === 'ArrowLeft' || key === 'ArrowDown') return { type: 'brush-step', direction: step > 0 ? 'earlier' : 'later', size };
      if (key === 'ArrowRight' || key === 'ArrowUp') return { type: 'brush-step', direction: -step > 0 ? 'earlier' : 'later', size };
      if (key === 'Home') return { type: 'brush-edge', edge: 'start' };
      if (key === 'End') return { type: 'brush-edge', edge: 'end' };
    }
  }
  return navigation();
}

describe('KEYMAP against the element\'s decision', () => {
  it('agrees for every key, modifier and context', () => {
    const keys = ['Escape', '+', '=', '-', '_', 'PageUp', 'PageDown', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', ' ', 'a', 'Tab'];
    const targets = ['none', 'event', 'cluster', 'brush'] as const;
    let compared = 0;
    for (const key of keys)
      for (let bits = 0; bits < 16; bits++) {
        const m: KeyModifiers = { shift: !!(bits & 1), alt: !!(bits & 2), ctrl: !!(bits & 4), meta: !!(bits & 8) };
        for (const layout of ['horizontal', 'vertical'] as const)
          for (const rtl of [false, true])
            for (const inChart of [false, true])
              for (const target of targets)
                for (const hasSelection of [false, true])
                  for (const inOpenMenu of [false, true]) {
                    const c: KeyContext = { layout, rtl, inChart, onBrush: target === 'brush', onEvent: target === 'event', onCluster: target === 'cluster', hasSelection, inOpenMenu };
                    expect(keyIntent(key, m, c), `${key} ${JSON.stringify(m)} ${JSON.stringify(c)}`).to.deep.equal(elementDecision(key, m, c));
                    compared++;
                  }
      }
    expect(compared).to.equal(17 * 16 * 2 * 2 * 2 * 4 * 2 * 2);
  });
});
