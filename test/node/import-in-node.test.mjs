// Importing the package in plain Node (issue 15, item 6): server-rendering frameworks (Next.js, Astro, Eleventy)
// import `conflict-timeline` and `conflict-timeline/bundle` while they render on the server, where there is no DOM.
// Neither may throw, neither may define the element (there is no customElements) or add DOM globals, and the data
// helpers work there.
//
//   node --test test/node/import-in-node.test.mjs        (about 10 s: builds dist/ in a temporary copy)
//
// The build runs in a copy of src/, data/, build.config.mjs and package.json (as bundle-chunks.test.mjs does, so it
// never races another test's build of the repo's dist/); a consumer folder gets the copy as
// node_modules/conflict-timeline, so the imports go through the package's `exports` as a user's would. Each import
// runs in a fresh Node process: nothing another import defined can help it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORK = mkdtempSync(join(tmpdir(), 'conflict-timeline-node-import-'));
const PACKAGE = join(WORK, 'package');
const CONSUMER = join(WORK, 'consumer');

before(async () => {
  for (const path of ['src', 'data', 'build.config.mjs', 'package.json']) cpSync(join(REPO, path), join(PACKAGE, path), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(PACKAGE, 'node_modules'), 'dir');
  await run(process.execPath, ['build.config.mjs'], { cwd: PACKAGE, maxBuffer: 16 * 1024 * 1024 }).catch((error) => {
    // Over the size budget the build says so and exits 1, but dist/ is written: that is another test's concern.
    if (!/over its budget/.test(error.stderr)) throw error;
  });
  mkdirSync(join(CONSUMER, 'node_modules'), { recursive: true });
  symlinkSync(PACKAGE, join(CONSUMER, 'node_modules', 'conflict-timeline'), 'dir');
});
after(() => rmSync(WORK, { recursive: true, force: true }));

/** Imports `specifier` in a fresh Node process in the consumer folder and reports what it saw, as JSON. */
async function importInNode(specifier) {
  const script = `
    const before = { HTMLElement: typeof HTMLElement, document: typeof document, customElements: typeof customElements, window: typeof window };
    const m = await import(${JSON.stringify(specifier)});
    const after = { HTMLElement: typeof HTMLElement, document: typeof document, customElements: typeof customElements, window: typeof window };
    const parsed = m.parseTimeline({ events: [{ id: 'a', date: '2022-02-24', title: '<b>Invasion</b>' }, { id: 'b', date: '2022-02-28', title: 'Talks' }] });
    console.log(JSON.stringify({
      exports: Object.keys(m).sort(),
      element: typeof m.ConflictTimeline,
      defined: typeof customElements !== 'undefined' && !!customElements.get('conflict-timeline'),
      before, after,
      titles: parsed.timeline.events.map((e) => e.event.title),
    }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: CONSUMER });
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

for (const specifier of ['conflict-timeline/bundle', 'conflict-timeline/dist/conflict-timeline.bundle.js']) {
  test(`import('${specifier}') in Node: no error, no element defined, no DOM globals added, the data helpers work`, async () => {
    const seen = await importInNode(specifier);
    assert.deepEqual(seen.exports, ['ConflictTimeline', 'formatDateRange', 'parseDate', 'parseTimeline']);
    assert.equal(seen.element, 'function');
    assert.equal(seen.defined, false);
    assert.deepEqual(seen.after, seen.before);
    assert.deepEqual(seen.before, { HTMLElement: 'undefined', document: 'undefined', customElements: 'undefined', window: 'undefined' });
    assert.deepEqual(seen.titles, ['<b>Invasion</b>', 'Talks']);
  });
}

test(`import('conflict-timeline') in Node: no error, the element class and the data helpers`, async () => {
  const seen = await importInNode('conflict-timeline');
  assert.equal(seen.element, 'function');
  for (const name of ['parseTimeline', 'parseDate', 'assignCategoryStyles', 'ConflictTimeline']) assert.ok(seen.exports.includes(name), name);
  assert.deepEqual(seen.titles, ['<b>Invasion</b>', 'Talks']);
});
