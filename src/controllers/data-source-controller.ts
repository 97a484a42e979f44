import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDataset, type LoadResult } from '../model/load.js';
import { eventsFromList } from '../model/html-list.js';
import type { DataOrigin } from '../events.js';
import type { TimelineData, TimelineEvent } from '../model/types.js';

/** The data the element draws, and where it came from. `value` is null while it is still on its way. */
export interface Input {
  origin: DataOrigin;
  value: unknown;
}

/** A `src` fetch: its URL, how far it got, and the abort switch for when a newer `src` wins. */
export interface SrcLoad {
  url: string;
  status: 'loading' | 'loaded' | 'error';
  result?: LoadResult;
  controller: AbortController;
}

export interface DataSourceOptions {
  /** Milliseconds before a fetch gives up. */
  fetchTimeout(): number;
}

/**
 * Where the data come from, first match wins: the `data` or `events` property (whichever was set last; `null`
 * falls through), the `src` attribute (fetched with abort, the latest `src` wins), inline JSON or a dated list in
 * the element's children, else the built-in dataset. The built-in dataset is a chunk of its own, imported only
 * when nothing else is given, so pages that bring their own data never download it.
 */
export class DataSourceController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DataSourceOptions;
  #data: TimelineData | null | undefined = undefined;
  #events: TimelineEvent[] | null | undefined = undefined;
  /** Which of `data`/`events` was set last: that one wins while it is not null. */
  #lastSet: 'data' | 'events' | null = null;
  #load: SrcLoad | null = null;
  #inlineKey: string | null = null;
  #inline: string | TimelineEvent[] | null = null;
  #inlineObserver?: MutationObserver;
  #builtin: TimelineData | null = null;
  #builtinLoad: Promise<void> | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DataSourceOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get data(): TimelineData | null | undefined {
    return this.#data;
  }
  set data(value: TimelineData | null | undefined) {
    this.#data = value;
    if (value != null) this.#lastSet = 'data';
  }

  get events(): TimelineEvent[] | null | undefined {
    return this.#events;
  }
  set events(value: TimelineEvent[] | null | undefined) {
    this.#events = value;
    if (value != null) this.#lastSet = 'events';
  }

  /** True while `src` is being fetched. */
  get loading(): boolean {
    return this.#load?.status === 'loading';
  }

  /** The `src` fetch, if any (its result once it arrived). */
  get load(): SrcLoad | null {
    return this.#load;
  }

  /** Settles when the built-in dataset, if it is being imported, has arrived (for `updateComplete`). */
  get pending(): Promise<void> | null {
    return this.#builtin ? null : this.#builtinLoad;
  }

  hostConnected(): void {
    this.#readInline();
    if (typeof MutationObserver !== 'undefined') {
      this.#inlineObserver = new MutationObserver(() => this.#readInline());
      this.#inlineObserver.observe(this.#host, { childList: true, subtree: true, characterData: true });
    }
  }

  hostDisconnected(): void {
    this.#inlineObserver?.disconnect();
    this.#inlineObserver = undefined;
  }

  /** `src` changed: fetch it (the same URL again retries only after a failure), or stop fetching. */
  srcChanged(src: string): void {
    const same = this.#load && this.#load.url === src && this.#load.status !== 'error';
    if (src && !same) this.#startFetch(src);
    else {
      this.#load?.controller.abort();
      this.#load = null;
    }
  }

  /** The input by precedence: property, `src`, inline data, built-in. */
  choose(src: string): Input {
    const property =
      this.#lastSet === 'events' && this.#events != null
        ? ({ origin: 'events', value: this.#events } as const)
        : this.#lastSet === 'data' && this.#data != null
          ? ({ origin: 'data', value: this.#data } as const)
          : this.#data != null
            ? ({ origin: 'data', value: this.#data } as const)
            : this.#events != null
              ? ({ origin: 'events', value: this.#events } as const)
              : null;
    if (property) return property;
    if (src) return { origin: 'src', value: this.#load?.result ?? null };
    if (this.#inline != null && (typeof this.#inline !== 'string' || this.#inline.trim())) return { origin: 'inline', value: this.#inline };
    if (!this.#builtin) this.#importBuiltin();
    return { origin: 'builtin', value: this.#builtin };
  }

  #importBuiltin(): void {
    this.#builtinLoad ??= import('../builtin-data.js').then(
      (module) => {
        this.#builtin = module.builtinData;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        // Keep trying on the next update: a failed chunk request (offline, a proxy) may succeed later.
        this.#builtinLoad = null;
        console.warn(`<conflict-timeline>: the built-in dataset could not be loaded (${String(error)}).`);
      },
    );
  }

  /**
   * Inline data: JSON in a child `<script type="application/json">`, or an `<ol>`/`<ul>` of dated `<li>`s that
   * readers see before the element is defined (progressive enhancement).
   */
  #readInline(): void {
    const host = this.#host;
    const script = host.querySelector(':scope > script[type="application/json"]');
    const list = script ? null : host.querySelector(':scope > ol, :scope > ul');
    const key = script ? `json:${script.textContent ?? ''}` : list ? `list:${list.innerHTML}` : null;
    if (key === this.#inlineKey) return;
    this.#inlineKey = key;
    this.#inline = script ? script.textContent ?? '' : list ? eventsFromList(list) : null;
    host.requestUpdate();
  }

  #startFetch(url: string): void {
    this.#load?.controller.abort();
    const controller = new AbortController();
    const load: SrcLoad = { url, status: 'loading', controller };
    this.#load = load;
    const host = this.#host;
    loadDataset(url, { signal: controller.signal, timeout: this.#options.fetchTimeout(), baseURI: host.ownerDocument?.baseURI }).then((result) => {
      if (this.#load !== load) return; // a newer src won
      load.status = result.error ? 'error' : 'loaded';
      load.result = result;
      host.requestUpdate();
    });
  }
}
