// src/model/dates.ts against the `edtf` package (edtf.js, the EDTF / ISO 8601-2 reference parser) as an oracle.
//
//   node --test test/node/dates-edtf.test.mjs
//
// dates.ts is bundled at test time with esbuild and imported from a data: URL, so no build step is needed.
// Inputs come from the subset both parsers share: 4-digit years 1000–2999, months 00–13, days 00–32 (so invalid
// ones too), the qualifiers ~ ? % at the end of a date, date-times with Z or ±HH:MM, and start/end intervals.
// Where the two legitimately differ the generator stays out of the way, and each case says why:
//   - edtf accepts more than our subset: seasons (2022-21), unspecified digits (2022-XX), qualifiers on parts
//     (2022-~02), open or unknown interval ends (2022/.., 2022/), date-times without an offset, offsets without
//     a colon (+0200) or minutes (+02), 5+ digit years (Y12345), 1–3 digit years read as centuries or decades:
//     none of these are generated;
//   - edtf accepts hour 24 (T24:00Z, ISO's end of day); we do not: hours are generated 00–23;
//   - edtf reads fraction digits as a whole number of ms (".5" is 5 ms, not 500 ms); we follow ISO's decimal
//     fraction: fractions are generated with exactly 3 digits, where both agree;
//   - edtf accepts 29 February of a common year and rolls it over to 1 March; we reject it: those inputs are
//     checked on our side only (we must reject them);
//   - edtf rejects an interval whose end begins at the same instant as its start (2022/2022-01,
//     2022-02-24/2022-02-24); we accept it, since it still spans a non-empty time: checked on our side only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import edtf from 'edtf';
import fc from 'fast-check';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const bundled = await build({
  entryPoints: [resolve(REPO, 'src/model/dates.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'silent',
});
const { parseDate } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].contents).toString('base64')}`);

const pad = (n, w) => String(n).padStart(w, '0');
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** edtf's verdict: null if it rejects the text, else what it means in our terms. */
function oracle(text) {
  let x;
  try {
    x = edtf(text);
  } catch {
    return null;
  }
  const parts = x.type === 'Interval' ? [x.lower, x.upper] : [x];
  const last = parts[parts.length - 1];
  return {
    type: x.type,
    start: x.min,
    // edtf's max is the last ms of the range (inclusive); ours is exclusive. An instant (atomic) has max === min.
    end: last.atomic ? x.max : x.max + 1,
    approximate: parts.some((p) => p.approximate.value !== 0),
    uncertain: parts.some((p) => p.uncertain.value !== 0),
  };
}

// ------------------------------------------------------------------------------------------------ inputs

const year = fc.integer({ min: 1000, max: 2999 });
const month = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }) }, fc.constantFrom(0, 13));
const day = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 28 }) }, fc.integer({ min: 29, max: 31 }), fc.constantFrom(0, 32));
const qualifier = fc.constantFrom('', '', '', '~', '?', '%');
const offset = fc.oneof(
  fc.constant('Z'),
  fc
    .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 15 }), fc.constantFrom(0, 0, 15, 30, 45, 59, 60))
    .map(([s, h, m]) => `${s}${pad(h, 2)}:${pad(m, 2)}`),
);
const time = fc
  .tuple(
    fc.integer({ min: 0, max: 23 }), // not 24: edtf takes T24:00, we do not
    fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 59 }) }, fc.constant(60)),
    fc.option(fc.tuple(fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 59 }) }, fc.constant(60)), fc.option(fc.integer({ min: 0, max: 999 })))),
  )
  .map(([h, m, s]) => `T${pad(h, 2)}:${pad(m, 2)}${s ? `:${pad(s[0], 2)}${s[1] === null ? '' : `.${pad(s[1], 3)}`}` : ''}`);

const date = fc.oneof(
  fc.tuple(year, qualifier).map(([y, q]) => `${y}${q}`),
  fc.tuple(year, month, qualifier).map(([y, m, q]) => `${y}-${pad(m, 2)}${q}`),
  { weight: 3, arbitrary: fc.tuple(year, month, day, qualifier).map(([y, m, d, q]) => `${y}-${pad(m, 2)}-${pad(d, 2)}${q}`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(year, month, day, time, offset, fc.oneof({ weight: 9, arbitrary: fc.constant('') }, qualifier))
      .map(([y, m, d, t, o, q]) => `${y}-${pad(m, 2)}-${pad(d, 2)}${t}${o}${q}`), // a qualified date-time is invalid in both
  },
);
/** Intervals mostly within a few years, so that valid ones (end after start) are common. */
const nearby = fc
  .tuple(date, fc.integer({ min: -1, max: 3 }))
  .map(([a, k]) => a.replace(/^\d{4}/, (y) => String(Math.min(2999, Math.max(1000, Number(y) + k)))));
const interval = fc.tuple(date, nearby).map(([a, b]) => `${a}/${b}`);
const input = fc.oneof({ weight: 3, arbitrary: date }, { weight: 2, arbitrary: interval });

/** 29 February of a common year, which edtf wrongly accepts. */
const commonLeapDay = (text) => [...text.matchAll(/(\d{4})-02-29/g)].some((m) => !isLeap(Number(m[1])));

// ------------------------------------------------------------------------------------------------ tests

test('our parser and edtf agree on validity, span and qualifiers', () => {
  const seen = { valid: 0, invalid: 0, leapDay: 0, sameStart: 0 };
  fc.assert(
    fc.property(input, (text) => {
      const ours = parseDate(text);
      if (commonLeapDay(text)) {
        seen.leapDay++;
        assert.ok(ours.error, `${text}: we must reject 29 February of a common year`);
        return;
      }
      const theirs = oracle(text);
      if (ours.range && !theirs && ours.range.interval && ours.range.endStart === ours.range.start) {
        seen.sameStart++; // edtf wants the end to begin strictly after the start
        return;
      }
      assert.equal(!!ours.range, !!theirs, `${text}: ours ${ours.error ?? 'valid'}, edtf ${theirs ? 'valid' : 'invalid'}`);
      if (!theirs) {
        seen.invalid++;
        return;
      }
      seen.valid++;
      const r = ours.range;
      assert.equal(r.start, theirs.start, `${text}: start ${new Date(r.start).toISOString()} vs edtf ${new Date(theirs.start).toISOString()}`);
      assert.equal(r.end, theirs.end, `${text}: end ${new Date(r.end).toISOString()} vs edtf ${new Date(theirs.end).toISOString()}`);
      assert.equal(r.approximate, theirs.approximate, `${text}: approximate`);
      assert.equal(r.uncertain, theirs.uncertain, `${text}: uncertain`);
      assert.equal(r.interval, theirs.type === 'Interval', `${text}: interval`);
    }),
    { numRuns: 4000 },
  );
  console.log(`edtf oracle: ${seen.valid} valid and ${seen.invalid} invalid inputs agreed; ${seen.leapDay} common-year 29 Februaries and ${seen.sameStart} same-start intervals checked on our side only`);
  assert.ok(seen.valid > 500 && seen.invalid > 500, 'the generator should give plenty of both');
});

test('the known differences are what we think they are', () => {
  // If one of these changes, edtf changed: revisit the generator restrictions above.
  assert.equal(parseDate('2023-02-29').error, '"2023-02-29" is not a real day (February 2023 has 28 days)');
  assert.equal(new Date(oracle('2023-02-29').start).toISOString(), '2023-03-01T00:00:00.000Z');
  assert.ok(parseDate('2022-02-24T24:00Z').error);
  assert.ok(oracle('2022-02-24T24:00Z'));
  assert.equal(parseDate('2022-02-24T08:00:00.5Z').range.start, Date.parse('2022-02-24T08:00:00.500Z'));
  assert.equal(oracle('2022-02-24T08:00:00.5Z').start, Date.parse('2022-02-24T08:00:00.005Z'));
  assert.ok(parseDate('2022/2022-01').range);
  assert.equal(oracle('2022/2022-01'), null);
  assert.ok(parseDate('2022-02-24T08:00').error); // no offset: edtf takes it as UTC
  assert.ok(oracle('2022-02-24T08:00'));
});

test('benchmark: parseDate vs edtf (printed, not asserted)', () => {
  const texts = fc.sample(
    fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
    { numRuns: 1000, seed: 42 },
  );
  const mixed = ['2022', '2022-02', '2022-02-24~', '2022-03-01T08:00+02:00', '2022-02-24/2022-03-01'];
  const time = (f, n, list) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) f(list[i % list.length]);
    return performance.now() - t0;
  };
  time(parseDate, 100_000, texts); // warm-up
  const ours = Math.min(...[0, 1, 2].map(() => time(parseDate, 100_000, texts)));
  const oursMixed = time(parseDate, 100_000, mixed);
  // edtf's parser (nearley) takes tens of µs per date: time 5,000 and scale up
  time(edtf, 1000, texts);
  const theirs = time(edtf, 5000, texts) * 20;
  const theirsMixed = time(edtf, 5000, mixed) * 20;
  const f = (ms) => `${ms.toFixed(1)} ms`;
  console.log(
    `per 100,000 dates (Node ${process.version}): parseDate ${f(ours)} YYYY-MM-DD, ${f(oursMixed)} mixed; ` +
      `edtf ${f(theirs)} YYYY-MM-DD, ${f(theirsMixed)} mixed (measured on 5,000) -> ${(theirs / ours).toFixed(0)}x`,
  );
});
