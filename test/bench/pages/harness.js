// In-page half of `npm run bench` (test/bench/bench.mjs drives it through playwright-core).
//
// Every page (ours.html, vis.html, empty.html) installs `window.bench` with the same protocol around a small
// library adapter, so both libraries and the empty floor are measured by the same code:
//   - the dataset is generated here from a seed (no large JSON over the wire), identical for every library;
//   - "the end of the next painted frame" is always `nextPaint()`: a rAF, then a macrotask after that frame;
//   - every timed step starts right after a painted frame (`nextPaint()` first, untimed), so the floor of one
//     step is one frame interval (~16.7 ms at 60 Hz) and the empty page shows what that costs.

/** mulberry32: a tiny seeded PRNG, so every page generates the same events for the same seed. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['military', 'civilian-harm', 'humanitarian', 'diplomacy', 'political'];
const WORDS = ['shelling', 'talks', 'convoy', 'ceasefire', 'strike', 'evacuation', 'sanctions', 'summit', 'offensive',
  'aid', 'corridor', 'vote', 'statement', 'border', 'refugees', 'bridge', 'airport', 'port', 'power plant', 'rally'];
const PLACES = ['Kharkiv', 'Kyiv', 'Mariupol', 'Odesa', 'Lviv', 'Kherson', 'Dnipro', 'Sumy', 'Chernihiv', 'Zaporizhzhia'];
export const TEN_YEARS_START = Date.UTC(2015, 0, 1);
export const TEN_YEARS_END = Date.UTC(2025, 0, 1);

/**
 * N events `{id, date, title, category}`: seeded random date-times (to the minute, UTC) over ten years, in
 * random (unsorted) order, titles of 2 to 6 words.
 */
export function makeEvents(n, seed) {
  const rand = mulberry32(seed);
  const minutes = (TEN_YEARS_END - TEN_YEARS_START) / 60_000;
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const ms = TEN_YEARS_START + Math.floor(rand() * minutes) * 60_000;
    const date = new Date(ms).toISOString().slice(0, 19) + 'Z'; // 2021-03-04T05:06:00Z
    const words = 2 + Math.floor(rand() * 5);
    let title = PLACES[Math.floor(rand() * PLACES.length)];
    for (let w = 0; w < words - 1; w++) title += ' ' + WORDS[Math.floor(rand() * WORDS.length)];
    events[i] = { id: `e${i}`, date, title, category: CATEGORIES[Math.floor(rand() * CATEGORIES.length)] };
  }
  return events;
}

/** Resolves at the end of the next painted frame: rAF, then a macrotask queued after that frame's paint. */
export const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Every main-thread task of 50 ms or more since the page started (`longtask`, buffered), as {start, duration}.
 * Entries arrive a little after their task ends, so a window is read once the page has painted a few frames since.
 */
const longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API: the figures below read null, and the frame-gap monitor still runs.
}

/**
 * The long tasks that overlap [t0, t1]: the longest, how many, how many over 200 ms, and the total blocking time
 * (the sum of each task's time beyond 50 ms).
 */
export function blockingBetween(t0, t1) {
  if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) return null;
  const tasks = longTasks.filter((t) => t.start + t.duration > t0 && t.start < t1);
  return {
    maxTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    count: tasks.length,
    over200: tasks.filter((t) => t.duration > 200).length,
    tbtMs: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    tasks: tasks.map((t) => ({ start: Math.round(t.start - t0), duration: Math.round(t.duration) })),
  };
}

/**
 * A cross-check of the Long Tasks API: a requestAnimationFrame loop that notes the largest gap between two
 * consecutive frames (a frame that cannot start is a main thread that is busy), and when the first frame came.
 */
export function frameGapMonitor() {
  const m = { maxGapMs: 0, frames: 0, firstFrameAt: null, gapsOver50: 0 };
  // Counted from the monitor's start (the end of a painted frame), so a load that ends in the very next frame
  // still shows how long that frame waited.
  let last = performance.now();
  let running = true;
  const tick = (t) => {
    if (!running) return;
    const now = performance.now();
    if (last != null) {
      const gap = now - last;
      if (gap > m.maxGapMs) m.maxGapMs = gap;
      if (gap > 50) m.gapsOver50++;
    }
    if (m.firstFrameAt == null) m.firstFrameAt = now;
    last = now;
    m.frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop() {
      running = false;
      return m;
    },
  };
}

