/**
 * A large input is read in slices between frames (issue 16): the element shows how far it got, the page keeps
 * painting and answering, every event is counted at the end, and a newer input cancels an older one.
 */
import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import type { ConflictTimelineLoadDetail } from '../src/events.js';
import { bigDataset } from './helpers/big-data.js';
import { nextFrame, until } from './helpers/harness.js';

const N = 200_000;
const num = (text: string) => Number(text.replace(/\D/g, '')) || 0;
const chromium = /Chrome\//.test(navigator.userAgent) && !/Edg\//.test(navigator.userAgent);

/** An element in a container that is not in the page yet: each test appends it when it is ready to watch. */
function mount(width = 1000): { el: ConflictTimeline; loads: ConflictTimelineLoadDetail[]; container: HTMLElement } {
  document.querySelectorAll('.test-container').forEach((n) => n.remove());
  const container = document.createElement('div');
  container.className = 'test-container';
  container.style.width = `${width}px`;
  const el = document.createElement('conflict-timeline') as ConflictTimeline;
  const loads: ConflictTimelineLoadDetail[] = [];
  el.addEventListener('conflict-timeline-load', (e) => loads.push((e as CustomEvent<ConflictTimelineLoadDetail>).detail));
  container.append(el);
  return { el, loads, container };
}

/** What the chart shows, in events: clusters, events drawn one by one, and the "N earlier/later" edges. */
function shown(el: ConflictTimeline): number {
  const root = el.shadowRoot!;
  const clusters = [...root.querySelectorAll('button.cluster')].reduce((sum, b) => sum + num(b.textContent!), 0);
  const edges = [...root.querySelectorAll('.edge')].reduce((sum, b) => sum + num(b.textContent!), 0);
  return clusters + root.querySelectorAll('button.event').length + edges;
}

