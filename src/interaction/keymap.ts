/**
 * The whole keyboard model of `<conflict-timeline>` as one table: which key, pressed where, does what. Pure data
 * and one lookup, so the model can be read, documented and tested without a browser; the element turns intents
 * into actions. Every intent is handled with `preventDefault()`, except `close-menu`, which stops propagation
 * (so the same Escape does not also clear the selection).
 */

/** What a key asks for; the element (or a controller) decides how. */
export type KeyIntent =
  /** Close the open Download menu and focus its button. */
  | { type: 'close-menu' }
  /** Clear the selection (focus goes back to the event when it was in the detail or on an event). */
  | { type: 'clear-selection' }
  /** Zoom by `factor` (2 = in), around the focused event when the key came from one, else the centre. */
  | { type: 'zoom'; factor: 2 | 0.5 }
  /** Pan by whole windows (1 = later). */
  | { type: 'pan'; windows: 1 | -1 }
  /** Move the overview brush in time by a tenth of the chart's width (`step`) or by all of it (`window`). */
  | { type: 'brush-step'; direction: 'earlier' | 'later'; size: 'step' | 'window' }
  /** Move the overview brush to the start or the end of the data, keeping its span. */
  | { type: 'brush-edge'; edge: 'start' | 'end' }
  /** Move focus through the events in time order (into and out of clusters). */
  | { type: 'move'; to: 'next' | 'previous' | 'first' | 'last' };

