/** The legend's lead-in in a right-to-left page: English words keep their colon at the end (issue 13, item 10). */
import { expect } from '@esm-bundle/chai';
import { fixture, SMALL } from './helpers/harness.js';

describe('<conflict-timeline> legend in a right-to-left page', function () {
  // Generous, not a measure: a busy machine (CI beside other work) may take several times longer.
  this.timeout(60_000);
  it('"Events in all:" is laid out left to right, the colon after the words', async () => {
    const timeline = await fixture('<div dir="rtl"><conflict-timeline layout="horizontal"></conflict-timeline></div>', 900);
    timeline.data = SMALL;
    await timeline.updateComplete;
    const lead = timeline.shadowRoot!.querySelector('.legend-counts')!;
    expect(lead.textContent!.trim()).to.equal('Events in all:');
    expect(getComputedStyle(lead).direction).to.equal('ltr');
  });
});
