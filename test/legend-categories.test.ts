import { expect } from '@esm-bundle/chai';
import { fixture, SMALL, TimelineHarness } from './helpers/harness.js';
import { settle } from './helpers/big-data.js';
import { assignCategoryStyles, BUILTIN_CATEGORIES } from '../src/model/categories.js';
import { LEGEND_LIMIT } from '../src/render/controls.js';
import { axeViolations, formatViolations } from './helpers/axe.js';

/**
 * A dataset with many categories (issue 15, item 5): the legend lists the first LEGEND_LIMIT and ends with a
 * visible item saying how many more there are, which leads to the Table; category styling is linear in the
 * number of names. And what a legend count counts (issue 13, item 12): every event of the category in the
 * dataset, whatever is in view or filtered, as the legend's lead-in and each button's description say.
 *
 * 20,000 distinct categories took 4.0 s to the first render with one button each; with the limit (200), 0.17 to
 * 0.32 s here (2 cores, dev build of Lit), of which 0.08 s are their styles. Names that all make the same key (a script the key
 * drops) were quadratic: 20,000 such names now take 0.07 s.
 */
describe('legend: many categories, and what its counts count', function () {
  this.timeout(60000);

  it('20,000 distinct categories: the legend lists the first ones and says how many more, leading to the Table', async () => {
    const el = await fixture('<conflict-timeline></conflict-timeline>', 1200);
    const events = Array.from({ length: 20000 }, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString().slice(0, 10),
      title: `Event ${i}`,
      category: `Category ${i}`,
    }));
    el.data = { events };
    await settle(el);
    const h = new TimelineHarness(el);
    const toggles = h.legend().filter((b) => b.hasAttribute('aria-pressed'));
    expect(toggles.length).to.equal(LEGEND_LIMIT);
    expect(toggles.map((b) => b.querySelector('span')!.textContent)).to.deep.equal(events.slice(0, LEGEND_LIMIT).map((e) => e.category));
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.legend .legend-more button')!;
    expect(more, 'the "and N more" item, a button').to.not.equal(null);
    expect(more.textContent!.trim()).to.equal(`…and ${(20000 - LEGEND_LIMIT).toLocaleString('en-GB')} more categories, listed in the Table`);
    expect(more.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
    const violations = await axeViolations(el.parentElement!, { rules: { 'label-content-name-mismatch': { enabled: true } } });
    expect(violations.length, `axe violations:\n${formatViolations(violations)}`).to.equal(0);
    // The listed ones still filter.
    toggles[1].click();
    await settle(el);
    expect(el.visibleEvents.length).to.equal(19999);
    // The rest are reached in the Table, where every event shows its category.
    more.click();
    await settle(el);
    expect(el.view).to.equal('table');
    expect(el.shadowRoot!.querySelector('.legend .legend-more')!.textContent!.trim()).to.contain(`${(20000 - LEGEND_LIMIT).toLocaleString('en-GB')} more categories`);
    expect(el.shadowRoot!.querySelector('table'), 'the table').to.not.equal(null);
  });

  it('at the limit the legend lists every category, with no "more" item', async () => {
    const el = await fixture('<conflict-timeline></conflict-timeline>');
    el.data = { events: Array.from({ length: LEGEND_LIMIT }, (_, i) => ({ id: `e${i}`, date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, title: `Event ${i}`, category: `c${i}` })) };
    await settle(el);
    expect(new TimelineHarness(el).legend().length).to.equal(LEGEND_LIMIT);
    expect(el.shadowRoot!.querySelector('.legend-more')).to.equal(null);
  });

  it('counts are events in all, as the lead-in and each button’s description say, whatever the view and the filter', async () => {
    const el = await fixture('<conflict-timeline></conflict-timeline>', 1000);
    el.data = SMALL;
    await settle(el);
    const h = new TimelineHarness(el);
    const lead = el.shadowRoot!.querySelector<HTMLElement>('.legend .legend-counts')!;
    expect(lead.textContent!.trim()).to.equal('Events in all:');
    expect(lead.getBoundingClientRect().width, 'the lead-in is visible').to.be.greaterThan(0);
    // Each button's description is the lead-in: what its count counts.
    for (const b of h.legend()) expect(el.shadowRoot!.getElementById(b.getAttribute('aria-describedby')!), 'the description').to.equal(lead);
    const names = () => h.legend().map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    const before = names();
    expect(before).to.deep.equal(['Military 1', 'Diplomacy 1', 'Humanitarian 1', 'Political 1']);
    // Zoomed in to one day and with a category off, the counts stay the dataset's.
    el.zoomTo('2022-02-24', '2022-02-25');
    h.legend()[1].click();
    await settle(el);
    expect(el.visibleEvents.length).to.equal(3);
    expect(names()).to.deep.equal(before);
    expect(h.legend().map((b) => b.querySelector('.count')!.textContent)).to.deep.equal(['1', '1', '1', '1']);
  });

  it('in Ukrainian, the lead-in (and so the descriptions) in Ukrainian', async () => {
    const el = await fixture('<conflict-timeline locale="uk"></conflict-timeline>');
    el.data = SMALL;
    await settle(el);
    expect(el.shadowRoot!.querySelector('.legend-counts')!.textContent!.trim()).to.equal('Усього подій:');
    expect(new TimelineHarness(el).legend()[0].getAttribute('aria-describedby')).to.equal('legend-counts');
  });
});

describe('assignCategoryStyles with many names', () => {
  it('names that all make the same key get distinct keys in one pass (other, other-2, …)', () => {
    const names = Array.from({ length: 20000 }, (_, i) => String.fromCharCode(0x4e00 + i));
    const styles = assignCategoryStyles(names);
    const keys = names.map((n) => styles.get(n)!.key);
    expect(new Set(keys).size).to.equal(names.length);
    expect(keys.slice(0, 3)).to.deep.equal(['other', 'other-2', 'other-3']);
    expect(keys[19999]).to.equal('other-20000');
  });

  it('a built-in category keeps its key when another name makes the same key, and suffixes skip keys already taken', () => {
    const styles = assignCategoryStyles(['Military', 'military', 'a-2', 'A', 'a!', 'a?']);
    expect(styles.get('military')!.key).to.equal(BUILTIN_CATEGORIES[0].key);
    expect(styles.get('Military')!.key).to.equal('military-2');
    expect(['a-2', 'A', 'a!', 'a?'].map((n) => styles.get(n)!.key)).to.deep.equal(['a-2', 'a', 'a-3', 'a-4']);
  });
});
