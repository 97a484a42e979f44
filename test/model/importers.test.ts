/**
 * Issue 14: TimelineJS3 (JSON and the spreadsheet template as CSV) and vis-timeline files, read as those tools
 * read them. One small fixture per numbered rule of the issue.
 */
import { expect } from '@esm-bundle/chai';
import { parseTimeline } from '../../src/model/parse.js';
import { formatDateRange } from '../../src/model/dates.js';
import { isTimelineJSCsv, timelineJSFromCsv, timeFields } from '../../src/model/timelinejs-csv.js';
import { readHtmlText, readRichText, firstSentence } from '../../src/model/html-text.js';
import { createFormatter } from '../../src/format.js';
import { EN_STRINGS } from '../../src/strings.js';
import { fixture, TimelineHarness } from '../helpers/harness.js';

const long = (e: { when: Parameters<typeof formatDateRange>[0] }) => formatDateRange(e.when, 'en-GB');
const tjs = (events: unknown[], extra: Record<string, unknown> = {}) => parseTimeline({ events, ...extra });
const slide = (start: Record<string, unknown>, headline: string, more: Record<string, unknown> = {}) => ({ start_date: start, text: { headline }, ...more });

const TEMPLATE_HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('issue 14.1: the TimelineJS3 spreadsheet template as CSV', () => {
  const csv = [
    TEMPLATE_HEADER,
    ',,,,,,,,,Our <i>town</i>,"<p>Built from the council minutes.</p>",,,,,title,,',
    '1990,,,,1999,,,,,The nineties,,,,,,era,,',
    '1991,3,4,13:45,,,,,,Council meets,"See [the minutes](https://example.org/minutes) and <a href=""javascript:alert(1)"">this</a>.",,,,,,Council,',
    '1991,3,4,1:45 PM,,,,,,Second item,,,,,,,Council,',
    '1995,,,,,,,,c. 1995,Bridge opens,,https://example.org/bridge.jpg,Town archive,The new bridge,,,Works,',
  ].join('\n');

  it('is recognised by its header row, and a plain CSV is not', () => {
    expect(isTimelineJSCsv(csv)).to.equal(true);
    expect(isTimelineJSCsv('\uFEFF' + csv)).to.equal(true);
    expect(isTimelineJSCsv('id,date,title\na,2022-02-24,T')).to.equal(false);
  });

  it('title row → dataset title, era rows → eras, Group → category, Time as written, links kept (http/https only)', () => {
    const { timeline, issues } = parseTimeline(timelineJSFromCsv(csv));
    expect(timeline.title).to.equal('Our town');
    expect(timeline.description).to.equal('Built from the council minutes.');
    // Engines space a range's dash differently ("1990 – 1999" in Chromium and Firefox, "1990–1999" in WebKit).
    expect(timeline.eras.map((e) => [e.title, long(e).replace(/\s*–\s*/, ' – ')])).to.deep.equal([['The nineties', '1990 – 1999']]);
    expect(timeline.events.map((e) => e.event.title)).to.deep.equal(['Council meets', 'Second item', 'Bridge opens']);
    expect(timeline.events.map((e) => e.category)).to.deep.equal(['Council', 'Council', 'Works']);
    expect(long(timeline.events[0])).to.equal('4 March 1991, 13:45');
    expect(long(timeline.events[1])).to.equal('4 March 1991, 13:45');
    const citations = timeline.events[0].citations;
    // The javascript: link is removed (with a warning); its text stays as a citation title without a link.
    expect(citations.map((c) => c.url)).to.deep.equal([undefined, 'https://example.org/minutes']);
    expect(citations[1].title).to.equal('the minutes');
    expect(timeline.events[0].event.summary).to.equal('See the minutes and this.');
    expect(issues.some((i) => /javascript/.test(i.message))).to.equal(true);
    expect(timeline.events[2].event.displayDate).to.equal('c. 1995');
    expect(timeline.events[2].event.media).to.deep.equal({ url: 'https://example.org/bridge.jpg', caption: 'The new bridge', credit: 'Town archive' });
  });

  it('reads the Time cell as TimelineJS3 does: 24-hour, AM/PM, seconds and milliseconds', () => {
    expect(timeFields('13:45')).to.deep.equal({ hour: '13', minute: '45' });
    expect(timeFields('12:05 am')).to.deep.equal({ hour: '0', minute: '05' });
    expect(timeFields('9:05:07.25')).to.deep.equal({ hour: '9', minute: '05', second: '07', millisecond: '250' });
    expect(timeFields('noon')).to.deep.equal({});
  });
});

