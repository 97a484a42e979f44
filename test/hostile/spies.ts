/**
 * Counters for what an element may leave behind, installed before the element's module is imported (import this
 * file first): ResizeObserver and MutationObserver registrations on <conflict-timeline> hosts, and listeners on
 * the page's global targets (window, document, <html>, <body>). They hold no reference to what they count, so
 * they do not keep anything alive for the heap and garbage-collection checks.
 */

export const counts = {
  /** Live ResizeObserver registrations whose target is a <conflict-timeline>. */
  resizeObserved: 0,
  /** Live MutationObserver registrations whose target is a <conflict-timeline>. */
  mutationObserved: 0,
  /** ResizeObservers and MutationObservers created (any target). */
  resizeObserversCreated: 0,
  mutationObserversCreated: 0,
};

const isHost = (node: unknown) => node instanceof Element && node.localName === 'conflict-timeline';

// ——— ResizeObserver
const perResize = new WeakMap<ResizeObserver, number>();
const NativeResizeObserver = window.ResizeObserver;
class CountingResizeObserver extends NativeResizeObserver {
  constructor(callback: ResizeObserverCallback) {
    super(callback);
    counts.resizeObserversCreated++;
  }
}
const roProto = NativeResizeObserver.prototype;
const roObserve = roProto.observe;
const roUnobserve = roProto.unobserve;
const roDisconnect = roProto.disconnect;
// Observing the same target twice is one registration; the counters assume the element does not do that (it
// observes its host once per connection), and the tests check the totals come back to where they started.
roProto.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
  if (isHost(target)) {
    perResize.set(this, (perResize.get(this) ?? 0) + 1);
    counts.resizeObserved++;
  }
  return roObserve.call(this, target, options);
};
roProto.unobserve = function (this: ResizeObserver, target: Element) {
  if (isHost(target) && (perResize.get(this) ?? 0) > 0) {
    perResize.set(this, perResize.get(this)! - 1);
    counts.resizeObserved--;
  }
  return roUnobserve.call(this, target);
};
roProto.disconnect = function (this: ResizeObserver) {
  counts.resizeObserved -= perResize.get(this) ?? 0;
  perResize.set(this, 0);
  return roDisconnect.call(this);
};
window.ResizeObserver = CountingResizeObserver;

// ——— MutationObserver
const NativeMutationObserver = window.MutationObserver;
class CountingMutationObserver extends NativeMutationObserver {
  #hosts = 0;
  constructor(callback: MutationCallback) {
    super(callback);
    counts.mutationObserversCreated++;
  }
  override observe(target: Node, options?: MutationObserverInit): void {
    if (isHost(target)) {
      this.#hosts++;
      counts.mutationObserved++;
    }
    super.observe(target, options);
  }
  override disconnect(): void {
    counts.mutationObserved -= this.#hosts;
    this.#hosts = 0;
    super.disconnect();
  }
}
window.MutationObserver = CountingMutationObserver;

// ——— listeners on the page's global targets
const listenerIds = new WeakMap<object, number>();
let nextId = 1;
const idOf = (listener: unknown) => {
  if (!listener || (typeof listener !== 'function' && typeof listener !== 'object')) return 0;
  let id = listenerIds.get(listener as object);
  if (!id) listenerIds.set(listener as object, (id = nextId++));
  return id;
};
const targetName = (target: EventTarget): string | null =>
  target === window ? 'window' : target === document ? 'document' : target === document.documentElement ? 'html' : target === document.body ? 'body' : null;
const capture = (options?: boolean | AddEventListenerOptions | EventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);

/** Keys (`target type listener capture`) of listeners on global targets that are registered now. */
export const globalListeners = new Set<string>();
const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
  const name = targetName(this);
  if (name && listener) {
    const key = `${name} ${type} ${idOf(listener)} ${capture(options)}`;
    globalListeners.add(key);
    if (typeof options === 'object' && options?.once) {
      // A once-listener removes itself when it fires; count it as gone then.
      const wrapped = listener;
      add.call(this, type, () => globalListeners.delete(key), { once: true, capture: capture(options) });
      void wrapped;
    }
  }
  return add.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
  const name = targetName(this);
  if (name && listener) globalListeners.delete(`${name} ${type} ${idOf(listener)} ${capture(options)}`);
  return remove.call(this, type, listener, options);
};

/** A snapshot of the counters, to compare before and after. */
export function snapshot(): { resizeObserved: number; mutationObserved: number; globalListeners: string[] } {
  return { resizeObserved: counts.resizeObserved, mutationObserved: counts.mutationObserved, globalListeners: [...globalListeners].sort() };
}
