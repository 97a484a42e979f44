import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDataset, type LoadResult } from '../model/load.js';
import { eventsFromList } from '../model/html-list.js';
import { parseTimelineSteps, type ParseOutput } from '../model/parse.js';
import { eventAnchorsSteps, filterEventsSteps, type Filtered } from '../model/filter.js';
import { runFor, runSliced, yieldToMain, type Progress, type Steps } from '../model/incremental.js';
import type { DataOrigin } from '../events.js';
import type { TimelineData, TimelineEvent } from '../model/types.js';

/** The data the element draws, and where it came from. `value` is null while it is still on its way. */
export interface Input {
  origin: DataOrigin;
  value: unknown;
  /** The parsed data, once read (large inputs are read in slices between frames). */
  parsed?: Prepared;
  /** How far reading a large input got, while it is being read (`value` is then null). */
  progress?: Progress;
}

/** Parsed data and, for a large input, its unfiltered index, worked out in slices too. */
export type Prepared = ParseOutput & { all?: Filtered };

/** Reading one input: in one go when it fits in a slice, else between frames. */
interface ParseJob {
  source: unknown;
  progress: Progress;
  result?: Prepared;
  done?: Promise<void>;
  controller: AbortController;
}

/** ms of reading per slice: the first slice runs in the update itself, so small data draw at once. */
const SLICE_MS = 30;
/** Progress redraws at most this often (ms): each one is a small update of the loading message. */
const PROGRESS_MS = 100;

/** A `src` fetch: its URL, how far it got, and the abort switch for when a newer `src` wins. */
export interface SrcLoad {
  url: string;
  status: 'loading' | 'loaded' | 'error';
  result?: LoadResult;
  /** Bytes received, then text read, while it loads (updated in place). */
  progress?: Progress;
  controller: AbortController;
}

export interface DataSourceOptions {
  /** Milliseconds before a fetch gives up. */
  fetchTimeout(): number;
  /** Largest file accepted, in bytes (the loader's default when absent). */
  maxBytes?(): number | undefined;
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
  /** The built-in dataset's import, until it is read and its draw asked for (or the import failed). */
  #builtinLoad: Promise<void> | null = null;
  #job: ParseJob | null = null;
  #interrupted = false;

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

  /** True while `src` is being fetched or a large input is being read. */
  get loading(): boolean {
    return this.#load?.status === 'loading' || !!(this.#job && !this.#job.result);
  }

  /** The `src` fetch, if any (its result once it arrived). */
  get load(): SrcLoad | null {
    return this.#load;
  }