describe('issue 14.2: years beyond four digits', () => {
  it('places TimelineJS3 years as TimelineJS3 does, cosmological ones too, and names the limit past them', () => {
    const { timeline, issues } = tjs([
      slide({ year: -200000 }, 'Long ago'),
      slide({ year: '-13800000000' }, 'Big Bang'),
      slide({ year: '-538800000' }, 'Paleozoic', { end_date: { year: '-251902000' } }),
      slide({ year: '-99999' }, 'Human scale'),
      slide({ year: '-99999999999999999999' }, 'Too far'),
    ]);
    // Before 100,000 BCE TimelineJS3 counts years ago (two decimals for billions, one below; trailing zeros go).
    expect(timeline.events.map((e) => [e.event.title, long(e)])).to.deep.equal([
      ['Big Bang', '13.8 billion years ago'],
      ['Paleozoic', '538.8 million years ago – 251.9 million years ago'],
      ['Long ago', '200 thousand years ago'],
      ['Human scale', '99999 BC'],
    ]);
    // In order, a billion years apart as on the axis, though no Date can hold them.
    const [bang, paleozoic] = timeline.events;
    expect((paleozoic.when.start - bang.when.start) / (365.2425 * 864e5)).to.be.closeTo(13_800_000_000 - 538_800_000, 1);
    expect(issues.map((i) => i.message)).to.deep.equal([
      'event 5: date "-99999999999999999999" is beyond the years this timeline can place (whole years up to 9007199254740991 BCE or CE)',
      '1 of 5 events could not be shown.',
    ]);
  });

  it('our own format still refuses five-digit years', () => {
    const { issues } = parseTimeline({ events: [{ date: '10000-01-01', title: 'Far' }] });
    expect(issues[0].message).to.match(/is not a date: use YYYY/);
  });
});

describe('issue 14.3: BCE years as TimelineJS3 means them', () => {
  it('TimelineJS3 year -5410 is 5410 BCE (ISO year -5409); year 258 BCE likewise', () => {
    const { timeline } = tjs([slide({ year: '-5410' }, 'A'), slide({ year: -258, month: 3 }, 'B')]);
    expect(timeline.events.map((e) => e.event.date)).to.deep.equal(['-5409', '-0257-03']);
    expect(timeline.events.map((e) => long(e))).to.deep.equal(['5410 BC', 'March 258 BC']);
  });

  it('our own format keeps ISO/EDTF years: year 0 is 1 BCE, -0044 is 45 BCE', () => {
    const { timeline } = parseTimeline({ events: [{ date: '0000', title: 'Zero' }, { date: '-0044', title: 'Minus 44' }] });
    expect(timeline.events.map((e) => long(e))).to.deep.equal(['45 BC', '1 BC']);
  });
});

