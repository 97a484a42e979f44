/**
 * Issue 13.9 (sources grouped: the source once, then its quotes; a clear break between a quote and the title in
 * the table) and issue 14.9 (media: http(s) images lazily and without a referrer, with caption and credit; other
 * media as a captioned link; nothing embedded), as a reader sees them in the detail panel and the table.
 */
import { expect } from '@esm-bundle/chai';
import { fixture, TimelineHarness } from '../helpers/harness.js';
import { groupCitations, mediaKind } from '../../src/model/citations.js';
import type { TimelineData } from '../../src/model/types.js';

const DATA: TimelineData = {
  sources: [{ id: 'a', title: 'A long headline of the article that is cited three times', publisher: 'The Paper', url: 'https://example.org/a', published: '2022-03-02' }],
  events: [
    {
      id: 'e', date: '2022-03-01', title: 'Three quotes, one source',
      citations: [{ source: 'a', quote: 'First quote.' }, { source: 'a', quote: 'Second quote.' }, { title: 'Other wire', quote: 'Third quote.' }, { source: 'a', quote: 'Fourth quote.' }],
      media: { url: 'https://example.org/photo.jpg', caption: 'Smoke over the city', credit: 'Example Wire' },
    },
    { id: 'v', date: '2022-03-02', title: 'A video', media: { url: 'https://www.youtube.com/watch?v=abc', caption: 'The speech', credit: 'Channel' } },
  ],
};

describe('sources grouped by source (issue 13.9)', () => {
  it('groupCitations: one entry per source, its quotes in order', () => {
    const groups = groupCitations(
      [
        { sourceId: 'a', title: 'A', quote: 'one' },
        { title: 'B', quote: 'two' },
        { sourceId: 'a', title: 'A', quote: 'three' },
        { sourceId: 'a', title: 'A' },
      ],
      [{ id: 'a', title: 'A', published: '2022-03-02' }],
    );
    expect(groups).to.deep.equal([
      { title: 'A', url: undefined, publisher: undefined, published: '2022-03-02', quotes: ['one', 'three'] },
      { title: 'B', url: undefined, publisher: undefined, quotes: ['two'] },
    ]);
  });

  it('the detail panel names each source once (headline, publisher, date, link), then its quotes', async () => {
    const el = await fixture('<conflict-timeline></conflict-timeline>');
    el.data = DATA;
    await el.updateComplete;
    el.select('e');
    await el.updateComplete;
    const detail = new TimelineHarness(el).detail()!;
    const items = [...detail.querySelectorAll('.citations li')];
    expect(items.length).to.equal(2);
    expect(detail.textContent!.split('A long headline').length - 1).to.equal(1);
    expect(items[0].querySelector('cite')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('— A long headline of the article that is cited three times, The Paper, 2 March 2022');
    expect(items[0].querySelector('cite a')!.getAttribute('href')).to.equal('https://example.org/a');
    expect([...items[0].querySelectorAll('blockquote')].map((q) => q.textContent)).to.deep.equal(['“First quote.”', '“Second quote.”', '“Fourth quote.”']);
    expect([...items[1].querySelectorAll('blockquote')].map((q) => q.textContent)).to.deep.equal(['“Third quote.”']);
  });

  it('the table puts each quote on a line of its own, apart from the source title', async () => {
    const el = await fixture('<conflict-timeline view="table"></conflict-timeline>');
    el.data = DATA;
    await el.updateComplete;
    const cell = el.shadowRoot!.querySelector('tbody tr[aria-rowindex="2"] td:last-child')!;
    const cites = [...cell.querySelectorAll('.cite')];
    expect(cites.length).to.equal(2);
    expect(cites[0].querySelector('.cite-source')!.textContent).to.equal('A long headline of the article that is cited three times, The Paper, 2 March 2022');
    const quotes = [...cites[0].querySelectorAll('.cite-quote')];
    expect(quotes.map((q) => q.textContent)).to.deep.equal(['First quote.', 'Second quote.', 'Fourth quote.']);
    // Each quote is a block of its own: it starts below the source line, never on it.
    const source = cites[0].querySelector('.cite-source')!.getBoundingClientRect();
    expect(quotes[0].getBoundingClientRect().top).to.be.at.least(source.bottom - 1);
  });
});

describe('a headline that ends a sentence (issue 13.9)', () => {
  it('the table and the detail panel follow it with a space, not ", "', async () => {
    const data: TimelineData = {
      events: [{
        id: 'h', date: '2022-03-01', title: 'Headline sentence',
        citations: [{ title: 'Russia invades Ukraine. Here is what we know.', publisher: 'The Paper', quote: 'A quote.' }],
      }],
    };
    const el = await fixture('<conflict-timeline view="table"></conflict-timeline>');
    el.data = data;
    await el.updateComplete;
    const source = el.shadowRoot!.querySelector('tbody tr[aria-rowindex="2"] .cite-source')!;
    expect(source.textContent).to.equal('Russia invades Ukraine. Here is what we know. The Paper');
    el.view = 'chart';
    await el.updateComplete;
    el.select('h');
    await el.updateComplete;
    const cite = new TimelineHarness(el).detail()!.querySelector('.citations cite')!;
    expect(cite.textContent!.replace(/\s+/g, ' ').trim()).to.equal('— Russia invades Ukraine. Here is what we know. The Paper');
  });
});

describe('media (issue 14.9)', () => {
  it('mediaKind: http(s) image files are images; other links are links; anything else is nothing', () => {
    expect(mediaKind({ url: 'https://example.org/a/photo.JPG?w=1' })).to.equal('image');
    expect(mediaKind({ url: 'https://www.youtube.com/watch?v=abc' })).to.equal('link');
    expect(mediaKind({ url: 'javascript:alert(1)//.jpg' })).to.equal('none');
    expect(mediaKind({ caption: 'no link' })).to.equal('none');
  });

  it('an image shows lazily, without a referrer, with caption and credit; a video is a captioned link', async () => {
    const el = await fixture('<conflict-timeline></conflict-timeline>');
    el.data = DATA;
    await el.updateComplete;
    el.select('e');
    await el.updateComplete;
    let detail = new TimelineHarness(el).detail()!;
    const img = detail.querySelector('figure.media img')!;
    expect(img.getAttribute('src')).to.equal('https://example.org/photo.jpg');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(img.getAttribute('alt')).to.equal('Smoke over the city');
    expect(detail.querySelector('figure.media figcaption')!.textContent).to.equal('Smoke over the city Example Wire');
    el.select('v');
    await el.updateComplete;
    detail = new TimelineHarness(el).detail()!;
    expect(detail.querySelector('figure.media img')).to.equal(null);
    expect(detail.querySelector('iframe, embed, object, video, script')).to.equal(null);
    const a = detail.querySelector('figure.media a')!;
    expect(a.getAttribute('href')).to.equal('https://www.youtube.com/watch?v=abc');
    expect(a.textContent).to.equal('The speech');
    expect(a.getAttribute('rel')).to.contain('noreferrer');
    expect(detail.querySelector('figure.media figcaption')!.textContent).to.equal('Channel');
  });
});
