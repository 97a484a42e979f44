import { expect } from '@esm-bundle/chai';
import { until } from './helpers/harness.js';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import data from '../data/ukraine-2022.json';
import timelineJS from '../data/ukraine-2022.timelinejs.json';

/**
 * A page whose HTTP header says `default-src 'self'; script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'; trusted-types lit-html` (issue 15, item 2), served by the test runner
 * (policyPages in web-test-runner.config.mjs) and opened in an iframe, so the policy holds from its first byte.
 * Under it every HTML sink (innerHTML, DOMParser, …) refuses a string, and only Lit's own policy may be created.
 * Timelines there read HTML from TimelineJS3 and vis-timeline files, the CSV, inline JSON and an inline list: each
 * must draw its events at distinct places with their titles, and the page must report no violation and no error.
 */
interface PolicyWindow extends Window {
  __policy: { violations: string[]; errors: string[] };
  DOMParser: typeof DOMParser;
}

describe('under Trusted Types and a strict CSP', function () {
  this.timeout(90000);
  let frame: HTMLIFrameElement;
  let win: PolicyWindow;

  before(async () => {
    frame = document.createElement('iframe');
    frame.width = '1200';
    frame.height = '800';
    document.body.append(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/__policy__/trusted-types.html';
    await loaded;
    win = frame.contentWindow as PolicyWindow;
    await until(() => !!win.customElements.get('conflict-timeline'), 'the element defined in the page', 60000);
    const all = [...win.document.querySelectorAll<ConflictTimeline>('conflict-timeline')];
    // Each timeline has loaded its file (or failed, which the assertions below would show) and drawn it.
    const pending = () => all.filter((el) => el.loading || !el.shadowRoot?.querySelector('.plot ul.events > li, .error'));
    await until(() => pending().length === 0, 'every timeline drawn', 60000).catch((e: Error) => {
      throw new Error(`${e.message}: ${pending().map((el) => `${el.id} (loading ${el.loading}, ${el.shadowRoot?.textContent?.trim().slice(0, 80)})`).join('; ')}`);
    });
    await Promise.all(all.map((el) => el.updateComplete));
  });
  after(() => frame.remove());

  const timeline = (id: string) => win.document.getElementById(id) as ConflictTimeline;

  /** The error message a timeline shows, if any. */
  const errorShown = (el: ConflictTimeline) => el.shadowRoot!.querySelector('.error')?.textContent?.trim() ?? null;

  /** The chart's drawn events: distinct places, and the title each shows. */
  function drawn(el: ConflictTimeline) {
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.plot ul.events > li')];
    const places = new Set(items.map((li) => {
      const r = li.getBoundingClientRect();
      return `${Math.round(r.left)},${Math.round(r.top)}`;
    }));
    const titles = items.map((li) => li.querySelector('.label')!.textContent!.trim());
    return { count: items.length, places: places.size, titles };
  }

  it('the page refuses inline style attributes (so the next tests can fail)', async () => {
    // Everything has loaded and drawn by now: nothing the element did may hide among the probes' reports.
    expect(win.__policy.violations, 'violations before the probes').to.deep.equal([]);
    const probe = win.document.createElement('div');
    probe.setAttribute('style', 'width: 123px');
    win.document.body.append(probe);
    expect(probe.getBoundingClientRect().width).to.not.equal(123);
    probe.remove();
    // The probe is reported (in a task of its own): the listener works. Forget it before the real checks.
    await until(() => win.__policy.violations.length >= 1, 'the probe reported as a violation');
    win.__policy.violations.length = 0;
  });

  const REFUSED = /TrustedHTML|Sink type mismatch/;

  it('the page enforces Trusted Types: HTML sinks and DOMParser refuse strings, no other policy (so the next tests can fail)', async function () {
    const probe = win.document.createElement('div');
    let enforced = true;
    try {
      probe.innerHTML = '<b>x</b>';
      enforced = false;
    } catch (e) {
      // Chromium: "…requires 'TrustedHTML' assignment"; Firefox: "Sink type mismatch violation blocked by CSP".
      expect(String(e)).to.match(REFUSED);
    }
    // A browser without Trusted Types: the other tests still run under the strict CSP.
    if (!enforced) this.skip();
    expect(() => new win.DOMParser().parseFromString('<b>x</b>', 'text/html')).to.throw(REFUSED);
    expect(() => (win as unknown as { trustedTypes: { createPolicy(n: string, o: object): unknown } }).trustedTypes.createPolicy('another', {})).to.throw();
    await until(() => win.__policy.violations.length >= 3, 'the probes reported as violations');
    win.__policy.violations.length = 0;
  });

  it('TimelineJS3 with HTML in headlines and text: events drawn with their titles as text', () => {
    const el = timeline('tjs-html');
    expect(errorShown(el), 'error shown').to.equal(null);
    const { count, places, titles } = drawn(el);
    expect(count).to.equal(el.visibleEvents.length);
    expect(count).to.be.greaterThan(2);
    expect(places, 'distinct positions').to.equal(count);
    // '<script>…</script>' in a headline is code, not prose: left out, never run.
    expect(titles).to.include.members(['Year-only event', 'Month-only event', 'Three-day span', 'Timed event'].filter((t) => el.visibleEvents.some((e) => e.title === t)));
    expect(titles.join(' ')).to.not.match(/[<>]/);
    expect((win as unknown as { __tjsPwned?: boolean }).__tjsPwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.header')?.textContent ?? '').to.contain('Siege of the old town');
  });

  it('the built-in TimelineJS3 file (HTML paragraphs in every text): all its events at distinct places', () => {
    const el = timeline('tjs');
    expect(errorShown(el), 'error shown').to.equal(null);
    expect(el.visibleEvents.length).to.equal(timelineJS.events.length);
    const { count, places, titles } = drawn(el);
    expect(count).to.equal(el.visibleEvents.length);
    expect(places, 'distinct positions').to.equal(count);
    const headlines = new Set(timelineJS.events.map((e) => e.text.headline));
    expect(titles.filter((t) => !headlines.has(t)), 'titles not in the file').to.deep.equal([]);
    // Summaries come from the HTML text as plain text.
    expect(el.visibleEvents.filter((e) => /[<>]/.test(e.summary ?? '')).length, 'summaries with markup').to.equal(0);
  });

  it('a vis-timeline file whose content is HTML, and the CSV: the built-in 32 events at distinct places', () => {
    const expected = new Set(data.events.map((e) => e.title));
    for (const id of ['vis', 'csv']) {
      const el = timeline(id);
      expect(errorShown(el), `${id}: error shown`).to.equal(null);
      expect(el.visibleEvents.length, id).to.equal(data.events.length);
      const { count, places, titles } = drawn(el);
      expect(count, id).to.equal(el.visibleEvents.length);
      expect(places, `${id}: distinct positions`).to.equal(count);
      expect(titles.filter((t) => !expected.has(t)), `${id}: titles not in the data`).to.deep.equal([]);
    }
  });

  it('inline JSON and an inline list of dated items: their events at distinct places', () => {
    for (const id of ['inline-json', 'inline-list']) {
      const el = timeline(id);
      const { count, places, titles } = drawn(el);
      expect(count, id).to.equal(3);
      expect(places, `${id}: distinct positions`).to.equal(3);
      const kind = id === 'inline-json' ? 'Inline JSON' : 'Inline list';
      expect(titles, id).to.deep.equal([`${kind}, first`, `${kind}, second`, `${kind}, third`]);
    }
  });

  it('no policy violation and no error in the page', () => {
    expect(win.__policy.violations).to.deep.equal([]);
    expect(win.__policy.errors).to.deep.equal([]);
  });
});