describe('issue 14.4: times kept and shown as written', () => {
  const ms = (n: number) => slide({ year: 2015, month: 1, day: 1, hour: 1, minute: 1, second: 1, millisecond: n }, `At ${n}`);

  it('milliseconds keep events apart, and are shown', () => {
    const { timeline } = tjs([ms(1), ms(10), ms(30)]);
    expect(new Set(timeline.events.map((e) => e.when.start)).size).to.equal(3);
    expect(timeline.events.map((e) => long(e))).to.deep.equal([
      '1 January 2015, 01:01:01.001', '1 January 2015, 01:01:01.010', '1 January 2015, 01:01:01.030',
    ]);
  });

  it('seconds are shown when given; a zone-less time names no zone, whatever the reader’s zone', () => {
    const { timeline } = tjs([slide({ year: 2014, month: 6, day: 18, hour: 17, minute: 16, second: 54 }, 'A'), slide({ year: 2014, month: 6, day: 18, hour: 17, minute: 17 }, 'B')]);
    expect(timeline.events.map((e) => long(e))).to.deep.equal(['18 June 2014, 17:16:54', '18 June 2014, 17:17']);
    expect(formatDateRange(timeline.events[0].when, 'en-GB', { timeZone: 'Asia/Tokyo' })).to.equal('18 June 2014, 17:16:54');
  });

  it('our own date-times still name their zone', () => {
    const { timeline } = parseTimeline({ events: [{ date: '2022-03-01T08:00:30Z', title: 'T' }] });
    expect(long(timeline.events[0])).to.equal('1 March 2022, 08:00 UTC');
  });
});

describe('issue 14.5: display_date is the date text', () => {
  const format = createFormatter({ locale: 'en-GB', strings: EN_STRINGS, timeZone: '', timeZoneValid: true, dateOnly: true });

  it('shown instead of the computed date, which still places the event', () => {
    const { timeline } = tjs([slide({ year: 1677 }, 'Late', { display_date: 'c. 1677' }), slide({ year: 1600 }, 'Early')]);
    expect(timeline.events.map((e) => e.event.title)).to.deep.equal(['Early', 'Late']);
    expect(format.formatDate(timeline.events[1])).to.equal('c. 1677');
    expect(format.compactWhen(timeline.events[1])).to.equal('c. 1677');
    expect(format.accessibleName(timeline.events[1], 1, 2, new Map())).to.match(/^c\. 1677, Uncategorised: Late, /);
  });

  it('the start date’s own display_date stands for a single date; a placeholder "." is not a date text', () => {
    const { timeline } = tjs([
      slide({ year: 2017, month: 9, day: 13, display_date: '13 сентября' }, 'One'),
      slide({ year: 900 }, 'Dot', { display_date: '.' }),
    ]);
    expect(timeline.events.map((e) => e.event.displayDate)).to.deep.equal([undefined, '13 сентября']);
  });
});

describe('issue 14.6: events without a headline are kept', () => {
  it('titled from the first sentence of their text, else from the media caption', () => {
    const { timeline } = tjs([
      { start_date: { year: 2017, month: 9, day: 22 }, text: { text: '<p>Seventeen offices were evacuated. Then more.</p>' } },
      { start_date: { year: 2017, month: 9, day: 23 }, media: { url: 'https://example.org/a.jpg', caption: 'A crowd outside the station' } },
    ]);
    expect(timeline.events.map((e) => e.event.title)).to.deep.equal(['Seventeen offices were evacuated.', 'A crowd outside the station']);
  });

  it('a long first sentence is cut at a word', () => {
    const sentence = firstSentence(`${'word '.repeat(40)}end.`);
    expect(sentence.length).to.be.at.most(101);
    expect(sentence.endsWith('…')).to.equal(true);
  });
});

describe('issue 14.7: a title slide given as a list', () => {
  it('gives the chart its title', () => {
    const { timeline } = tjs([slide({ year: 1665 }, 'A')], { title: [{ text: { headline: 'Findings', text: '' } }] });
    expect(timeline.title).to.equal('Findings');
  });
});

describe('issue 14.8: same-date events keep the author’s order', () => {
  it('in imported files ties are in source order, whatever their ends', () => {
    const { timeline } = tjs([
      slide({ year: 1879 }, 'First', { end_date: { year: 1939 } }),
      slide({ year: 1879 }, 'Second', { end_date: { year: 1880 } }),
      slide({ year: 1800 }, 'Earlier'),
    ]);
    expect(timeline.events.map((e) => e.event.title)).to.deep.equal(['Earlier', 'First', 'Second']);
  });
});

