/**
 * Shared tools of the hostile suite: a global canary that any injected script would call, a watch on everything
 * outside the component, an audit of what the component rendered, an error collector, a main-thread latency
 * probe and the server's request statistics (test/hostile/server.mjs).
 */
import { expect } from '@esm-bundle/chai';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';

type CanaryWindow = Window & typeof globalThis & { __hostileCanary?: (tag?: unknown) => void };
const w = window as CanaryWindow;

/**
 * The canary: payloads call `__hostileCanary(n)` (or `top.__hostileCanary(n)` from a frame, `alert(n)`,
 * `top.postMessage('xss:n', '*')` from an opaque origin). Any call is a script that ran.
 */
export class Canary {
  readonly hits: string[] = [];
  #saved: Partial<Record<'alert' | 'confirm' | 'prompt' | 'print', unknown>> = {};
  #onMessage = (e: MessageEvent) => {
    if (typeof e.data === 'string' && e.data.startsWith('xss')) this.hits.push(`postMessage ${e.data}`);
  };

  install(): this {
    w.__hostileCanary = (tag?: unknown) => {
      this.hits.push(`canary ${String(tag)}`);
    };
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      this.#saved[name] = w[name];
      (w as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        this.hits.push(`${name}(${args.map(String).join(', ')})`);
        return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
      };
    }
    window.addEventListener('message', this.#onMessage);
    return this;
  }

  uninstall(): void {
    delete w.__hostileCanary;
    for (const [name, fn] of Object.entries(this.#saved)) (w as unknown as Record<string, unknown>)[name] = fn;
    window.removeEventListener('message', this.#onMessage);
  }
}

/** Errors that escaped to the page: `error` events (also resource-less script errors) and unhandled rejections. */
export class ErrorCollector {
  readonly errors: string[] = [];
  #onError = (e: ErrorEvent) => {
    // A failed image or script load inside the page's own light DOM is not an escaped exception.
    if (!(e instanceof ErrorEvent)) return;
    // Chromium reports this benign notification as an error event; it is not an exception from the element.
    if (/ResizeObserver loop/.test(e.message)) return;
    this.errors.push(`error: ${e.message}`);
  };
  #onRejection = (e: PromiseRejectionEvent) => {
    this.errors.push(`unhandled rejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
  };

  install(): this {
    window.addEventListener('error', this.#onError);
    window.addEventListener('unhandledrejection', this.#onRejection);
    return this;
  }

  uninstall(): void {
    window.removeEventListener('error', this.#onError);
    window.removeEventListener('unhandledrejection', this.#onRejection);
  }
}

/**
 * Inside a `describe`: an ErrorCollector installed around each of its tests, and the test containers removed
 * after each. `errors` is the running test's list.
 */
export function collectErrorsPerTest(): { readonly errors: string[] } {
  let collector: ErrorCollector | null = null;
  beforeEach(() => {
    collector = new ErrorCollector().install();
  });
  afterEach(() => {
    collector?.uninstall();
    document.querySelectorAll('.test-container').forEach((n) => n.remove());
  });
  return {
    get errors() {
      return collector!.errors;
    },
  };
}

/** Everything outside the component that a payload could touch, as one comparable snapshot. */
export function pageSnapshot(): Record<string, string> {
  const outside = [...document.body.children]
    .filter((n) => !n.classList.contains('test-container'))
    .map((n) => n.outerHTML)
    .join('\n');
  return {
    head: document.head.innerHTML,
    body: outside,
    bodyAttributes: [...document.body.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
    htmlAttributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
    title: document.title,
    location: location.href,
    cookie: document.cookie,
    storage: (() => {
      try {
        return JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
      } catch {
        return 'unavailable';
      }
    })(),
    styleSheets: String(document.styleSheets.length) + ':' + String(document.adoptedStyleSheets?.length ?? 0),
    objectPrototype: Object.getOwnPropertyNames(Object.prototype).sort().join(','),
    arrayPrototype: Object.getOwnPropertyNames(Array.prototype).sort().join(','),
  };
}

/**
 * Watches the whole document (not the component's shadow root) for mutations, and the page's globals,
 * prototypes, head, title, location, cookies and storage. Only what `allow` accepts may change.
 */
export class PageWatch {
  readonly records: string[] = [];
  #observer: MutationObserver;
  #globals = new Set(Object.keys(window));
  #snapshot = pageSnapshot();

  /** `allow` says which mutations are the test's own doing (mounting, setting attributes). */
  constructor(readonly allow: (record: MutationRecord) => boolean) {
    this.#observer = new MutationObserver((records) => this.#take(records));
    this.#observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }

  #take(records: MutationRecord[]): void {
    for (const r of records) {
      if (this.allow(r)) continue;
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      this.records.push(`${r.type} on <${target?.localName ?? r.target.nodeName}>${r.attributeName ? ` [${r.attributeName}]` : ''}`);
    }
  }

  /** Stops watching; fails the test if anything outside the component changed, or a global appeared. */
  check(ignoreGlobals: string[] = []): void {
    this.#take(this.#observer.takeRecords());
    this.#observer.disconnect();
    expect(this.records, 'mutations outside the component').to.deep.equal([]);
    expect(pageSnapshot(), 'the page around the component').to.deep.equal(this.#snapshot);
    const added = Object.keys(window).filter((k) => !this.#globals.has(k) && !ignoreGlobals.includes(k) && k !== '__hostileCanary');
    expect(added, 'new globals').to.deep.equal([]);
  }
}

const DANGEROUS_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'img', 'image', 'picture', 'video', 'audio',
  'source', 'track', 'link', 'meta', 'base', 'form', 'input', 'textarea', 'select', 'option', 'foreignobject', 'use',
  'animate', 'animatetransform', 'animatemotion', 'set', 'math', 'marquee', 'portal', 'style', 'noscript', 'template',
  'xmp', 'plaintext', 'isindex', 'keygen', 'handler', 'listener',
]);
/** Attributes that load or navigate: only `a[href]` may have one, and only to http(s). */
const URL_ATTRIBUTES = ['src', 'srcdoc', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'ping', 'codebase', 'dynsrc', 'lowsrc'];

/**
 * Audits a shadow root: no element that runs or loads anything, no inline handler, links only to http(s), no
 * style that loads or evaluates. Returns the problems (empty when clean).
 */
export function auditShadow(root: ShadowRoot | Element): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName.toLowerCase();
    if (DANGEROUS_TAGS.has(tag)) problems.push(`<${tag}> rendered`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${tag} ${name}> handler`);
      if (URL_ATTRIBUTES.includes(name)) problems.push(`<${tag} ${name}="${attr.value.slice(0, 40)}">`);
      if (name === 'href') {
        if (tag !== 'a') problems.push(`<${tag} href> outside a link`);
        let protocol = '';
        try {
          protocol = new URL(attr.value).protocol;
        } catch {
          protocol = 'relative';
        }
        if (protocol !== 'http:' && protocol !== 'https:') problems.push(`<a href="${attr.value.slice(0, 60)}"> is ${protocol}`);
        if (attr.value !== attr.value.trim()) problems.push(`<a href> with surrounding space`);
      }
      // Custom property names built from category names may spell "expression" or "url": only calls count.
      if (name === 'style' && /url\s*\(|expression\s*\(|javascript:|@import|behavior\s*:|binding\s*:/i.test(attr.value)) {
        problems.push(`<${tag} style="${attr.value.slice(0, 80)}">`);
      }
    }
    if (el.shadowRoot) problems.push(...auditShadow(el.shadowRoot));
  }
  return problems;
}

/** What a string becomes once encoded as UTF-8 (a Blob, a CSV file): lone surrogates turn into U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Text of an element without the parts that are not the author's text (a `.when` date line). */
export function ownText(el: Element | null | undefined, drop = '.when'): string | null {
  if (!el) return null;
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll(drop).forEach((n) => n.remove());
  return copy.textContent;
}

/** The event button whose `data-id` is exactly `id` (no CSS selector: ids here are hostile). */
export function buttonFor(el: ConflictTimeline, id: string): HTMLButtonElement | null {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.event')].find((b) => b.dataset.id === id) ?? null;
}

/**
 * Main-thread latency: a chain of 0 ms timeouts and animation frames. `stop()` gives the longest gap between two
 * timeouts (how long a click would have waited) and the number of frames drawn.
 */
export function latencyProbe(): { stop(): { maxGap: number; ticks: number; frames: number } } {
  let running = true;
  let last = performance.now();
  let maxGap = 0;
  let ticks = 0;
  let frames = 0;
  const tick = () => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    ticks++;
    if (running) setTimeout(tick, 0);
  };
  const frame = () => {
    frames++;
    if (running) requestAnimationFrame(frame);
  };
  setTimeout(tick, 0);
  requestAnimationFrame(frame);
  return {
    stop() {
      running = false;
      maxGap = Math.max(maxGap, performance.now() - last);
      return { maxGap, ticks, frames };
    },
  };
}

export interface ServerStats {
  requests: number;
  open: number;
  completed: number;
  aborted: number;
  bytesSent: number;
}

/** What test/hostile/server.mjs saw of requests tagged `id`. */
export async function serverStats(id: string): Promise<ServerStats> {
  const response = await fetch(`/hostile/stats?id=${encodeURIComponent(id)}`, { cache: 'no-store' });
  return (await response.json()) as ServerStats;
}

/** A unique tag for server statistics. */
export function uid(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Which engine runs the test (for `this.skip()` reasons and engine-specific bounds). */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** Mounts a fresh `.test-container` (the harness's convention: afterEach hooks remove them). */
export function container(width = 1000): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'test-container';
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
}