/** Elements in the document plus every open shadow root, recursively. */
export function countElements(root = document) {
  let total = 0;
  let shadow = 0;
  const walk = (node, inShadow) => {
    const all = node.querySelectorAll('*');
    total += all.length;
    if (inShadow) shadow += all.length;
    for (const el of all) if (el.shadowRoot) walk(el.shadowRoot, true);
  };
  walk(root, false);
  return { total, shadow };
}

/** JS heap after a forced GC (Chromium with --js-flags=--expose-gc and --enable-precise-memory-info), bytes. */
export async function heapAfterGC() {
  if (typeof gc !== 'function' || !performance.memory) return null;
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  return performance.memory.usedJSHeapSize;
}

/** Waits until three frames in a row are each shorter than 25 ms (the page is idle), at most `cap` ms. */
export async function settle(cap = 15_000) {
  const t0 = performance.now();
  let quiet = 0;
  while (quiet < 3 && performance.now() - t0 < cap) {
    const a = performance.now();
    await nextPaint();
    quiet = performance.now() - a < 25 ? quiet + 1 : 0;
  }
  return performance.now() - t0;
}

/**
 * The same sequence of windows for every library: the data's extent, then 15 zoom-in steps (the window halved
 * around its centre each time), then 15 pan steps (a quarter of the final window later each time).
 */
export function stepWindows(lo, hi) {
  const c = (lo + hi) / 2;
  const zoom = [];
  for (let k = 1; k <= 15; k++) {
    const half = (hi - lo) / 2 ** (k + 1);
    zoom.push([c - half, c + half]);
  }
  const [a, b] = zoom[zoom.length - 1];
  const pan = [];
  for (let k = 1; k <= 15; k++) pan.push([a + ((b - a) / 4) * k, b + ((b - a) / 4) * k]);
  return { extent: [lo, hi], zoom, pan };
}

/**
 * The second step protocol (issue 16): from the whole range, 15 zoom-in steps of one ratio, anchored at the median
 * event, down to a window that holds about `k` events (so the last steps draw single events, not clusters), then
 * 15 pans of a quarter window each across them. `sorted` are the events' times in order.
 */
export function deepWindows(sorted, lo, hi, k = 10) {
  const count = sorted.length;
  const mid = count >> 1;
  const a = sorted[Math.max(0, mid - (k >> 1))];
  const b = sorted[Math.min(count - 1, mid + (k >> 1) - 1)];
  const c = (a + b) / 2;
  // A quarter more than the span of the k events, so the ones at its ends are not on the window's edge.
  const final = Math.max((b - a) * 1.25, 60_000);
  const ratio = (final / (hi - lo)) ** (1 / 15);
  const zoom = [];
  for (let i = 1; i <= 15; i++) {
    const s = ratio ** i;
    zoom.push([c - (c - lo) * s, c + (hi - c) * s]);
  }
  const [za, zb] = zoom[zoom.length - 1];
  const pan = [];
  for (let i = 1; i <= 15; i++) pan.push([za + ((zb - za) / 4) * i, zb + ((zb - za) / 4) * i]);
  return { extent: [lo, hi], zoom, pan, eventsInFinal: k, ratio };
}

// (globalThis.location: bench.mjs also imports makeEvents from here in Node, to serve the same events as files.)
const params = new URLSearchParams(globalThis.location?.search ?? '');

/**
 * Installs `window.bench` for one library.
 * adapter: {
 *   name,
 *   construct(host, events) -> Promise<detail|undefined>   resolves when the library says it has drawn
 *   afterConstruct?() -> Promise                           e.g. `await el.updateComplete` (inside the timing)
 *   check(n) -> {ok, ...}                                  does what was drawn account for all n events?
 *   view() -> [startMs, endMs] | null                      the visible window
 *   setView(a, b)                                          programmatic view change (no animation)
 *   plotRect() -> {x, y, width, height} | null             where real input goes (client px)
 * }
 */
