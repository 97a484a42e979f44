/**
 * Large, deterministic datasets for the zoom and level-of-detail tests, a brute-force reference for "which events
 * overlap this window", and synthetic wheel / pointer / key input on the chart.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { TimelineData, TimelineEvent } from '../../src/model/types.js';
import { fixture, nextFrame } from './harness.js';

export const DAY = 86_400_000;
export const CATEGORIES = ['military', 'civilian-harm', 'humanitarian', 'diplomacy', 'political'] as const;

/** mulberry32: a tiny seeded PRNG, so every run (and every browser) sees the same data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FROM = Date.UTC(2015, 0, 1);
const TO = Date.UTC(2025, 0, 1); // exclusive: every date falls in 2015–2024
const MINUTE = 60_000;

/** One generated event, with its instant in ms (date-times have no duration: start = end). */
export interface BigEvent extends TimelineEvent {
  id: string;
  date: string;
  category: string;
  /** The event's instant, ms since the epoch. */
  t: number;
  /** Position in the input (the element breaks ties between equal dates by it). */
  index: number;
}

export interface BigDataset {
  data: TimelineData;
  events: BigEvent[];
  /** The events in the element's time order: by date, then by input position. */
  sorted: BigEvent[];
}

const cache = new Map<string, BigDataset>();

/**
 * `n` events `e0…e{n-1}` in random (seeded) input order, each at a whole minute of 2015–2024 written as
 * `YYYY-MM-DDTHH:MMZ`, with a category from CATEGORIES. Memoised per (n, seed): the element never mutates it.
 */
export function bigDataset(n: number, seed = 20240229): BigDataset {
  const key = `${n}|${seed}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const random = mulberry32(seed);
  const minutes = (TO - FROM) / MINUTE;
  const events: BigEvent[] = [];
  for (let i = 0; i < n; i++) {
    const t = FROM + Math.floor(random() * minutes) * MINUTE;
    const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)];
    const date = new Date(t).toISOString().slice(0, 16) + 'Z';
    events.push({ id: `e${i}`, date, title: `Event ${i} (${category})`, category, t, index: i });
  }
  const sorted = [...events].sort((a, b) => a.t - b.t || a.index - b.index);
  const data: TimelineData = {
    title: `${n} generated events`,
    events: events.map(({ id, date, title, category }) => ({ id, date, title, category })),
  };
  const result = { data, events, sorted };
  cache.set(key, result);
  return result;
}

/**
 * A dense burst: `background` events spread over 2015–2024 and `burst` events within the `minutes` minutes from
 * 2020-06-01T12:00Z (many share a minute), in random input order.
 */
export function burstDataset(background: number, burst: number, minutes = 10, seed = 77): BigDataset {
  const key = `burst|${background}|${burst}|${minutes}|${seed}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const random = mulberry32(seed);
  const from = Date.UTC(2020, 5, 1, 12);
  const times: number[] = [];
  for (let i = 0; i < burst; i++) times.push(from + Math.floor(random() * minutes) * MINUTE);
  for (let i = 0; i < background; i++) times.push(FROM + Math.floor(random() * ((TO - FROM) / MINUTE)) * MINUTE);
  for (let i = times.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [times[i], times[j]] = [times[j], times[i]];
  }
  const events: BigEvent[] = times.map((t, i) => {
    const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)];
    return { id: `e${i}`, date: new Date(t).toISOString().slice(0, 16) + 'Z', title: `Event ${i} (${category})`, category, t, index: i };
  });
  const sorted = [...events].sort((a, b) => a.t - b.t || a.index - b.index);
  const data: TimelineData = { title: 'A dense burst', events: events.map(({ id, date, title, category }) => ({ id, date, title, category })) };
  const result = { data, events, sorted };
  cache.set(key, result);
  return result;
}

/**
 * Brute force: ids of the events overlapping the window [a, b], in time order. Every generated event is an instant,
 * so this is a ≤ t ≤ b. The tests choose edges that fall between two minutes, so no event sits on an edge.
 */
export function overlapping(set: BigDataset, a: number, b: number): string[] {
  return set.sorted.filter((e) => e.t >= a && e.t <= b).map((e) => e.id);
}

/** Mounts `<conflict-timeline>` markup at a fixed width, sets `data` and waits for the render. */
export async function mountWith(data: TimelineData, markup = '<conflict-timeline></conflict-timeline>', width = 1000): Promise<ConflictTimeline> {
  const el = await fixture(markup, width);
  el.data = data;
  await settle(el);
  return el;
}

/** Waits for a render, a frame (ResizeObserver, focus restoration) and the render that may follow. */
export async function settle(el: ConflictTimeline): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/**
 * The visible window [start, end) in ms, read back from the `start`/`end` properties (which follow the view).
 * A plain date in `end` is inclusive (the whole day), so the window ends at the next midnight.
 */
export function viewOf(el: ConflictTimeline): [number, number] {
  const start = Date.parse(el.start);
  const end = el.end.length === 10 ? Date.parse(el.end) + DAY : Date.parse(el.end);
  return [start, end];
}

export function span(el: ConflictTimeline): number {
  const [a, b] = viewOf(el);
  return b - a;
}

export function root(el: ConflictTimeline): ShadowRoot {
  return el.shadowRoot!;
}

