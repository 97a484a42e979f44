import { expect } from '@esm-bundle/chai';
import { bigDataset, mountWith, settle } from './helpers/big-data.js';
import { nextFrame, until } from './helpers/harness.js';

describe('virtualised views at 10,000 events', () => {
  afterEach(() => document.querySelectorAll('.test-container').forEach((n) => n.remove()));
  const set = bigDataset(10_000);

  it('the table keeps only the rows near the scroll position in the DOM, and they are the right rows', async () => {
    const el = await mountWith(set.data, '<conflict-timeline view="table"></conflict-timeline>');
    const root = el.shadowRoot!;
    const table = root.querySelector('table')!;
    expect(table.getAttribute('aria-rowcount')).to.equal('10001');
    expect(root.querySelectorAll('tbody tr:not(.spacer)').length).to.be.below(60);
    const wrap = root.querySelector<HTMLElement>('.table-wrap')!;
    wrap.scrollTop = wrap.scrollHeight / 2;
    wrap.dispatchEvent(new Event('scroll'));
    await until(() => Number(root.querySelector('tbody tr:not(.spacer)')?.getAttribute('aria-rowindex')) > 4000, 'rows from the middle');
    await settle(el);
    const indices = [...root.querySelectorAll('tbody tr:not(.spacer)')].map((tr) => Number(tr.getAttribute('aria-rowindex')));
    // Row n of the table is event n - 2 in time order (row 1 is the header).
    const titles = [...root.querySelectorAll('tbody tr:not(.spacer) th')].map((th) => th.textContent);
    expect(titles).to.deep.equal(indices.map((i) => set.sorted[i - 2].title));
    expect(root.querySelectorAll('*').length).to.be.below(3000);
  });

  it('the vertical list keeps the DOM small and follows the keyboard deep into the list', async () => {
    const el = await mountWith(set.data, '<conflict-timeline layout="vertical"></conflict-timeline>', 420);
    const root = el.shadowRoot!;
    expect(root.querySelector('.vscroll')).to.not.equal(null);
    expect(root.querySelectorAll('*').length).to.be.below(600);
    const first = root.querySelector<HTMLButtonElement>('button.event[tabindex="0"]')!;
    expect(first.dataset.id).to.equal(set.sorted[0].id);
    first.focus();
    for (let i = 0; i < 25; i++) {
      (root.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await el.updateComplete;
      await nextFrame();
    }
    expect((root.activeElement as HTMLElement).dataset.id).to.equal(set.sorted[25].id);
    const scroller = root.querySelector<HTMLElement>('.vscroll')!;
    scroller.scrollTop = scroller.scrollHeight * 0.8;
    scroller.dispatchEvent(new Event('scroll'));
    await until(() => [...root.querySelectorAll<HTMLElement>('button.event')].some((b) => set.sorted.findIndex((e) => e.id === b.dataset.id) > 7000), 'rows from far down the list');
    expect(root.querySelectorAll('*').length).to.be.below(600);
  });
});