/** Counts the animation frames painted while the element is loading, until `stop()` (which returns the count). */
function countFramesWhileLoading(el: ConflictTimeline): { stop(): number } {
  let frames = 0;
  let counting = true;
  const count = () => {
    if (!counting) return;
    if (el.loading) frames++;
    requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  return {
    stop: () => {
      counting = false;
      return frames;
    },
  };
}

/** The progress bar's readings, taken at every change of its count, until the read ends. */
function watchProgress(el: ConflictTimeline): { samples: { done: number; total: number; status: string }[]; stop(): void } {
  const samples: { done: number; total: number; status: string }[] = [];
  const read = () => {
    const bar = el.shadowRoot?.querySelector<HTMLProgressElement>('progress[part~="progress"]');
    if (!bar) return;
    const status = el.shadowRoot!.querySelector('.loading-overlay [role="status"]')?.textContent?.trim() ?? '';
    const last = samples[samples.length - 1];
    if (!last || last.done !== bar.value || last.status !== status) samples.push({ done: bar.value, total: bar.max, status });
  };
  const observer = new MutationObserver(read);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { samples, stop: () => observer.disconnect() };
}

describe('<conflict-timeline> reading a large input in slices', function () {
  this.timeout(180_000);
  after(() => document.querySelectorAll('.test-container').forEach((n) => n.remove()));

  it(`${N.toLocaleString('en-GB')} events as a property: progress rises to all of them, frames keep coming, then every event is counted`, async () => {
    const events = bigDataset(N).data.events;
    const { el, loads, container } = mount();
    el.events = events;
    const framesWhileLoading = countFramesWhileLoading(el);
    document.body.append(container);
    await until(() => !!el.shadowRoot?.querySelector('progress[part~="progress"]'), 'the progress bar', 30_000);
    const progress = watchProgress(el);
    expect(el.loading, 'loading while the input is read').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await el.updateComplete;
    const frames = framesWhileLoading.stop();
    progress.stop();

    expect(loads.map((d) => [d.count, d.total])).to.deep.equal([[N, N]]);
    expect(el.loading).to.equal(false);
    expect(el.shadowRoot!.querySelector('progress'), 'the progress bar is gone').to.equal(null);
    await nextFrame();
    expect(shown(el), 'clusters and events drawn add up to N').to.equal(N);
    expect(frames, 'the page painted frames while the input was read').to.be.greaterThan(2);

    const { samples } = progress;
    expect(samples.length, 'the bar moved').to.be.greaterThan(1);
    for (const s of samples) expect(s.total).to.equal(N);
    const dones = samples.map((s) => s.done);
    expect(dones, 'never goes back').to.deep.equal([...dones].sort((a, b) => a - b));
    expect(dones[dones.length - 1], 'reaches all of them before the chart is drawn').to.equal(N);
    // Spoken in quarter steps, not at every slice.
    const spoken = [...new Set(samples.map((s) => s.status))];
    expect(spoken.length).to.be.within(1, 5);
    for (const s of spoken) expect(s).to.match(/^Loading timeline… (0|25|50|75|100)\s?%$/);
  });

  it('the page answers a click while the input is read (the click is handled before the read ends)', async function () {
    if (!chromium) this.skip(); // real mouse input through the test runner: Chromium's protocol
    const events = bigDataset(N).data.events;
    const { el, loads, container } = mount();
    const button = document.createElement('button');
    button.textContent = 'Page button';
    let clickedWhileLoading = false;
    button.addEventListener('click', () => (clickedWhileLoading ||= el.loading));
    document.body.append(container);
    container.before(button);
    // The mouse goes through the test runner's protocol, which a busy machine can slow past the whole read: then
    // the read starts again (a new array is a new input) and the click is sent again, up to three times.
    const box = button.getBoundingClientRect();
    for (let attempt = 0; attempt < 3 && !clickedWhileLoading; attempt++) {
      el.events = events.slice();
      await until(() => el.loading, 'loading', 30_000);
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await el.updateComplete;
    }
    button.remove();
    expect(clickedWhileLoading).to.equal(true);
    expect(loads.length).to.be.within(1, 3);
    expect(loads.every((d) => d.count === N)).to.equal(true);
  });

  it('a newer input cancels an older one mid-read: only the newer is drawn and announced, and the old read stops', async () => {
    const events = bigDataset(N).data.events;
    const { el, loads, container } = mount();
    document.body.append(container);
    el.events = events;
    await until(() => !!el.shadowRoot?.querySelector('progress[part~="progress"]'), 'the progress bar', 30_000);
    const small = [
      { id: 'a', date: '2022-02-24', title: 'Newer A' },
      { id: 'b', date: '2022-02-25', title: 'Newer B' },
    ];
    el.events = small;
    await el.updateComplete;
    expect(loads.map((d) => d.count)).to.deep.equal([2]);
    expect([...el.shadowRoot!.querySelectorAll('button.event')].map((b) => (b as HTMLElement).dataset.id)).to.deep.equal(['a', 'b']);
    expect(el.loading).to.equal(false);
    // The old read does not come back later.
    for (let i = 0; i < 20; i++) await nextFrame();
    expect(loads.map((d) => d.count)).to.deep.equal([2]);
    expect(el.visibleEvents.map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(el.shadowRoot!.querySelector('progress')).to.equal(null);
  });

  it('leaving the page mid-read stops the read; coming back reads the input again and draws it', async () => {
    const events = bigDataset(N).data.events;
    const { el, loads, container } = mount();
    document.body.append(container);
    el.events = events;
    await until(() => el.loading, 'loading', 30_000);
    container.remove();
    for (let i = 0; i < 10; i++) await nextFrame();
    expect(loads).to.deep.equal([]);
    document.body.append(container);
    await el.updateComplete;
    expect(loads.map((d) => d.count)).to.deep.equal([N]);
    await nextFrame();
    expect(shown(el)).to.equal(N);
  });

  for (const format of ['JSON', 'CSV'] as const) {
    it(`${N.toLocaleString('en-GB')} events from src as ${format}: read in slices with progress, every event counted`, async () => {
      const events = bigDataset(N).data.events;
      const body = format === 'JSON'
        ? JSON.stringify({ title: 'Generated', events })
        : ['id,date,title,category', ...events.map((e) => `${e.id},${e.date},"${e.title}",${e.category}`)].join('\n');
      const url = URL.createObjectURL(new Blob([body], { type: format === 'JSON' ? 'application/json' : 'text/csv' }));
      const { el, loads, container } = mount();
      const errors: string[] = [];
      el.addEventListener('conflict-timeline-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
      document.body.append(container);
      const framesWhileLoading = countFramesWhileLoading(el);
      el.src = url;
      await until(() => !!el.shadowRoot?.querySelector('progress[part~="progress"]'), 'the progress bar', 30_000);
      expect(el.loading).to.equal(true);
      // updateComplete does not wait for a fetch (a slow server would hold it): wait for the load (or error) event.
      await until(() => loads.length + errors.length > 0, 'the load event', 120_000);
      expect(errors).to.deep.equal([]);
      await el.updateComplete;
      const frames = framesWhileLoading.stop();
      URL.revokeObjectURL(url);
      expect(loads.map((d) => [d.count, d.total, d.origin])).to.deep.equal([[N, N, 'src']]);
      expect(el.shadowRoot!.querySelector('progress')).to.equal(null);
      await nextFrame();
      expect(shown(el)).to.equal(N);
      expect(frames, 'the page painted frames while the file was read').to.be.greaterThan(2);
    });
  }

  it('a newer src cancels an older one mid-read: only the newer is drawn', async () => {
    const events = bigDataset(N).data.events;
    const big = URL.createObjectURL(new Blob([JSON.stringify(events)], { type: 'application/json' }));
    const small = URL.createObjectURL(new Blob([JSON.stringify([{ id: 'n', date: '2022-02-24', title: 'Newer file' }])], { type: 'application/json' }));
    const { el, loads, container } = mount();
    document.body.append(container);
    el.src = big;
    await until(() => !!el.shadowRoot?.querySelector('progress[part~="progress"]'), 'the progress bar', 30_000);
    el.src = small;
    await until(() => loads.length > 0, 'the load event', 30_000);
    for (let i = 0; i < 20; i++) await nextFrame();
    expect(loads.map((d) => d.count)).to.deep.equal([1]);
    expect(el.visibleEvents.map((e) => e.id)).to.deep.equal(['n']);
    URL.revokeObjectURL(big);
    URL.revokeObjectURL(small);
  });

  it('max-bytes: a file over the limit is refused with the limit named; raising the limit loads it; an invalid value is reported', async () => {
    const events = bigDataset(20_000).data.events;
    const body = JSON.stringify(events);
    expect(body.length).to.be.within(1_100_000, 4_000_000);
    const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    const { el, loads, container } = mount();
    const errors: string[] = [];
    el.addEventListener('conflict-timeline-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
    el.setAttribute('max-bytes', '1000000');
    document.body.append(container);
    el.src = url;
    await until(() => errors.length > 0, 'the error event', 30_000);
    expect(errors[0]).to.match(/^The data file ".*" is too large( \([\d.]+ MB\))?: the limit is 1\.0 MB\.$/);
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('the limit is 1.0 MB');
    el.maxBytes = 8_000_000;
    el.src = url; // the same URL again retries after a failure
    await until(() => loads.length > 0, 'the load event', 30_000);
    expect(loads[0].count).to.equal(20_000);
    el.setAttribute('max-bytes', '-5');
    await el.updateComplete;
    expect(el.issues.map((i) => i.message)).to.include('max-bytes "-5" should be a positive number of bytes; using 20971520 (20 MiB).');
    URL.revokeObjectURL(url);
  });
});
