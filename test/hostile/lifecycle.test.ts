import { sendMouse } from '@web/test-runner-commands';
/**
 * Lifecycle: 1,000 connect/disconnect cycles, moves between documents and shadow roots, 50 instances on one page.
 * No growth in observers, global listeners, heap or detached elements; no errors; every instance works.
 * The counters (./spies.ts) are installed before the element's module is imported: keep that import first.
 */
import { counts, snapshot } from './spies.js';
import { expect } from '@esm-bundle/chai';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { TimelineData } from '../../src/model/types.js';
import { nextEvent, nextFrame, SMALL, TimelineHarness, until, type LoadEvent } from '../helpers/harness.js';
import { collectErrorsPerTest, container, engine, sleep } from './helpers.js';

type GcWindow = Window & { gc?: () => void };
type MemoryPerformance = Performance & { memory?: { usedJSHeapSize: number } };

/** A dataset whose ids and titles say which instance it belongs to. */
const dataFor = (n: number, count = 4): TimelineData => ({
  title: `Instance ${n}`,
  events: Array.from({ length: count }, (_, i) => ({
    id: `i${n}-e${i}`,
    date: `2022-02-${String(20 + i).padStart(2, '0')}`,
    title: `Instance ${n}, event ${i}`,
    category: i % 2 ? 'military' : 'diplomacy',
  })),
});

/** Full garbage collection, as far as a page can ask for one (Chromium with --js-flags=--expose-gc). */
async function collect(): Promise<void> {
  const gc = (window as GcWindow).gc!;
  for (let i = 0; i < 3; i++) {
    await sleep(0); // WeakRefs stay alive until the end of the task that last read them
    await nextFrame();
    gc();
  }
}

/** Something the element's styles visibly do: the base part's padding (0 unstyled). */
const styled = (el: ConflictTimeline) => {
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
  const style = base.ownerDocument.defaultView!.getComputedStyle(base);
  return { padding: style.paddingTop, srOnly: base.ownerDocument.defaultView!.getComputedStyle(el.shadowRoot!.querySelector('.sr-only')!).position };
};

