import { expect } from '@esm-bundle/chai';
import { fixture, nextFrame } from './helpers/harness.js';
import type { ConflictTimeline } from '../src/conflict-timeline.js';

/**
 * A page whose Content Security Policy forbids inline styles (`style-src 'self'`, issue 15 item 1): every position,
 * size and category colour the element draws is set through the CSSOM, which such a policy allows, never as a
 * `style="…"` attribute, which it blocks (and then every event would collapse onto one spot).
 */
describe('under a strict style-src policy', () => {
  const violations: string[] = [];
  const record = (e: SecurityPolicyViolationEvent) => violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`);

  before(() => {
    // A policy set by a <meta> applies from the moment it is in the document, to this test file's page only.
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', record);
  });
  after(() => document.removeEventListener('securitypolicyviolation', record));
  beforeEach(() => (violations.length = 0));

  it('the page refuses inline style attributes (so the next tests can fail)', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'width: 123px');
    document.body.append(probe);
    const blocked = probe.getBoundingClientRect().width !== 123;
    probe.remove();
    expect(blocked).to.equal(true);
  });

  it('the chart draws every built-in event at its own place, in its category colour, with no violation', async () => {
    const el = (await fixture('<conflict-timeline></conflict-timeline>', 1200)) as ConflictTimeline;
    await nextFrame();
    const root = el.shadowRoot!;
    const items = [...root.querySelectorAll<HTMLElement>('.plot ul.events > li')];
    expect(items.length, 'events drawn one by one').to.equal(el.visibleEvents.length);
    const places = new Set(items.map((li) => {
      const r = li.getBoundingClientRect();
      return `${Math.round(r.left)},${Math.round(r.top)}`;
    }));
    expect(places.size, 'distinct positions').to.equal(items.length);
    // Each event button carries its category's colour (a custom property, set through the CSSOM too).
    const uncoloured = [...root.querySelectorAll<HTMLElement>('.plot button.event')].filter((b) => !getComputedStyle(b).getPropertyValue('--_cl').trim());
    expect(uncoloured.length, 'event buttons without their category colour').to.equal(0);
    expect(root.querySelector<HTMLElement>('.plot')!.getBoundingClientRect().height, 'the plot has its height').to.be.greaterThan(200);
    expect(violations).to.deep.equal([]);
  });

  it('the vertical list and the table draw with no violation either', async () => {
    const el = (await fixture('<conflict-timeline layout="vertical"></conflict-timeline>', 400)) as ConflictTimeline;
    expect(el.shadowRoot!.querySelectorAll('.vlist button.event').length).to.equal(el.visibleEvents.length);
    el.view = 'table';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(el.visibleEvents.length);
    expect(violations).to.deep.equal([]);
  });
});