describe('issue 14.11: vis-timeline DataSet arrays', () => {
  it('{id, content, start, end, group, type, title} become events; content HTML is read as text', () => {
    const { timeline, issues } = parseTimeline([
      { id: 1, content: '<b>item 1</b><img src=x onerror="window.__visPwned=1">', start: '2014-04-20', group: 'g1', title: 'Tooltip &amp; more' },
      { id: 2, content: 'item 2', start: '2014-01-01T01:00:00', end: '2014-01-01 04:30:00', type: 'range' },
      { id: 3, content: 'item 3', start: Date.UTC(2014, 3, 22) },
    ]);
    expect(issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    const byId = Object.fromEntries(timeline.events.map((e) => [e.id, e]));
    expect(byId['1'].event.title).to.equal('item 1');
    expect(byId['1'].event.summary).to.equal('Tooltip & more');
    expect(byId['1'].category).to.equal('g1');
    expect(long(byId['2'])).to.equal('1 January 2014, 01:00–04:30');
    expect(long(byId['3'])).to.equal('22 April 2014, 00:00');
    expect((window as unknown as { __visPwned?: number }).__visPwned).to.equal(undefined);
  });

  it('a background item with an end is an era', () => {
    const { timeline } = parseTimeline([
      { id: 'b', content: 'Holidays', start: '2014-04-18', end: '2014-04-22', type: 'background' },
      { id: 1, content: 'item 1', start: '2014-04-20' },
    ]);
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['1']);
    expect(timeline.eras.map((e) => e.title)).to.deep.equal(['Holidays']);
    expect(long(timeline.eras[0])).to.match(/^18\s?–\s?22 April 2014$/);
  });
});

describe('issue 14.11: a vis-timeline page switches by changing the tag', () => {
  it('the same items given to the element’s events property are drawn, with their dates', async () => {
    const el = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>');
    el.events = [
      { id: 1, content: 'item 1', start: '2014-04-20' },
      { id: 2, content: 'item 2', start: '2014-04-14' },
      { id: 4, content: 'item 4', start: '2014-04-16', end: '2014-04-19' },
    ] as never;
    await el.updateComplete;
    const h = new TimelineHarness(el);
    expect(h.labels()).to.deep.equal(['item 2', 'item 4', 'item 1']);
    expect(h.names()[1]).to.match(/^16\s?.\s?19 April 2014, Uncategorised: item 4/);
  });
});

describe('issue 14.10: gap labels in the largest sensible unit', () => {
  const format = createFormatter({ locale: 'en-GB', strings: EN_STRINGS, timeZone: '', timeZoneValid: true, dateOnly: true });
  it('a 154-year gap reads "154 years"; a month still counts its days', () => {
    expect(format.gapLabel({ start: Date.UTC(1850, 0, 1), end: Date.UTC(2004, 0, 1) })).to.equal('154 years');
    expect(format.gapLabel({ start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 1, 1) })).to.equal('31 days');
  });
});

describe('HTML from imported files is read as text, never parsed into a document', () => {
  it('drops tags and code, decodes entities, keeps links beside the text', () => {
    const read = readHtmlText('<p>A &amp; B&#39;s <a href="https://example.org/x?a=1&amp;b=2">report</a></p><script>alert(1)</script><style>p{}</style>&lt;b&gt;');
    expect(read.text).to.equal("A & B's report <b>");
    expect(read.links).to.deep.equal([{ url: 'https://example.org/x?a=1&b=2', text: 'report' }]);
  });

  it('reads Markdown links too', () => {
    expect(readRichText('[TimelineJS](https://timeline.knightlab.com/) is a tool').links).to.deep.equal([{ url: 'https://timeline.knightlab.com/', text: 'TimelineJS' }]);
  });
});
