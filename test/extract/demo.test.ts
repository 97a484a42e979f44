// The demo's "Draft a timeline from an article" section in a real browser: Intl.Segmenter and chrono-node run in
// the page, the draft appears in the <conflict-timeline> beside the text, and the download is the same JSON.
import { expect } from '@esm-bundle/chai';
import { TimelineHarness, until } from '../helpers/harness.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import { mountExtractDemo } from '../../src/extract/demo.js';

async function mount() {
  const host = document.createElement('div');
  host.style.width = '1000px';
  document.body.append(host);
  mountExtractDemo(host);
  const preview = host.querySelector('conflict-timeline') as ConflictTimeline;
  const h = new TimelineHarness(preview);
  await until(() => h.events().length > 0, 'draft events drawn');
  return { host, preview, h };
}

describe('extract demo section', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('drafts the sample article into the timeline beside it, with the dates worked out from its words', async () => {
    const { host, h } = await mount();
    expect(h.ids()).to.include.members(['2021-08-14-the-magnitude-7-2-quake', '2021-08-16-tropical-storm-grace-is-expected']);
    expect(host.querySelector('#extract-status')!.textContent).to.match(/^6 draft events/);
  });

  it('redrafts as the reader edits, and the download holds the draft shown', async () => {
    const { host, h } = await mount();
    const text = host.querySelector<HTMLTextAreaElement>('#extract-text')!;
    const published = host.querySelector<HTMLInputElement>('#extract-published')!;
    text.value = 'Ceasefire talks\n\nTalks between the two sides opened in Geneva on Monday, officials said.';
    published.value = '2024-05-15';
    text.dispatchEvent(new Event('input'));
    await until(() => h.events().length === 1, 'one draft event');
    const href = host.querySelector<HTMLAnchorElement>('#extract-download')!.href;
    expect(href).to.match(/^blob:/);
    const dataset = await (await fetch(href)).json();
    expect(dataset.events.map((e: { date: string; category: string; place: { name: string } }) => [e.date, e.category, e.place.name]))
      .to.deep.equal([['2024-05-13', 'diplomacy', 'Geneva']]);
  });

  it('says why there is no draft when the date is not a day', async () => {
    const { host } = await mount();
    const published = host.querySelector<HTMLInputElement>('#extract-published')!;
    published.type = 'text';
    published.value = '2024-02-30';
    published.dispatchEvent(new Event('input'));
    await until(() => /^No draft: published must be a real calendar day/.test(host.querySelector('#extract-status')!.textContent!), 'error shown');
  });
});
