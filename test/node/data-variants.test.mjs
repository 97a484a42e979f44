import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('data/ukraine-2022.csv and .timelinejs.json are generated from data/ukraine-2022.json and up to date', () => {
  const script = fileURLToPath(new URL('../tools/data-variants.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
