/**
 * Issue 14, item 10, in the vertical list: the gap between two groups ("… later") is told in the largest unit that
 * reads well, as the chart's gap labels tell it ("154 years later", not "56,248 days later"; "9.2 billion years
 * later", not "3,360,230,999,635 days later"), while a gap of a few days still reads in days.
 */
import { expect } from '@esm-bundle/chai';
import { fixture, nextFrame } from '../helpers/harness.js';
import { groupByDay } from '../../src/layout/day-groups.js';
import { createFormatter } from '../../src/format.js';
import { parseTimeline } from '../../src/model/parse.js';
import { EN_STRINGS, UK_STRINGS } from '../../src/strings.js';

function laterTexts(dates: string[], locale = 'en', strings = EN_STRINGS): string[] {
  const { timeline, issues } = parseTimeline({ events: dates.map((date) => ({ date, title: date })) });
  expect(issues, JSON.stringify(issues)).to.deep.equal([]);
  const format = createFormatter({ locale, strings, timeZone: '', timeZoneValid: true, dateOnly: true });
  return groupByDay(timeline.events, { locale, strings, timeZone: '', formatDate: format.formatDate, duration: format.gapLabel }).map((g) => g.later);
}

describe('the vertical list says gaps in the largest unit that reads well', function () {
  // Generous, not a measure: a busy machine (CI beside other work) may take several times longer.
  this.timeout(60_000);
  it('years, months and days, as the chart\'s gap labels', () => {
    expect(laterTexts(['1868-05-01', '2022-05-01', '2022-12-10', '2022-12-14', '2022-12-15'])).to.deep.equal([
      '',
      '154 years later', // 56,247 days
      '7 months later', // 222 days
      '3 days later',
      '', // the next day: no gap
    ]);
  });

  it('between 2 and 10 years, with a tenth', () => {
    expect(laterTexts(['2019-01-01', '2022-06-01'])).to.deep.equal(['', '3.4 years later']);
  });

  it('a month and a half still in days', () => {
    expect(laterTexts(['2022-01-01', '2022-02-15'])).to.deep.equal(['', '44 days later']);
  });

  it('in the locale\'s words', () => {
    expect(laterTexts(['1868-05-01', '2022-05-01', '2022-05-04'], 'uk', UK_STRINGS)).to.deep.equal(['', 'через 154 роки', 'через 2 дні']);
  });

  it('a cosmological TimelineJS3 timeline in the element\'s vertical list: billions of years, not trillions of days', async () => {
    const slide = (year: number, headline: string) => ({ start_date: { year }, text: { headline } });
    const el = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>', 700);
    el.data = { events: [slide(-13_800_000_000, 'Big Bang'), slide(-4_600_000_000, 'Sun'), slide(1969, 'Moon landing'), slide(1975, 'Apollo–Soyuz')] } as never;
    await el.updateComplete;
    await nextFrame();
    const later = [...el.shadowRoot!.querySelectorAll('.later')].map((e) => e.textContent!.trim());
    expect(later).to.deep.equal(['9.2 billion years later', '4.6 billion years later', '5 years later']);
  });
});
