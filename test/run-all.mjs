#!/usr/bin/env node
// `npm test`: type check, Node-side tests, then the browser suite in several browsers and time zones.
//
//   (a) tsc --noEmit -p .                          a type error counts as 1 failed test (a clean check adds 0)
//   (b) node --test test/node/                     only if test/node/ holds *.test.mjs files
//   (c) web-test-runner, whole suite               BROWSERS (default chromium,firefox,webkit), TZ=America/Los_Angeles
//   (d) web-test-runner, test/dates/**/*.test.ts   same browsers, once per zone in TEST_ZONES
//                                                  (default Asia/Tokyo,Europe/Kyiv,Pacific/Kiritimati,Pacific/Pago_Pago)
//
// Each step has a time limit (STEP_LIMIT, about four times its run beside two busy loops): a step still running then
// is stopped and counts as failed, and the next step runs. A Node test file has 5 minutes (--test-timeout), so a test
// or a hook that never settles, or a process it started that will not stop, fails by name instead of holding the run.
// (Not --test-force-exit: it ends the runner before the TAP file, and with it the counts, is written.)
//
// Env: BROWSERS (comma list of chromium,firefox,webkit), TEST_ZONES (comma list), WTR_FILES (glob for step c).
// The last line of output is always `tests: N passed, N failed, N skipped`. Exit 1 if anything failed or no
// test ran, else 0. Every step runs even when an earlier one failed, so one run shows every problem.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

/** Comma list from the environment, or the fallback when unset or empty. */
const list = (value, fallback) => {
  const items = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return items.length ? items : fallback;
};

const BROWSERS = list(process.env.BROWSERS, ['chromium', 'firefox', 'webkit']);
const MAIN_ZONE = 'America/Los_Angeles';
const ZONES = list(process.env.TEST_ZONES, ['Asia/Tokyo', 'Europe/Kyiv', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']);
const MAIN_FILES = process.env.WTR_FILES || 'test/**/*.test.ts';
const DATES_FILES = 'test/dates/**/*.test.ts';

/** Seconds each step may take before it is stopped (see above). */
const STEP_LIMIT = { typecheck: 300, node: 900, browsers: 2400, zone: 300 };

const tmp = mkdtempSync(join(tmpdir(), 'run-all-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const results = []; // { name, passed, failed, skipped, seconds, note }
let current = null; // the running child, to pass signals on

const bin = (name) => {
  const local = join(ROOT, 'node_modules', '.bin', name);
  return existsSync(local) ? [local] : ['npx', '--no-install', name];
};

const hasCommand = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function header(text) {
  console.log(`\n${'='.repeat(78)}\n== ${text}\n${'='.repeat(78)}`);
}

/**
 * Runs a command with output streamed through; resolves to its exit code (signals count as failure). A step that is
 * still running after `limit` seconds is stopped (SIGTERM, SIGKILL 10 s later) and resolves to 124, so a hung test
 * ends as a named failure and every later step still runs, instead of the whole run ending at CI's time limit.
 */
function run(argv, env = {}, limit = Infinity) {
  if (interrupted) return new Promise(() => {});
  const q = (s) => (/^[\w./:=,@+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  console.log(`$ ${Object.entries(env).map(([k, v]) => `${k}=${q(v)} `).join('')}${argv.map(q).join(' ')}`);
  return new Promise((res) => {
    // Own process group, so an interruption can stop the whole tree (xvfb-run leaves Xvfb behind otherwise).
    // No stdin: in a terminal a background group that reads the TTY is stopped (SIGTTIN), and wtr reads it.
    const child = spawn(argv[0], argv.slice(1), {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
      detached: true,
    });
    current = child;
    let overrun = false;
    const watchdog = Number.isFinite(limit)
      ? setTimeout(() => {
          overrun = true;
          console.error(`\nrun-all: still running after ${limit} s: stopped (${argv.join(' ')})`);
          signalChild('SIGTERM');
          setTimeout(() => signalChild('SIGKILL', child), 10_000).unref();
        }, limit * 1000)
      : null;
    child.on('error', (e) => {
      console.error(`run-all: could not start ${argv[0]}: ${e.message}`);
      current = null;
      res(127);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      current = null;
      if (signal && !overrun) console.error(`\nrun-all: ${argv.join(' ')} was ended by ${signal}`);
      if (overrun) signalChild('SIGKILL', child); // what the step left behind in its group (a browser, Xvfb)
      if (!interrupted) res(overrun ? 124 : (code ?? (signal ? 128 : 1))); // once interrupted, the signal handler ends the run
    });
  });
}

/** Sends a signal to the running (or given) child's process group (ignoring a group that is already gone). */
function signalChild(sig, child = current) {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, sig);
  } catch {
    /* already gone */
  }
}

let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    if (interrupted) return;
    interrupted = true;
    const child = current;
    signalChild(sig);
    if (child && child.exitCode === null && child.signalCode === null) {
      // Let web-test-runner close its browsers; after 10 s, stop what is left.
      await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 10000))]);
    }
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* the group is gone: good */
      }
    }
    rmSync(tmp, { recursive: true, force: true });
    console.log(`\nrun-all: interrupted (${sig})`);
    console.log(`tests: ${totals.passed} passed, ${Math.max(1, totals.failed)} failed, ${totals.skipped} skipped`);
    process.exit(1);
  });
}

function record(name, counts, seconds, note = '') {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  results.push({ name, ...counts, seconds, note });
}

function findFiles(dir, re) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && re.test(d.name))
    .map((d) => join(d.parentPath ?? d.path, d.name));
}

