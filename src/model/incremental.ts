/**
 * Long work in slices: a pure step function written as a generator that yields now and then (every few thousand
 * items), and two drivers. `runToEnd` runs it in one go (small inputs, Node, the model entry); `runSliced` runs
 * it for a time budget, gives the main thread back (input, scrolling, painting) and goes on, so a million events
 * never make one long task.
 */

/** How far a long job got, in the units it counts (events read, bytes received). */
export interface Progress {
  done: number;
  total: number;
  /** What is counted: events (the default), bytes of a file on its way, or characters of its text being read. */
  unit?: 'events' | 'bytes' | 'text';
}

/** A job's steps: yields progress (or nothing) between slices, returns its result. */
export type Steps<T> = Generator<Progress | undefined, T, void>;

/** Runs every step at once. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs steps until `budget` ms have passed; returns the result when they finished within it, else `null` (the
 * generator is left where it stopped, to go on with `runSliced`).
 */
export function runFor<T>(steps: Steps<T>, budget: number, onProgress?: (p: Progress) => void): { value: T } | null {
  const until = now() + budget;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value };
    if (step.value) onProgress?.(step.value);
    if (now() >= until) return null;
  }
}

export interface SliceOptions {
  /** Stops the job (the promise then rejects with the signal's reason). */
  signal?: AbortSignal;
  /** ms of work per slice before the main thread gets a turn (default 30: well under the 50 ms of a long task). */
  budget?: number;
  onProgress?(progress: Progress): void;
}

/** Runs steps in slices of `budget` ms, yielding to the main thread between them. */
export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const budget = options.budget ?? 30;
  for (;;) {
    options.signal?.throwIfAborted();
    const result = runFor(steps, budget, options.onProgress);
    if (result) return result.value;
    await yieldToMain();
  }
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Gives the main thread a turn: a message-channel task, after which input, rendering and other tasks have had
 * their chance. Not `setTimeout`, which browsers clamp to 4 ms once nested; and not `scheduler.yield()`, whose
 * continuation Chromium ranks above rendering: measured here, a 200,000-event read painted no frame in 1.7 s.
 */
export function yieldToMain(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    inFlight.add(channel);
    channel.port1.onmessage = () => {
      inFlight.delete(channel);
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Channels whose message is on its way, held so that nothing but the message refers to them: a collector that
 * took one would lose its turn, and whatever awaited it (an element's first update) would wait for ever.
 */
const inFlight = new Set<MessageChannel>();

/**
 * The positions 0…n-1 in the order of their keys (`keys[0]`, ties by `keys[1]`, …, then by position), in steps:
 * a stable least-significant-digit radix sort on the keys' IEEE bits, 16 bits a pass, with no comparator call.
 * A million events sort in a fifth to a third of the time a comparator sort takes. Passes whose digit is the same for
 * every position are skipped (a ten-year span shares its top bits), and so is a key that only repeats `keys[0]`'s
 * order (ends a fixed time after their starts). Keys must not be NaN.
 */
export function* orderByKeys(keys: readonly Float64Array[]): Generator<undefined, Uint32Array, void> {
  const n = keys[0]?.length ?? 0;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  // A radix pass walks 65,536 digit counts whatever n is: for a short list (an article's 32 events) that was 20 ms of
  // a phone's first load, where a comparator sort takes a fraction of one.
  if (n <= COMPARE_UP_TO) return order.sort((a, b) => compareAt(keys, a, b) || a - b);
  let spare = new Uint32Array(n);
  // The key's bits in the current order, as two unsigned halves that compare like the numbers.
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let hiSpare = new Uint32Array(n);
  let loSpare = new Uint32Array(n);
  const cell = new Float64Array(1);
  const bits = new Uint32Array(cell.buffer);
  const [low, high] = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? [0, 1] : [1, 0];
  const counts = new Uint32Array(65536);
  for (let k = keys.length - 1; k >= 0; k--) {
    const key = keys[k];
    if (k > 0 && differsByConstant(key, keys[0])) continue;
    for (let i = 0; i < n; i++) {
      cell[0] = key[order[i]] + 0; // -0 sorts with 0
      const h = bits[high];
      const negative = h >>> 31;
      hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
      lo[i] = negative ? ~bits[low] >>> 0 : bits[low];
      if ((i & 65535) === 65535) yield;
    }
    for (const [half, shift] of [[0, 0], [0, 16], [1, 0], [1, 16]] as const) {
      const digits = half ? hi : lo;
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[(digits[i] >>> shift) & 0xffff]++;
      if (counts[(digits[0] >>> shift) & 0xffff] === n) continue; // one digit for all: nothing moves
      for (let d = 0, sum = 0; d < 65536; d++) {
        const c = counts[d];
        counts[d] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const at = counts[(digits[i] >>> shift) & 0xffff]++;
        spare[at] = order[i];
        hiSpare[at] = hi[i];
        loSpare[at] = lo[i];
        if ((i & 65535) === 65535) yield;
      }
      [order, spare] = [spare, order];
      [hi, hiSpare] = [hiSpare, hi];
      [lo, loSpare] = [loSpare, lo];
    }
  }
  return order;
}

/** Lists up to this long are ordered by a comparator sort (see orderByKeys). */
export const COMPARE_UP_TO = 2048;

function compareAt(keys: readonly Float64Array[], a: number, b: number): number {
  for (const key of keys) {
    if (key[a] < key[b]) return -1;
    if (key[a] > key[b]) return 1;
  }
  return 0;
}

/** Whether `key[i] - base[i]` is the same for every i (then `key` never breaks a tie of `base`). */
function differsByConstant(key: Float64Array, base: Float64Array): boolean {
  const d = key[0] - base[0];
  for (let i = 1; i < key.length; i++) if (key[i] - base[i] !== d) return false;
  return true;
}

/**
 * Sorts numbers in steps: runs of `run` sorted by `sortRun`, then merged pairwise (`inOrder(a, b)`: a may come
 * first), yielding every 16,384 merged. Returns the sorted array: `values` itself or a buffer of the same size.
 */
export function* mergeSortSteps<T extends Uint32Array | Float64Array>(values: T, run: number, sortRun: (run: T) => void, inOrder: (a: number, b: number) => boolean): Generator<undefined, T, void> {
  const n = values.length;
  for (let lo = 0; lo < n; lo += run) {
    sortRun(values.subarray(lo, Math.min(n, lo + run)) as T);
    yield;
  }
  let source = values;
  let target = new (values.constructor as new (length: number) => T)(n);
  for (let width = run; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      for (let i = lo, j = mid, k = lo; k < hi; k++) {
        target[k] = j >= hi || (i < mid && inOrder(source[i], source[j])) ? source[i++] : source[j++];
        if ((k & 16383) === 16383) yield;
      }
    }
    [source, target] = [target, source];
  }
  return source;
}
