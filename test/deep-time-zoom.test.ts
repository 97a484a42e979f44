/**
 * Zooming and panning a cosmological TimelineJS3 timeline (years past what a Date holds): every view change writes
 * start/end as long years and reads them back, with no error (issue 14, item 2).
 */
import { expect } from '@esm-bundle/chai';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import { fixture, nextFrame } from './helpers/harness.js';

const COSMOS = {
  title: { text: { headline: 'The universe' } },
  events: [
    { start_date: { year: -13_800_000_000 }, text: { headline: 'Big Bang' } },
    { start_date: { year: -4_540_000_000 }, text: { headline: 'Earth forms' } },
    { start_date: { year: -3_500_000_000 }, text: { headline: 'First life' } },
    { start_date: { year: -66_000_000 }, text: { headline: 'Dinosaurs die out' } },
    { start_date: { year: 1969, month: 7, day: 20 }, text: { headline: 'Moon landing' } },
  ],
};

describe('<conflict-timeline> zooming across cosmological years', function () {
  // Generous, not a measure: a busy machine (CI beside other work) may take several times longer.
  this.timeout(60_000);
  it('zoom in, pan, zoom out and fit: start and end are long years, read back, and nothing throws', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const el: ConflictTimeline = await fixture('<conflict-timeline layout="horizontal"></conflict-timeline>', 1100);
    try {
      el.data = COSMOS as never;
      await el.updateComplete;
      await nextFrame();
      el.zoomIn();
      await el.updateComplete;
      expect(el.start, 'start as a long year').to.match(/^-\d{8,}$/);
      const zoomed = [el.start, el.end];
      el.zoomIn();
      await el.updateComplete;
      const root = el.shadowRoot!;
      (root.querySelector('.plot') as HTMLElement).focus();
      el.zoomOut();
      await el.updateComplete;
      // Setting the window written by the element back as attributes puts it where it was.
      el.setAttribute('start', zoomed[0]);
      el.setAttribute('end', zoomed[1]);
      await el.updateComplete;
      expect([el.start, el.end]).to.deep.equal(zoomed);
      el.fit();
      await el.updateComplete;
      await nextFrame();
      expect(root.querySelectorAll('button[part~="event"]').length, 'every event drawn again').to.equal(COSMOS.events.length);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