export function plot(el: ConflictTimeline): HTMLElement {
  return root(el).querySelector<HTMLElement>('.plot')!;
}

/** Width of the plot in px, as the element draws it (its axis SVG's width). */
export function plotWidth(el: ConflictTimeline): number {
  return Number(root(el).querySelector('svg.axis')!.getAttribute('width'));
}

/** Records `conflict-timeline-range-change` details until `stop()`. */
export function rangeChanges(el: ConflictTimeline): { list: { start: string; end: string }[]; stop: () => void } {
  const list: { start: string; end: string }[] = [];
  const on = (e: Event) => list.push((e as CustomEvent<{ start: string; end: string }>).detail);
  el.addEventListener('conflict-timeline-range-change', on);
  return { list, stop: () => el.removeEventListener('conflict-timeline-range-change', on) };
}

/** Dispatches a cancelable wheel event on `target` at `x` px from its left edge; returns it (for defaultPrevented). */
export function wheel(target: Element, init: { deltaX?: number; deltaY?: number; ctrlKey?: boolean; metaKey?: boolean; x?: number }): WheelEvent {
  const r = target.getBoundingClientRect();
  const e = new WheelEvent('wheel', {
    deltaX: init.deltaX ?? 0,
    deltaY: init.deltaY ?? 0,
    deltaMode: 0,
    ctrlKey: init.ctrlKey ?? false,
    metaKey: init.metaKey ?? false,
    clientX: r.left + (init.x ?? r.width / 2),
    clientY: r.top + Math.min(60, r.height / 2),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(e);
  return e;
}

let pointerIds = 40;

/** Lets a task boundary pass, so Lit's update (a microtask) runs between two input events, as between real ones. */
const tick = () => new Promise<void>((r) => setTimeout(r));

/** A fresh pointerId for synthetic pointers. */
export function newPointerId(): number {
  return ++pointerIds;
}

/** Init for a synthetic pointer event at `x` px from the left edge of `relativeTo`. */
export function pointerInit(type: string, pointerId: number, x: number, relativeTo: Element, pointerType = 'mouse'): PointerEventInit {
  const r = relativeTo.getBoundingClientRect();
  return {
    pointerId,
    pointerType,
    isPrimary: pointerType === 'mouse' || pointerId % 2 === 1,
    button: type === 'pointermove' ? -1 : 0,
    buttons: type === 'pointerup' ? 0 : 1,
    clientX: r.left + x,
    clientY: r.top + Math.min(20, r.height / 2),
    bubbles: true,
    cancelable: true,
    composed: true,
  };
}

/**
 * A mouse drag of synthetic pointer events on `target`: down at `from` px (from the left edge of `relativeTo`),
 * `steps` moves to `to`, then up, each in its own task (as real input arrives). `target` may be inside the element
 * that listens (the events bubble).
 */
export async function drag(target: Element, from: number, to: number, steps = 6, relativeTo: Element = target): Promise<void> {
  const id = newPointerId();
  target.dispatchEvent(new PointerEvent('pointerdown', pointerInit('pointerdown', id, from, relativeTo)));
  for (let i = 1; i <= steps; i++) {
    await tick();
    target.dispatchEvent(new PointerEvent('pointermove', pointerInit('pointermove', id, from + ((to - from) * i) / steps, relativeTo)));
  }
  await tick();
  target.dispatchEvent(new PointerEvent('pointerup', pointerInit('pointerup', id, to, relativeTo)));
}

/** A press (pointerdown, then pointerup) at `x` px on `target`. */
export function press(target: Element, x: number, relativeTo: Element = target): Promise<void> {
  return drag(target, x, x, 0, relativeTo);
}

/**
 * Runs `run` while swallowing the uncaught exceptions that `setPointerCapture` throws for a synthetic pointer the
 * browser does not track (NotFoundError), and only those; returns their messages. Mocha would otherwise fail the
 * test on them. See the KNOWN test for the overview in zoom.test.ts.
 */
export async function swallowPointerCaptureErrors(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const saved = window.onerror;
  window.onerror = function (this: WindowEventHandlers, message, source, line, column, error) {
    const text = `${String(message)} ${error?.name ?? ''}`;
    if (/setPointerCapture|NotFoundError|pointer id/i.test(text)) {
      seen.push(text.trim());
      return true;
    }
    return saved ? (saved as OnErrorEventHandlerNonNull).call(window, message, source, line, column, error) : false;
  };
  try {
    await run();
  } finally {
    window.onerror = saved;
  }
  return seen;
}


/**
 * Presses Shift+`key` on the focused element. Puppeteer (Chromium, Firefox) holds Shift with down/up; WebDriver
 * (WebKit) gets only `press`/`type` through the plugin, so there the keydown is dispatched on the focused element
 * (the element's key handler does not care whether the event was trusted).
 */
export async function pressShift(key: string, focused: Element): Promise<void> {
  let held = false;
  try {
    await sendKeys({ down: 'Shift' });
    held = true;
    await sendKeys({ press: key });
  } catch {
    if (held) throw new Error(`could not press Shift+${key}`);
    focused.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey: true, bubbles: true, composed: true, cancelable: true }));
  } finally {
    if (held) await sendKeys({ up: 'Shift' });
  }
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