const elapsed = (t0) => (Date.now() - t0) / 1000;

// ---------------------------------------------------------------- (a) type check
async function typecheck() {
  header('(a) type check: tsc --noEmit -p .');
  const t0 = Date.now();
  const code = await run([...bin('tsc'), '--noEmit', '-p', '.'], {}, STEP_LIMIT.typecheck);
  const ok = code === 0;
  console.log(ok ? 'type check: ok' : `type check: FAILED (exit ${code})`);
  // A type error counts as 1 failed test; a clean type check adds no test to the count.
  record('(a) tsc --noEmit', { passed: 0, failed: ok ? 0 : 1, skipped: 0 }, elapsed(t0), ok ? 'clean' : code === 124 ? `stopped after ${STEP_LIMIT.typecheck} s` : `exit ${code}`);
}

// ---------------------------------------------------------------- (b) node tests
async function nodeTests() {
  const files = findFiles('test/node', /\.test\.mjs$/);
  if (!files.length) {
    header('(b) Node tests: none (no test/node/**/*.test.mjs), skipped');
    return;
  }
  header(`(b) Node tests: node --test test/node/ (${files.length} file${files.length > 1 ? 's' : ''})`);
  const t0 = Date.now();
  const tap = join(tmp, 'node-tests.tap');
  const code = await run([
    process.execPath,
    '--test',
    '--test-concurrency=1', // the files start browsers and servers of their own: one at a time, as on 2 cores
    '--test-timeout=300000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    'test/node/',
  ], {}, STEP_LIMIT.node);
  // The TAP stream ends with "# pass N", "# fail N", "# cancelled N", "# skipped N", "# todo N": keep the last of each.
  const n = {};
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  for (const m of text.matchAll(/^# (tests|pass|fail|cancelled|skipped|todo) (\d+)\s*$/gm)) n[m[1]] = Number(m[2]);
  const counts = {
    passed: n.pass ?? 0,
    failed: (n.fail ?? 0) + (n.cancelled ?? 0),
    skipped: (n.skipped ?? 0) + (n.todo ?? 0),
  };
  let note = code === 124 ? `stopped after ${STEP_LIMIT.node} s` : '';
  if (n.tests === undefined) {
    counts.failed += 1; // no summary: the counts are unknown, and an unknown never passes
    note ||= 'no summary in the TAP output';
  }
  if (code !== 0 && counts.failed === 0) {
    counts.failed = 1; // crashed, or no summary: never let a failing step look green
    note ||= `exit ${code} without a failed test`;
  }
  record('(b) node --test', counts, elapsed(t0), note);
}

// ---------------------------------------------------------------- (c), (d) browser tests
async function wtr(name, files, zone, limit) {
  const needXvfb = BROWSERS.includes('webkit') && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const summaryFile = join(tmp, `wtr-${results.length}.json`);
  const env = { BROWSERS: BROWSERS.join(','), TZ: zone, WTR_FILES: files, WTR_SUMMARY_FILE: summaryFile };
  let prefix = [];
  if (needXvfb) {
    if (hasCommand('xvfb-run')) prefix = ['xvfb-run', '-a'];
    else console.warn('run-all: webkit needs a display, and xvfb-run is missing (apt-get install xvfb xauth)');
  }
  const t0 = Date.now();
  const code = await run([...prefix, ...bin('web-test-runner')], env, limit);
  let counts;
  let note = '';
  try {
    const s = JSON.parse(readFileSync(summaryFile, 'utf8'));
    counts = { passed: s.passed | 0, failed: s.failed | 0, skipped: s.skipped | 0 };
  } catch {
    counts = { passed: 0, failed: 1, skipped: 0 };
    note = `no summary from web-test-runner (exit ${code})`;
  }
  if (code === 124) note = `stopped after ${limit} s`;
  if (code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    note ||= `exit ${code} without a failed test`;
  }
  // The summary file starts as "1 failed" and is rewritten at the run's end: nothing passed means it never ended.
  if (code !== 0 && !note && counts.passed === 0) note = `exit ${code}: web-test-runner ended before its summary`;
  record(name, counts, elapsed(t0), note);
}

async function browserSuite() {
  header(`(c) browser suite: ${MAIN_FILES} in ${BROWSERS.join(', ')}, TZ=${MAIN_ZONE}`);
  await wtr(`(c) ${BROWSERS.join(',')} TZ=${MAIN_ZONE}`, MAIN_FILES, MAIN_ZONE, STEP_LIMIT.browsers);
}

async function dateZones() {
  if (!findFiles('test/dates', /\.test\.ts$/).length) {
    header(`(d) date tests in other zones: none (no ${DATES_FILES}), skipped`);
    return;
  }
  for (const zone of ZONES) {
    header(`(d) dates and ordering: ${DATES_FILES} in ${BROWSERS.join(', ')}, TZ=${zone}`);
    await wtr(`(d) ${BROWSERS.join(',')} TZ=${zone}`, DATES_FILES, zone, STEP_LIMIT.zone);
  }
}

// ---------------------------------------------------------------- main
const start = Date.now();
try {
  await typecheck();
  await nodeTests();
  await browserSuite();
  await dateZones();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

header(`summary (${elapsed(start).toFixed(1)} s)`);
const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) {
  const mark = r.failed ? 'FAIL' : 'ok  ';
  console.log(
    `${mark} ${r.name.padEnd(width)}  ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ` +
      `${String(r.skipped).padStart(3)} skipped  ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`,
  );
}
const ran = totals.passed + totals.failed;
if (ran === 0) console.log('run-all: no test ran: that counts as a failure');
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 || ran === 0 ? 1 : 0;