describe('hostile: lifecycle', function () {
  this.timeout(30_000);
  const errors = collectErrorsPerTest();

  it('the counters see the element (installed before its module)', async () => {
    const before = snapshot();
    const host = container();
    const el = document.createElement('conflict-timeline');
    host.append(el);
    await el.updateComplete;
    expect(counts.resizeObserved - before.resizeObserved, 'ResizeObserver on the host').to.equal(1);
    expect(counts.mutationObserved - before.mutationObserved, 'MutationObserver on the host').to.equal(1);
    el.remove();
    expect(snapshot()).to.deep.equal(before);
  });

  it('1,000 connect/disconnect cycles: observers and global listeners come back to zero, no errors, still works', async () => {
    const host = container();
    const el = document.createElement('conflict-timeline');
    el.data = SMALL;
    const before = snapshot();
    host.append(el);
    await el.updateComplete;
    const connected = snapshot();
    for (let i = 0; i < 1000; i++) {
      el.remove();
      host.append(el);
      if (i % 50 === 0) {
        // Now and then let it render and its ResizeObserver report while connected, or while disconnected.
        await el.updateComplete;
        if (i % 100 === 0) el.remove();
        await nextFrame();
        if (!el.isConnected) host.append(el);
      }
    }
    await el.updateComplete;
    await nextFrame();
    expect(snapshot(), 'while connected').to.deep.equal(connected);
    el.remove();
    await nextFrame();
    expect(snapshot(), 'after the last disconnect').to.deep.equal(before);
    // It still works.
    host.append(el);
    const loaded = nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load');
    el.data = dataFor(1);
    expect((await loaded).detail.count).to.equal(4);
    await el.updateComplete;
    await nextFrame();
    const h = new TimelineHarness(el);
    expect(h.ids()).to.deep.equal(['i1-e0', 'i1-e1', 'i1-e2', 'i1-e3']);
    await h.click('i1-e2');
    expect(h.detail()!.querySelector('h2')!.textContent).to.equal('Instance 1, event 2');
    expect(errors.errors).to.deep.equal([]);
  });

  it('heap: 1,000 connect/disconnect cycles leave no growth after garbage collection (Chromium)', async function () {
    const gc = (window as GcWindow).gc;
    // `performance.memory` is a snapshot taken when it is read: read it afresh each time.
    const heap = () => (performance as MemoryPerformance).memory!.usedJSHeapSize;
    if (engine !== 'chromium' || typeof gc !== 'function' || !(performance as MemoryPerformance).memory) {
      // Heap size and forced GC are Chromium-only (performance.memory, --js-flags=--expose-gc in
      // web-test-runner.config.mjs); Firefox and WebKit still run the observer, listener and WeakRef checks.
      this.skip();
    }
    const host = container();
    const el = document.createElement('conflict-timeline');
    el.data = dataFor(2, 12);
    host.append(el);
    await el.updateComplete;
    const cycle = async (n: number) => {
      for (let i = 0; i < n; i++) {
        el.remove();
        host.append(el);
        if (i % 100 === 0) {
          await el.updateComplete;
          await nextFrame();
        }
      }
      await el.updateComplete;
      await nextFrame();
    };
    await cycle(200); // warm-up: JIT, template and formatter caches
    await collect();
    const before = heap();
    await cycle(1000);
    await collect();
    const after = heap();
    const growth = after - before;
    console.log(`heap: ${(before / 1048576).toFixed(2)} MB before, ${(after / 1048576).toFixed(2)} MB after 1,000 cycles (${growth >= 0 ? '+' : ''}${(growth / 1024).toFixed(0)} KB)`);
    // Tolerance: 256 KB, about 256 bytes a cycle (measured: +10 to +20 KB). An observer with its closure, a
    // listener or a rendered node kept per cycle would be more than that over 1,000 cycles.
    expect(growth).to.be.below(256 * 1024);
    expect(errors.errors).to.deep.equal([]);
  });

  it('detached elements are garbage: 60 rendered, selected and removed instances are all collected (Chromium)', async function () {
    if (engine !== 'chromium' || typeof (window as GcWindow).gc !== 'function') {
      // Forcing GC needs Chromium's --js-flags=--expose-gc; without it a WeakRef may stay alive for any reason.
      this.skip();
    }
    const host = container();
    const refs: WeakRef<object>[] = [];
    await (async () => {
      for (let n = 0; n < 60; n++) {
        const el = document.createElement('conflict-timeline');
        el.setAttribute('layout', n % 2 ? 'vertical' : 'horizontal');
        el.data = dataFor(n);
        host.append(el);
        await el.updateComplete;
        el.select(`i${n}-e1`);
        await el.updateComplete;
        refs.push(new WeakRef(el), new WeakRef(el.shadowRoot!), new WeakRef(el.shadowRoot!.querySelector('[part~="base"]')!));
        el.remove();
      }
    })();
    await nextFrame();
    // Chromium remembers the node under the mouse (hover state) until the pointer moves: move it off the page's
    // content so the browser itself holds no removed instance.
    await sendMouse({ type: 'move', position: [0, 0] });
    await collect();
    let alive = refs.map((r, i) => (r.deref() !== undefined ? i : -1)).filter((i) => i >= 0);
    for (let attempt = 0; alive.length && attempt < 3; attempt++) {
      // A last timer or frame callback may hold an instance for a moment on a busy machine: give it a second.
      await sleep(1000);
      await collect();
      alive = refs.map((r, i) => (r.deref() !== undefined ? i : -1)).filter((i) => i >= 0);
    }
    expect(alive.map((i) => `instance ${Math.floor(i / 3)} ${['element', 'shadow root', 'base'][i % 3]}`), 'still alive after GC').to.deep.equal([]);
  });

  it('moves between shadow roots: renders, keeps its styles and observers balanced', async () => {
    const host = container();
    const a = document.createElement('div');
    const b = document.createElement('div');
    host.append(a, b);
    const rootA = a.attachShadow({ mode: 'open' });
    const rootB = b.attachShadow({ mode: 'closed' });
    const el = document.createElement('conflict-timeline');
    el.data = dataFor(3);
    const before = snapshot();
    host.append(el);
    await el.updateComplete;
    await nextFrame();
    const look = styled(el);
    expect(look.padding).to.not.equal('0px');
    for (let i = 0; i < 100; i++) {
      (i % 3 === 0 ? rootA : i % 3 === 1 ? rootB : host).append(el);
      if (i % 10 === 0) {
        await el.updateComplete;
        await nextFrame();
        expect(styled(el), `move ${i}`).to.deep.equal(look);
      }
    }
    rootA.append(el);
    await el.updateComplete;
    expect(new TimelineHarness(el).ids()).to.deep.equal(['i3-e0', 'i3-e1', 'i3-e2', 'i3-e3']);
    expect(styled(el)).to.deep.equal(look);
    el.remove();
    expect(snapshot()).to.deep.equal(before);
    expect(errors.errors).to.deep.equal([]);
  });

  it('moves to another document and back: still renders and updates, observers balanced, no errors', async () => {
    const host = container();
    const el = document.createElement('conflict-timeline');
    el.data = dataFor(4);
    const before = snapshot();
    host.append(el);
    await el.updateComplete;
    const inert = document.implementation.createHTMLDocument('elsewhere');
    const iframe = document.createElement('iframe');
    // Its document once loaded: Firefox 140 replaces an iframe's first about:blank document with another when it
    // loads, and an element moved into the first one is then in a document no window shows.
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    host.append(iframe);
    await loaded;
    await until(() => !!iframe.contentDocument?.body, 'the iframe');
    for (const elsewhere of [inert, iframe.contentDocument!]) {
      elsewhere.body.append(el);
      await el.updateComplete;
      el.data = dataFor(5);
      await el.updateComplete;
      expect(new TimelineHarness(el).ids()).to.deep.equal(['i5-e0', 'i5-e1', 'i5-e2', 'i5-e3']);
      host.append(el);
      el.data = dataFor(4);
      await el.updateComplete;
      await nextFrame();
      expect(new TimelineHarness(el).ids()).to.deep.equal(['i4-e0', 'i4-e1', 'i4-e2', 'i4-e3']);
    }
    el.remove();
    expect(snapshot()).to.deep.equal(before);
    expect(errors.errors).to.deep.equal([]);
  });

  it('moved to another document and back, it keeps its styles', async function () {
    const host = container();
    const el = document.createElement('conflict-timeline');
    el.data = dataFor(6);
    host.append(el);
    await el.updateComplete;
    await nextFrame();
    const look = styled(el);
    document.implementation.createHTMLDocument('elsewhere').body.append(el);
    host.append(el);
    await el.updateComplete;
    await nextFrame();
    const back = styled(el);
    expect(back.padding === look.padding && back.srOnly === look.srOnly, `after a trip to another document: padding ${back.padding} (was ${look.padding}), live region position ${back.srOnly} (was ${look.srOnly})`).to.equal(true);
  });

  it('50 instances on one page, from every kind of input: each shows its own data and works on its own', async function () {
    this.timeout(60_000); // WebKit takes 4-6 s for the 50 first renders alone; more on a busy machine
    const host = container(900);
    const before = snapshot();
    const els: ConflictTimeline[] = [];
    const loads: Promise<CustomEvent<LoadEvent['detail']>>[] = [];
    for (let n = 0; n < 50; n++) {
      const el = document.createElement('conflict-timeline');
      el.setAttribute('layout', n % 3 ? 'horizontal' : 'vertical');
      loads.push(nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load', 45_000));
      const kind = n % 5;
      if (kind === 0) el.data = dataFor(n);
      else if (kind === 1) el.events = dataFor(n).events;
      else if (kind === 2) el.src = URL.createObjectURL(new Blob([JSON.stringify(dataFor(n))], { type: 'application/json' }));
      else if (kind === 3) {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(dataFor(n));
        el.append(script);
      } else {
        el.innerHTML = `<ol>${dataFor(n).events.map((e) => `<li id="${e.id}" data-category="${e.category}"><time datetime="${e.date}"></time> <b>${e.title}</b></li>`).join('')}</ol>`;
      }
      els.push(el);
      host.append(el);
    }
    const details = await Promise.all(loads);
    await nextFrame();
    expect(counts.resizeObserved - before.resizeObserved, 'one ResizeObserver registration each').to.equal(50);
    expect(counts.mutationObserved - before.mutationObserved, 'one MutationObserver registration each').to.equal(50);
    for (let n = 0; n < 50; n++) {
      expect(details[n].detail.count, `instance ${n}`).to.equal(4);
      expect(els[n].visibleEvents.map((e) => e.id)).to.deep.equal(['i' + n + '-e0', `i${n}-e1`, `i${n}-e2`, `i${n}-e3`]);
    }
    // Selecting in one selects in that one only.
    for (let n = 0; n < 50; n += 7) {
      const h = new TimelineHarness(els[n]);
      await until(() => !!h.event(`i${n}-e2`), `instance ${n} drawn`);
      await h.click(`i${n}-e2`);
      expect(els[n].selected).to.equal(`i${n}-e2`);
      expect(h.detail()!.querySelector('h2')!.textContent).to.equal(`Instance ${n}, event 2`);
    }
    expect(els.filter((el) => el.selected).length).to.equal(8);
    for (const el of els) el.remove();
    await nextFrame();
    expect(snapshot()).to.deep.equal(before);
    expect(errors.errors).to.deep.equal([]);
  });
});