export function installBench(adapter) {
  const n = Number(params.get('n') ?? 0);
  const seed = Number(params.get('seed') ?? 1);
  const host = document.getElementById('host');
  let events = null;
  let extent = null;
  let prepared = null;
  let times = null; // the events' times, sorted (for the deep protocol's windows)
  let facts = null; // counts per category and sample events (for the feature checks)
  let renderWindow = null; // [t0, t1] of the first render, for its long tasks
  let renderFrames = null;
  // Where in a frame each real input lands: seeded, so every page gets the same sequence.
  const inputPhase = mulberry32(seed ^ 0x5eed);

  const bench = {
    name: adapter.name,
    n,
    seed,
    /** Generates the dataset (untimed) and measures the heap before anything is constructed. */
    async prepare() {
      events = n > 0 ? makeEvents(n, seed) : [];
      if (adapter.prepare) prepared = adapter.prepare(events);
      let lo = Infinity;
      let hi = -Infinity;
      times = new Float64Array(events.length);
      facts = { counts: {}, samples: {} };
      for (let i = 0; i < events.length; i++) {
        const e = events[i];
        const ms = Date.parse(e.date);
        times[i] = ms;
        if (ms < lo) lo = ms;
        if (ms > hi) hi = ms;
        facts.counts[e.category] = (facts.counts[e.category] ?? 0) + 1;
        // Two events of each category (for the feature checks: select one, follow a deep link to the other).
        const samples = (facts.samples[e.category] ??= []);
        if (samples.length < 2) samples.push({ id: e.id, title: e.title, ms });
      }
      times.sort();
      extent = events.length ? [lo, hi] : [TEN_YEARS_START, TEN_YEARS_END];
      const first = events[0] ?? null;
      // Only the library's own input stays referenced (vis-timeline's items, not also our events).
      if (prepared) events = null;
      await nextPaint();
      return { heapBefore: await heapAfterGC(), first };
    },

    /** Time from construction to the end of the first painted frame after the library reports it has drawn. */
    async render() {
      await nextPaint();
      const monitor = frameGapMonitor();
      const t0 = performance.now();
      const detail = await adapter.construct(host, prepared ?? events);
      if (adapter.afterConstruct) await adapter.afterConstruct();
      const tDrawn = performance.now();
      await nextPaint();
      const t1 = performance.now();
      const frames = monitor.stop();
      renderWindow = [t0, t1];
      renderFrames = { maxGapMs: frames.maxGapMs, frames: frames.frames, gapsOver50: frames.gapsOver50, firstFrameMs: frames.firstFrameAt == null ? null : frames.firstFrameAt - t0 };
      // From here on the heap holds what the library keeps (it was given the array; the page drops its own refs).
      prepared = null;
      events = null;
      return { ms: t1 - t0, drawnMs: tDrawn - t0, detail: detail ?? null };
    },

    /** After the first render: let follow-up frames finish, then check, count elements, measure the heap. */
    async inspect() {
      const settleMs = await settle();
      const check = adapter.check(n);
      const dom = countElements();
      const heap = await heapAfterGC();
      // Read after settling, when the last long task's entry has arrived.
      const load = { ...blockingBetween(...renderWindow), frames: renderFrames };
      return { settleMs, check, dom, heap, view: adapter.view(), load };
    },

    /**
     * The second protocol: 15 zoom-in steps from the whole range down to about ten events, then 15 quarter-window
     * pans; each from the view change to the end of the next painted frame. Also notes what the last zoom step
     * drew (events one by one, or only clusters) and the view the library actually took.
     */
    async deepSteps({ checkEach = true } = {}) {
      const w = deepWindows(times, extent[0], extent[1]);
      adapter.setView(w.extent[0], w.extent[1]);
      await settle();
      const samples = { zoom: [], pan: [] };
      const failures = [];
      let atFinalZoom = null;
      for (const kind of ['zoom', 'pan']) {
        for (const [a, b] of w[kind]) {
          await nextPaint();
          const t0 = performance.now();
          adapter.setView(a, b);
          await nextPaint();
          samples[kind].push(performance.now() - t0);
          if (checkEach || (kind === 'zoom' && samples.zoom.length === 15)) {
            const c = adapter.check(n);
            if (checkEach && !c.ok && failures.length < 5) failures.push({ kind, step: samples[kind].length, window: [a, b], ...c });
            if (kind === 'zoom' && samples.zoom.length === 15) {
              const v = adapter.view();
              // How many of the events lie in the window the library took.
              const [va, vb] = (v ?? []).map((x) => (typeof x === 'number' ? x : Date.parse(x)));
              const inView = v ? countBetween(times, va, vb) : null;
              atFinalZoom = { requested: [a, b], view: v, eventsInView: inView, drawnOneByOne: c.individual ?? c.renderedItems ?? null, clusters: c.clusters ?? null };
            }
          }
        }
      }
      return { samples, failures, atFinalZoom, ratio: w.ratio, first: w.zoom[0], last: w.zoom[14] };
    },

    /** Facts about the generated events for the feature checks (counts per category, sample ids and titles). */
    facts: () => facts,
    /** One of the adapter's feature checks (ours only), given what it needs from here. */
    feature(name, arg) {
      return adapter.features[name]({ facts, n, arg, check: (k) => adapter.check(k), deepWindow: deepWindows(times, extent[0], extent[1]).zoom[14] });
    },
    hasFeatures: () => !!adapter.features,
    /** Long tasks in a window of the page's clock (read a few frames after it ended). */
    blocking: (t0, t1) => blockingBetween(t0, t1),

    /** 15 zoom-in then 15 pan steps through the same windows; each from the view change to the next painted frame. */
    async programmaticSteps({ checkEach = true } = {}) {
      const w = stepWindows(extent[0], extent[1]);
      adapter.setView(w.extent[0], w.extent[1]);
      await settle();
      const samples = { zoom: [], pan: [] };
      const failures = [];
      for (const kind of ['zoom', 'pan']) {
        for (const [a, b] of w[kind]) {
          await nextPaint(); // start right after a painted frame, like the floor
          const t0 = performance.now();
          adapter.setView(a, b);
          await nextPaint();
          samples[kind].push(performance.now() - t0);
          if (checkEach) {
            const c = adapter.check(n);
            if (!c.ok && failures.length < 5) failures.push({ kind, step: samples[kind].length, window: [a, b], ...c });
          }
        }
      }
      return { samples, failures, windows: w };
    },

    /** Puts the view back to the data's extent (untimed) before the real-input sequences. */
    async resetView() {
      adapter.setView(extent[0], extent[1]);
      await settle();
      return adapter.view();
    },

    plotRect() {
      const r = adapter.plotRect();
      if (!r) return null;
      // The visible part of the chart (vis-timeline's can be taller than the viewport).
      const top = Math.max(0, r.top);
      const bottom = Math.min(innerHeight, r.bottom);
      return { x: r.left, y: top, width: r.width, height: Math.max(0, bottom - top) };
    },

    /**
     * Arms a probe for one real input event of `type` (dispatched by the driver through the browser): from the
     * event's timestamp until the end of the next painted frame once the view has actually changed. Resolves
     * after a frame and then a random part of one, so the driver sends the input at a random point of a frame,
     * as a reader's hand would, and not in step with the end of the page's previous paint (a slower page would
     * otherwise also shift when its next input arrives).
     */
    async arm(type) {
      const before = adapter.view();
      const same = (v) => (!before && !v) || (before && v && before[0] === v[0] && before[1] === v[1]);
      bench.pending = new Promise((resolve) => {
        const onEvent = (e) => {
          const t0 = e.timeStamp;
          const tHandler = performance.now();
          const wait = async () => {
            // The empty page has no view: its floor is the next painted frame after the event.
            for (;;) {
              await new Promise((r) => requestAnimationFrame(r));
              const changed = adapter.view === noView || !same(adapter.view());
              if (changed) {
                await new Promise((r) => setTimeout(r, 0));
                return resolve({ ms: performance.now() - t0, fromHandlerMs: performance.now() - tHandler, changed: true });
              }
              if (performance.now() - tHandler > 3000) return resolve({ ms: performance.now() - t0, fromHandlerMs: performance.now() - tHandler, changed: false });
            }
          };
          wait();
        };
        // Passive, so the probe never changes how the browser treats the input (the page's own listeners do).
        window.addEventListener(type, onEvent, { capture: true, once: true, passive: true });
      });
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, inputPhase() * 16.7));
      return true;
    },
    /** The armed probe's result (the driver awaits it after dispatching the input). */
    async measured() {
      const result = await bench.pending;
      bench.pending = null;
      return result;
    },

    view: () => adapter.view(),
    check: () => adapter.check(n),
    dom: () => countElements(),
    heap: () => heapAfterGC(),
    settle: () => settle(),
  };
  window.bench = bench;
  return bench;
}

/** How many of the sorted times lie in [a, b]. */
function countBetween(sorted, a, b) {
  const lower = (x) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (sorted[m] < x) lo = m + 1;
      else hi = m;
    }
    return lo;
  };
  return lower(b + 1e-9) - lower(a);
}

/** The empty page's "view": none, so a probe resolves at the first frame after the event. */
export function noView() {
  return null;
}
