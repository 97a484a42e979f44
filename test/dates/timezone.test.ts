/**
 * Checks that the time zone requested for this run (env TZ, handed to the page by
 * web-test-runner.config.mjs as `window.__TEST_TZ__`) really took effect in the browser.
 * The date tests in test/dates/ are only meaningful when this passes.
 */
import { expect } from '@esm-bundle/chai';

declare global {
  interface Window {
    __TEST_TZ__?: string;
  }
}

/** `new Date(2022, 1, 24).getTimezoneOffset()` (minutes, UTC minus local) in each zone the suite runs in. */
const OFFSET_2022_02_24: Record<string, number> = {
  'America/Los_Angeles': 480,
  'Asia/Tokyo': -540,
  'Europe/Kyiv': -120,
  'Pacific/Kiritimati': -840,
  'Pacific/Pago_Pago': 660,
  UTC: 0,
};

/**
 * Names a browser may report for a requested zone. ICU versions differ on the canonical name: with TZ=Europe/Kyiv,
 * Chromium 156 and WebKitGTK 2.50 report `Europe/Kiev`, Firefox 153 reports `Europe/Kyiv`.
 */
const ALIASES: Record<string, string[]> = {
  'Europe/Kyiv': ['Europe/Kyiv', 'Europe/Kiev'],
  'Europe/Kiev': ['Europe/Kyiv', 'Europe/Kiev'],
  UTC: ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT'],
};

describe('time zone of the test browser', () => {
  const requested = window.__TEST_TZ__ ?? '';

  it('reports the requested zone through Intl', function () {
    if (!requested) this.skip();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(zone, 'Intl.DateTimeFormat().resolvedOptions().timeZone').to.be.oneOf(ALIASES[requested] ?? [requested]);
  });

  it('uses the requested zone for local dates (offset on 2022-02-24)', function () {
    if (!requested) this.skip();
    const canonical = requested === 'Europe/Kiev' ? 'Europe/Kyiv' : requested;
    const expected = OFFSET_2022_02_24[canonical];
    if (expected === undefined) this.skip(); // a zone this table does not know: nothing to compare with
    expect(new Date(2022, 1, 24).getTimezoneOffset(), `offset in ${requested}`).to.equal(expected);
  });
});