  /** Settles when the built-in dataset, if it is being imported, has arrived and its draw is asked for, or a large input is read (for `updateComplete`). */
  get pending(): Promise<void> | null {
    if (this.#job && !this.#job.result && this.#job.done) return this.#job.done;
    return this.#builtinLoad;
  }

  hostConnected(): void {
    // A read stopped when the element left the page starts again.
    if (this.#interrupted) {
      this.#interrupted = false;
      this.#host.requestUpdate();
    }
    this.#readInline();
    if (typeof MutationObserver !== 'undefined') {
      this.#inlineObserver = new MutationObserver(() => this.#readInline());
      this.#inlineObserver.observe(this.#host, { childList: true, subtree: true, characterData: true });
    }
  }

  hostDisconnected(): void {
    this.#inlineObserver?.disconnect();
    this.#inlineObserver = undefined;
    // A read left half-way stops; it starts again if the element comes back.
    if (this.#job && !this.#job.result) {
      this.#job.controller.abort();
      this.#job = null;
      this.#interrupted = true;
    }
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

  /** The input by precedence: property, `src`, inline data, built-in; read (parsed) once it is all there. */
  choose(src: string): Input {
    const input = this.#raw(src);
    if (input.value == null) return input;
    if (input.origin === 'src') {
      const result = input.value as LoadResult;
      return result.error ? input : this.#read(input, result.data);
    }
    return this.#read(input, input.value);
  }

  /**
   * Starts the built-in data's download if that is what `choose` would read now: called before the first update,
   * which waits for turns of its own, so the chunk is not requested only after them.
   */
  prefetch(src: string): void {
    this.#raw(src);
  }

  #raw(src: string): Input {
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
    if (src) return { origin: 'src', value: this.#load?.result ?? null, ...(this.#load?.status === 'loading' ? { progress: this.#load.progress } : {}) };
    if (this.#inline != null && (typeof this.#inline !== 'string' || this.#inline.trim())) return { origin: 'inline', value: this.#inline };
    if (!this.#builtin) this.#importBuiltin();
    return { origin: 'builtin', value: this.#builtin };
  }

  /**
   * Parses `source` for `input`: at once when it takes less than a slice; else in slices between frames (the
   * page stays responsive and the element shows how far it got), the latest input winning.
   */
  #read(input: Input, source: unknown): Input {
    let job = this.#job;
    if (!job || job.source !== source) {
      job?.controller.abort();
      job = { source, progress: { done: 0, total: 0 }, controller: new AbortController() };
      this.#job = job;
      const steps = prepareSteps(source);
      const fresh = job;
      const first = runFor(steps, SLICE_MS, (p) => Object.assign(fresh.progress, p));
      if (first) job.result = first.value;
      else job.done = this.#continue(job, steps);
    }
    return job.result ? { ...input, parsed: job.result } : { origin: input.origin, value: null, progress: job.progress };
  }

  async #continue(job: ParseJob, steps: Steps<Prepared>): Promise<void> {
    try {
      // The first slice has just run (in #read): the next one gets a task of its own.
      await yieldToMain();
      job.result = await runSliced(steps, { signal: job.controller.signal, budget: SLICE_MS, onProgress: this.#showProgress(job.progress) });
    } catch {
      return; // a newer input, or the element left the page
    }
    if (this.#job === job) this.#host.requestUpdate();
  }

  /**
   * A progress callback that writes into `shown` in place (the input handed to the state holds that object, so the
   * next draw shows the latest count) and asks for a draw at most every PROGRESS_MS; the last count is always drawn,
   * so the bar reaches its end before the chart replaces it.
   */
  #showProgress(shown: Progress): (p: Progress) => void {
    let drawn = 0;
    return (p) => {
      Object.assign(shown, p);
      const now = performance.now();
      if (now - drawn < PROGRESS_MS && !(p.total > 0 && p.done >= p.total)) return;
      drawn = now;
      this.#host.requestUpdate();
    };
  }

  #importBuiltin(): void {
    this.#builtinLoad ??= import('../builtin-data.js').then(
      (module) => {
        // Read in the task the chunk arrived in and drawn by the next update: one already due (the first, after its
        // turns) draws it instead of a loading message. A read in more slices (a slow phone) asks for its own draw.
        const data = module.builtinData;
        this.#read({ origin: 'builtin', value: data }, data);
        this.#builtin = data;
        const job = this.#job;
        const drawn = job && !job.result && job.done ? job.done : yieldToMain().then(() => this.#host.requestUpdate());
        return drawn.then(() => void (this.#builtinLoad = null)); // never imported again: #builtin is set
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
    const load: SrcLoad = { url, status: 'loading', controller, progress: { done: 0, total: 0, unit: 'bytes' } };
    this.#load = load;
    const host = this.#host;
    const onProgress = this.#showProgress(load.progress!);
    const maxBytes = this.#options.maxBytes?.() ?? 0;
    loadDataset(url, { signal: controller.signal, timeout: this.#options.fetchTimeout(), baseURI: host.ownerDocument?.baseURI, onProgress, ...(maxBytes > 0 ? { maxBytes } : {}) }).then((result) => {
      if (this.#load !== load) return; // a newer src won
      load.status = result.error ? 'error' : 'loaded';
      load.result = result;
      host.requestUpdate();
    });
  }
}

/** Events above which the unfiltered index and anchors are worked out in the reading job, not in an update. */
const INDEX_AHEAD = 20_000;

/** Parses, and for a large input indexes it too, in steps: what would otherwise be one long update. */
function* prepareSteps(source: unknown): Steps<Prepared> {
  const parsed: Prepared = yield* parseTimelineSteps(source);
  const events = parsed.timeline.events;
  const { columns } = parsed;
  // The columns serve this indexing only: kept, they would be 20 MB at a million events.
  parsed.columns = undefined;
  if (events.length > INDEX_AHEAD) {
    parsed.all = yield* filterEventsSteps(events, '', (id) => parsed.byId.get(id), columns);
    parsed.all.anchors = yield* eventAnchorsSteps(events, columns);
  }
  return parsed;
}
