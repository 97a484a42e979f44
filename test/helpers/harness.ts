import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictTimelineErrorDetail, ConflictTimelineLoadDetail } from '../../src/events.js';
import type { TimelineData } from '../../src/model/types.js';
import '../../src/define.js';

// Tests read British English dates ("24 February 2022") unless they set another language.
document.documentElement.lang = 'en-GB';

/** A small dataset with known dates, categories and one event per notable case. */
export const SMALL: TimelineData = {
  title: 'Small test timeline',
  sources: [{ id: 'a', title: 'Article A', publisher: 'Paper', url: 'https://example.org/a' }],
  events: [
    { id: 'first', date: '2022-02-24', title: 'First event on the 24th', category: 'military', citations: [{ source: 'a', quote: 'It began on 24 February.' }] },
    { id: 'second', date: '2022-02-28', title: 'Second event on Monday', category: 'diplomacy', summary: 'Talks were held.', dateBasis: 'relative', dateNote: 'From "on Monday".', citations: [{ source: 'a', quote: 'Talks on Monday.' }] },
    { id: 'third', date: '2022-03-01', title: 'Third event on Tuesday', category: 'humanitarian', figures: [{ label: 'people fled', value: 660000, qualifier: 'more than', attribution: 'UNHCR' }] },
    { id: 'fourth', date: '2022-03', title: 'Month-only event in March', category: 'political' },
  ],
};

/** Mounts HTML in a fresh container and waits for the element's first render. */
export async function fixture(markup: string, width = 1000): Promise<ConflictTimeline> {
  document.querySelectorAll('.test-container').forEach((n) => n.remove());
  const container = document.createElement('div');
  container.className = 'test-container';
  container.style.width = `${width}px`;
  container.innerHTML = markup;
  document.body.append(container);
  const el = container.querySelector('conflict-timeline')!;
  await el.updateComplete;
  // The ResizeObserver reports the real width after layout: let it.
  await nextFrame();
  await el.updateComplete;
  return el;
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** Resolves with the next event of that type from the element (or rejects after `timeout` ms). */
export function nextEvent<T = unknown>(el: EventTarget, type: string, timeout = 5000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    el.addEventListener(type, (e) => {
      clearTimeout(timer);
      resolve(e as CustomEvent<T>);
    }, { once: true });
  });
}

/** Waits until `check` is true, re-checking every frame. */
export async function until(check: () => boolean, what = 'condition', timeout = 5000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}

/**
 * Holds every `fetch` response until `release()` (the fixtures answer in a few ms): a test sees the loading state
 * for as long as it needs. `release()` also puts the real `fetch` back; call it in a `finally`.
 */
export function holdFetch(): { release: () => void } {
  const realFetch = window.fetch;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    const response = await realFetch(...args);
    await gate;
    return response;
  };
  return {
    release: () => {
      window.fetch = realFetch;
      open();
    },
  };
}

export type LoadEvent = CustomEvent<ConflictTimelineLoadDetail>;
export type ErrorEvent = CustomEvent<ConflictTimelineErrorDetail>;

/** Reads what a user sees and can operate inside the element's shadow root. */
export class TimelineHarness {
  constructor(readonly el: ConflictTimeline) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  /** Event buttons in DOM order. */
  events(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button.event')];
  }
  ids(): string[] {
    return this.events().map((b) => b.dataset.id!);
  }
  event(id: string): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>(`button.event[data-id="${CSS.escape(id)}"]`);
  }
  names(): string[] {
    return this.events().map((b) => b.getAttribute('aria-label')!);
  }
  labels(): string[] {
    return this.events().map((b) => b.querySelector('.label')!.textContent!.trim());
  }
  ticks(): string[] {
    return [...this.root.querySelectorAll('.tick-label')].map((t) => t.textContent!.trim()).filter(Boolean);
  }
  detail(): HTMLElement | null {
    return this.root.querySelector('[part~="detail"]');
  }
  error(): HTMLElement | null {
    return this.root.querySelector('[part~="error"]');
  }
  legend(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('.legend button')];
  }
  region(): HTMLElement {
    return this.root.querySelector('[part~="base"]')!;
  }
  isVertical(): boolean {
    return !!this.root.querySelector('.vlist');
  }
  isHorizontal(): boolean {
    return !!this.root.querySelector('.plot');
  }
  focusedId(): string | null {
    return (this.root.activeElement as HTMLElement | null)?.dataset?.id ?? null;
  }
  tabStops(): string[] {
    return this.events().filter((b) => b.tabIndex === 0).map((b) => b.dataset.id!);
  }
  async click(id: string): Promise<void> {
    this.event(id)!.click();
    await this.el.updateComplete;
  }
}