export interface KeyModifiers {
  shift?: boolean;
  alt?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

/** Where the key was pressed, as far as the key map cares. */
export interface KeyContext {
  layout: 'horizontal' | 'vertical';
  /** A right-to-left page: the chart is mirrored. */
  rtl: boolean;
  /** The key came from the horizontal chart's plot, overview or toolbar, and a chart is drawn. */
  inChart: boolean;
  /** The key came from the overview's brush. */
  onBrush: boolean;
  /** The key came from an event button. */
  onEvent: boolean;
  /** The key came from a cluster button. */
  onCluster: boolean;
  hasSelection: boolean;
  /** The key came from inside the Download menu while it is open. */
  inOpenMenu?: boolean;
}

/**
 * Where a binding applies: `menu` inside the open Download menu; `anywhere` in the element; `chart` in the
 * horizontal chart (`inChart`); `brush` on the overview's brush in the chart; `item` on an event or a cluster.
 */
export type KeyScope = 'menu' | 'anywhere' | 'chart' | 'brush' | 'item';

export interface KeyBinding {
  keys: readonly string[];
  scope: KeyScope;
  /** `none`: only without Alt, Ctrl and ⌘ (Shift is free unless `shift` says otherwise); `any`: whatever is held. */
  modifiers: 'none' | 'any';
  /** Only with (true) or without (false) Shift; unset: either. */
  shift?: boolean;
  /** Only in this layout. */
  layout?: 'horizontal' | 'vertical';
  /** Only on right-to-left (true) or left-to-right (false) pages. */
  rtl?: boolean;
  /** Only while an event is selected. */
  needsSelection?: boolean;
  intent: KeyIntent;
  /** What the key does, in words, for the documentation. */
  does: string;
}

const earlier = (size: 'step' | 'window'): KeyIntent => ({ type: 'brush-step', direction: 'earlier', size });
const later = (size: 'step' | 'window'): KeyIntent => ({ type: 'brush-step', direction: 'later', size });
const LEFT_DOWN = ['ArrowLeft', 'ArrowDown'] as const;
const RIGHT_UP = ['ArrowRight', 'ArrowUp'] as const;

/** The bindings, in order: the first that matches wins. */
export const KEYMAP: readonly KeyBinding[] = [
  { keys: ['Escape'], scope: 'menu', modifiers: 'any', intent: { type: 'close-menu' }, does: 'Closes the Download menu' },
  { keys: ['Escape'], scope: 'anywhere', modifiers: 'any', needsSelection: true, intent: { type: 'clear-selection' }, does: 'Clears the selection' },
  { keys: ['+', '='], scope: 'chart', modifiers: 'none', intent: { type: 'zoom', factor: 2 }, does: 'Zooms in (around the focused event)' },
  { keys: ['-', '_'], scope: 'chart', modifiers: 'none', intent: { type: 'zoom', factor: 0.5 }, does: 'Zooms out (around the focused event)' },
  { keys: ['PageDown'], scope: 'chart', modifiers: 'none', intent: { type: 'pan', windows: 1 }, does: 'Shows the next window of time' },
  { keys: ['PageUp'], scope: 'chart', modifiers: 'none', intent: { type: 'pan', windows: -1 }, does: 'Shows the previous window of time' },
  // The brush moves with the picture: on a mirrored (right-to-left) chart, left is later.
  { keys: LEFT_DOWN, scope: 'brush', modifiers: 'none', rtl: false, shift: false, intent: earlier('step'), does: 'Moves the brush earlier by a tenth of the chart' },
  { keys: LEFT_DOWN, scope: 'brush', modifiers: 'none', rtl: false, shift: true, intent: earlier('window'), does: 'Moves the brush earlier by the chart\'s width' },
  { keys: RIGHT_UP, scope: 'brush', modifiers: 'none', rtl: false, shift: false, intent: later('step'), does: 'Moves the brush later by a tenth of the chart' },
  { keys: RIGHT_UP, scope: 'brush', modifiers: 'none', rtl: false, shift: true, intent: later('window'), does: 'Moves the brush later by the chart\'s width' },
  { keys: LEFT_DOWN, scope: 'brush', modifiers: 'none', rtl: true, shift: false, intent: later('step'), does: 'Moves the brush later by a tenth of the chart (right to left)' },
  { keys: LEFT_DOWN, scope: 'brush', modifiers: 'none', rtl: true, shift: true, intent: later('window'), does: 'Moves the brush later by the chart\'s width (right to left)' },
  { keys: RIGHT_UP, scope: 'brush', modifiers: 'none', rtl: true, shift: false, intent: earlier('step'), does: 'Moves the brush earlier by a tenth of the chart (right to left)' },
  { keys: RIGHT_UP, scope: 'brush', modifiers: 'none', rtl: true, shift: true, intent: earlier('window'), does: 'Moves the brush earlier by the chart\'s width (right to left)' },
  { keys: ['Home'], scope: 'brush', modifiers: 'none', intent: { type: 'brush-edge', edge: 'start' }, does: 'Moves the brush to the start' },
  { keys: ['End'], scope: 'brush', modifiers: 'none', intent: { type: 'brush-edge', edge: 'end' }, does: 'Moves the brush to the end' },
  // Focus moves with the picture too: on a mirrored chart, right is earlier. The vertical list is never mirrored.
  { keys: ['ArrowRight'], scope: 'item', modifiers: 'any', layout: 'horizontal', rtl: true, intent: { type: 'move', to: 'previous' }, does: 'Focuses the previous event (right to left)' },
  { keys: ['ArrowRight'], scope: 'item', modifiers: 'any', intent: { type: 'move', to: 'next' }, does: 'Focuses the next event' },
  { keys: ['ArrowLeft'], scope: 'item', modifiers: 'any', layout: 'horizontal', rtl: true, intent: { type: 'move', to: 'next' }, does: 'Focuses the next event (right to left)' },
  { keys: ['ArrowLeft'], scope: 'item', modifiers: 'any', intent: { type: 'move', to: 'previous' }, does: 'Focuses the previous event' },
  { keys: ['ArrowDown'], scope: 'item', modifiers: 'any', layout: 'vertical', intent: { type: 'move', to: 'next' }, does: 'Focuses the next event (vertical list)' },
  { keys: ['ArrowUp'], scope: 'item', modifiers: 'any', layout: 'vertical', intent: { type: 'move', to: 'previous' }, does: 'Focuses the previous event (vertical list)' },
  { keys: ['Home'], scope: 'item', modifiers: 'any', intent: { type: 'move', to: 'first' }, does: 'Focuses the first event' },
  { keys: ['End'], scope: 'item', modifiers: 'any', intent: { type: 'move', to: 'last' }, does: 'Focuses the last event' },
];

function inScope(scope: KeyScope, c: KeyContext): boolean {
  switch (scope) {
    case 'menu':
      return !!c.inOpenMenu;
    case 'anywhere':
      return true;
    case 'chart':
      return c.layout === 'horizontal' && c.inChart;
    case 'brush':
      return c.layout === 'horizontal' && c.inChart && c.onBrush;
    case 'item':
      return c.onEvent || c.onCluster;
  }
}

/** The binding a key press matches (the first in `KEYMAP`), or null. */
export function keyBinding(key: string, modifiers: KeyModifiers, context: KeyContext): KeyBinding | null {
  const plain = !modifiers.alt && !modifiers.ctrl && !modifiers.meta;
  for (const b of KEYMAP) {
    if (!b.keys.includes(key) || !inScope(b.scope, context)) continue;
    if (b.modifiers === 'none' && !plain) continue;
    if (b.shift !== undefined && b.shift !== !!modifiers.shift) continue;
    if (b.layout !== undefined && b.layout !== context.layout) continue;
    if (b.rtl !== undefined && b.rtl !== context.rtl) continue;
    if (b.needsSelection && !context.hasSelection) continue;
    return b;
  }
  return null;
}

/** What a key press asks for, or null when the element leaves the key alone. */
export function keyIntent(key: string, modifiers: KeyModifiers, context: KeyContext): KeyIntent | null {
  return keyBinding(key, modifiers, context)?.intent ?? null;
}
