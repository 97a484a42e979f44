// The package as npm would publish it: packed from a copy of the repository (so it never races another test's
// build over the repo's dist/), then checked with publint and @arethetypeswrong/cli, opened, and imported.
//
//   node --test test/node/package.test.mjs        (about half a minute; no browser, no network)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const run = promisify(execFile);
const bin = (name) => join(REPO, 'node_modules/.bin', name);

/** Runs a command; on failure, the error says what it printed. */
async function sh(command, args, options) {
  try {
    return await run(command, args, { maxBuffer: 64 * 1024 * 1024, ...options });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${error.code}):\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  }
}

const WORK = mkdtempSync(join(tmpdir(), 'conflict-timeline-package-'));
const COPY = join(WORK, 'repo');
const PROJECT = join(WORK, 'project');
const INSTALLED = join(PROJECT, 'node_modules', 'conflict-timeline');
let tarball;
let report;

before(async () => {
  mkdirSync(COPY);
  for (const path of ['src', 'data', 'build.config.mjs', 'package.json', 'README.md', 'LICENSE']) cpSync(join(REPO, path), join(COPY, path), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(COPY, 'node_modules'), 'dir');
  // `--json` with the build running in prepack: stdout must be npm's JSON and nothing else.
  const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', WORK, '--loglevel', 'error'], { cwd: COPY });
  [report] = JSON.parse(stdout);
  tarball = join(WORK, report.filename);
  // The tarball opened where a user's project would have it, with the dependencies beside it.
  mkdirSync(INSTALLED, { recursive: true });
  await sh('tar', ['-xzf', tarball, '-C', INSTALLED, '--strip-components=1']);
  for (const dependency of Object.keys(pkg.dependencies)) {
    mkdirSync(dirname(join(PROJECT, 'node_modules', dependency)), { recursive: true });
    symlinkSync(join(REPO, 'node_modules', dependency), join(PROJECT, 'node_modules', dependency), 'dir');
  }
});

after(() => {
  if (!process.env.KEEP_PACKAGE) rmSync(WORK, { recursive: true, force: true });
});

/** Bundles `source` as the user's project would (minified, production), and returns its size and inputs. */
async function bundle(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: PROJECT, loader: 'js' }, absWorkingDir: PROJECT, bundle: true, format: 'esm',
    minify: true, write: false, metafile: true, conditions: ['production'], logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  // The modules that put code in the output (the metafile's inputs also list what tree shaking dropped).
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs, text: Buffer.from(code).toString('utf8') };
}

describe('the packed package', { timeout: 300_000 }, () => {
  test('npm pack --json prints JSON while prepack builds', () => {
    assert.equal(report.name, 'conflict-timeline');
    console.error(`packed ${(report.size / 1024).toFixed(1)} KiB, unpacked ${(report.unpackedSize / 1024).toFixed(1)} KiB, ${report.entryCount} files`);
  });

  test('ships no source maps (the sources they carried were most of the tarball) and links none', () => {
    const maps = report.files.filter((f) => f.path.endsWith('.map'));
    assert.deepEqual(maps.map((f) => f.path), []);
    const linking = report.files.filter((f) => f.path.endsWith('.js') && readFileSync(join(INSTALLED, f.path), 'utf8').includes('sourceMappingURL'));
    assert.deepEqual(linking.map((f) => f.path), []);
  });

  test('publint finds nothing to report', async () => {
    const { stdout } = await sh(bin('publint'), ['run', tarball, '--strict']);
    assert.match(stdout, /All good!/, stdout);
  });

  test('@arethetypeswrong/cli: every entry has types under node16 (ESM) and bundler resolution', async () => {
    // The package is ESM only: CommonJS and node10 resolution are out of scope (the esm-only profile).
    const { stdout } = await sh(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'json']);
    const { analysis } = JSON.parse(stdout);
    const entries = Object.keys(analysis.entrypoints);
    for (const entry of ['.', './conflict-timeline.js', './model', './bundle', './dist/conflict-timeline.bundle.js']) assert.ok(entries.includes(entry), `attw did not check ${entry}: ${entries}`);
    const problems = Object.values(analysis.problems ?? {}).flat().filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind));
    assert.deepEqual(problems, []);
  });

  test("README's import paths resolve through exports in Node", async () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const paths = new Set([...readme.matchAll(/\bconflict-timeline\/((?:dist|model|bundle|data|conflict-timeline\.js)[\w./-]*)/g)].map((m) => `conflict-timeline/${m[1].replace(/[.]$/, '')}`));
    for (const path of ['conflict-timeline/dist/conflict-timeline.bundle.js', 'conflict-timeline/model', 'conflict-timeline/bundle']) paths.add(path);
    for (const path of paths) {
      const { stdout } = await sh(process.execPath, ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(path)}))`], { cwd: PROJECT });
      assert.ok(existsSync(fileURLToPath(stdout.trim())), `${path} resolves to ${stdout.trim()}, which is not in the package`);
    }
  });

  test("conflict-timeline/model reads data in Node with no DOM and defines no element", async () => {
    const script = `import { parseTimeline, csvToEvents } from 'conflict-timeline/model';
      const { timeline, issues } = parseTimeline({ events: csvToEvents('date,title\\n2022-02-24,First\\n2022-03-01,Second\\n') });
      console.log(JSON.stringify({ titles: timeline.events.map((e) => e.event.title), issues: issues.length, dom: typeof HTMLElement }));`;
    const { stdout } = await sh(process.execPath, ['--input-type=module', '-e', script], { cwd: PROJECT });
    assert.deepEqual(JSON.parse(stdout), { titles: ['First', 'Second'], issues: 0, dom: 'undefined' });
  });

  test("import { parseTimeline } from 'conflict-timeline/model' bundles small, without Lit or the element", async () => {
    const model = await bundle("import { parseTimeline } from 'conflict-timeline/model'; console.log(parseTimeline);");
    const root = await bundle("import { parseTimeline } from 'conflict-timeline'; console.log(parseTimeline);");
    console.error(`parseTimeline from conflict-timeline/model: ${(model.bytes / 1024).toFixed(1)} KiB minified, ${(model.gzip / 1024).toFixed(1)} KiB gzipped; `
      + `from conflict-timeline: ${(root.bytes / 1024).toFixed(1)} KiB, ${(root.gzip / 1024).toFixed(1)} KiB gzipped`);
    assert.deepEqual(model.inputs.filter((i) => /node_modules\/(lit|@lit|lit-html|lit-element)\/|conflict-timeline\.js$|define\.js$/.test(i)), []);
    assert.ok(root.inputs.some((i) => /conflict-timeline\/dist\/conflict-timeline\.js$/.test(i)), `root inputs: ${root.inputs}`);
    assert.ok(!model.text.includes('customElements'), 'the model entry defines an element');
    assert.ok(root.text.includes('customElements'), 'the comparison bundle should define the element');
    assert.ok(model.gzip < 12 * 1024, `${model.gzip} bytes gzipped`);
    assert.ok(model.gzip * 5 < root.gzip, `model ${model.gzip} vs root ${root.gzip} bytes gzipped`);
  });
});
