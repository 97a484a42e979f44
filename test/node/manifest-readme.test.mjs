// README.md's API reference against the custom elements manifest, which is generated from the class JSDoc.
//
//   node --test test/node/manifest-readme.test.mjs
//
// The manifest compared is the one the current source gives: made in memory with the analyzer and the options
// build.config.mjs passes to `cem analyze` (nothing is written; the CLI would rewrite package.json). When the
// build's custom-elements.json is there and up to date, a second test checks that it says the same.
//
// On a failure, fix README.md (the tables under "## Use it") or, if the manifest is what is wrong, the JSDoc of
// ConflictTimeline in src/conflict-timeline.ts (@fires, @csspart, @cssprop, @slot, and each member's comment).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE = 'src/conflict-timeline.ts';
const TAG = 'conflict-timeline';
const read = (path) => readFileSync(join(REPO, path), 'utf8');

// ------------------------------------------------------------------------------------------------ the manifest

/** `cem analyze --litelement --globs src/conflict-timeline.ts`, in memory. */
function generateManifest() {
  const module = ts.createSourceFile(SOURCE, read(SOURCE), ts.ScriptTarget.ES2015, true);
  return create({ modules: [module], plugins: [...litPlugin()], context: { dev: false, thirdPartyCEMs: [] } });
}

function declarationOf(manifest) {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName === TAG);
  assert.equal(found.length, 1, `the manifest should declare <${TAG}> once (found ${found.length})`);
  return found[0];
}

const isPublic = (m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#');
const normalizeDefault = (value) => (value ?? '').replace(/`/g, '').replace(/(\d)_(?=\d)/g, '$1').trim();

/** The public API the manifest describes, as plain lists. */
function apiOf(declaration) {
  const members = declaration.members ?? [];
  return {
    attributes: (declaration.attributes ?? []).map((a) => ({ name: a.name, property: a.fieldName ?? null })),
    properties: members
      .filter((m) => m.kind === 'field' && isPublic(m))
      .map((m) => ({ name: m.name, readonly: !!m.readonly, default: m.default === undefined ? null : normalizeDefault(m.default) })),
    methods: members
      .filter((m) => m.kind === 'method' && isPublic(m))
      .map((m) => ({ name: m.name, parameters: (m.parameters ?? []).map((p) => p.name) })),
    events: (declaration.events ?? []).map((e) => e.name),
    parts: (declaration.cssParts ?? []).map((p) => p.name),
    customProperties: (declaration.cssProperties ?? []).map((p) => ({ name: p.name, default: p.default ?? null })),
    slots: (declaration.slots ?? []).map((s) => s.name),
  };
}

// ------------------------------------------------------------------------------------------------ README.md

/** The lines of the `###` section with that title (up to the next heading of level 1 to 3). */
function section(readme, title) {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.trim() === `### ${title}`);
  assert.notEqual(start, -1, `README.md has no "### ${title}" section`);
  const end = lines.findIndex((l, i) => i > start && /^#{1,3} /.test(l));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** Splits a Markdown table row on the `|`s that are not inside backticks or escaped. */
function cells(row) {
  const out = [];
  let cell = '';
  let code = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '`') code = !code;
    if (c === '|' && !code && row[i - 1] !== '\\') {
      out.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  out.push(cell.trim());
  return out.slice(1, -1); // a row starts and ends with |
}

/** The body rows of the first table in a section, as arrays of cells. */
function tableRows(lines, title) {
  const rows = lines.filter((l) => l.trim().startsWith('|')).map(cells);
  assert.ok(rows.length >= 2, `README.md's "${title}" section has no table`);
  return rows.slice(2); // header and |---| line
}

/** `` `name` `` → name; anything else → null. */
const code = (cell) => cell.match(/^`([^`]+)`/)?.[1] ?? null;

function readmeApi(readme) {
  const api = { attributes: [], properties: [], methods: [], events: [], parts: [], customProperties: [] };

  for (const [attribute, property, defaultValue] of tableRows(section(readme, 'Attributes and properties'), 'Attributes and properties')) {
    const name = code(property);
    assert.ok(name, `README.md, Attributes and properties: no property in the row "${attribute} | ${property}"`);
    if (code(attribute)) api.attributes.push({ name: code(attribute), property: name });
    api.properties.push({ name, readonly: /read-only/.test(property), default: defaultValue ? normalizeDefault(defaultValue) : null });
  }

  for (const [method] of tableRows(section(readme, 'Methods'), 'Methods')) {
    const signature = code(method)?.match(/^([\w$]+)\(([^)]*)\)$/);
    assert.ok(signature, `README.md, Methods: "${method}" is not written as \`name(parameters)\``);
    api.methods.push({ name: signature[1], parameters: signature[2].split(',').map((p) => p.trim().replace(/[?=].*$/, '')).filter(Boolean) });
  }

  for (const [event] of tableRows(section(readme, 'Events'), 'Events')) {
    assert.ok(code(event), `README.md, Events: "${event}" is not a \`name\``);
    api.events.push(code(event));
  }

  const styling = section(readme, 'Styling');
  for (const [name, defaultValue] of tableRows(styling, 'Styling')) {
    assert.ok(code(name)?.startsWith('--'), `README.md, Styling: "${name}" is not a \`--custom-property\``);
    api.customProperties.push({ name: code(name), default: defaultValue ?? '' });
  }

  // "The main pieces can also be styled as parts with `::part()`: `base`, `header`, …" (one paragraph).
  const text = styling.join('\n');
  const at = text.indexOf('`::part()`');
  assert.notEqual(at, -1, 'README.md, Styling: no sentence listing the parts (with `::part()`)');
  const paragraph = text.slice(at + '`::part()`'.length).split(/\n\s*\n/)[0];
  api.parts = [...paragraph.matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]);
  return api;
}

// ------------------------------------------------------------------------------------------------ comparison

/** Problems, one per line, for names present in one list and not the other. */
function diffNames([kind, place], manifestNames, readmeNames) {
  const problems = [];
  const inReadme = new Set(readmeNames);
  const inManifest = new Set(manifestNames);
  for (const name of manifestNames) if (!inReadme.has(name)) problems.push(`${kind} \`${name}\` is in the manifest but not in README.md (${place})`);
  for (const name of readmeNames) if (!inManifest.has(name)) problems.push(`${kind} \`${name}\` is in README.md (${place}) but not in the manifest`);
  const seen = new Set();
  for (const name of readmeNames) {
    if (seen.has(name)) problems.push(`${kind} \`${name}\` is listed twice in README.md (${place})`);
    seen.add(name);
  }
  return problems;
}

function compare(manifestApi, docs) {
  const problems = [];
  const where = {
    attribute: ['attribute', 'Attributes and properties table'],
    property: ['property', 'Attributes and properties table'],
    method: ['method', 'Methods table'],
    event: ['event', 'Events table'],
    customProperty: ['custom property', 'Styling table'],
    part: ['CSS part', 'Styling, the `::part()` list'],
  };

  problems.push(...diffNames(where.attribute, manifestApi.attributes.map((a) => a.name), docs.attributes.map((a) => a.name)));
  for (const a of manifestApi.attributes) {
    const row = docs.attributes.find((d) => d.name === a.name);
    if (row && a.property && row.property !== a.property) problems.push(`attribute \`${a.name}\` is property \`${a.property}\` in the manifest, \`${row.property}\` in README.md`);
  }

  problems.push(...diffNames(where.property, manifestApi.properties.map((p) => p.name), docs.properties.map((p) => p.name)));
  for (const p of manifestApi.properties) {
    const row = docs.properties.find((d) => d.name === p.name);
    if (!row) continue;
    if (row.readonly !== p.readonly) problems.push(`property \`${p.name}\` is ${p.readonly ? '' : 'not '}read-only in the manifest, but README.md says it is${row.readonly ? '' : ' not'}`);
    const readmeDefault = row.default === 'undefined' ? null : row.default;
    if (readmeDefault !== null && p.default !== null && readmeDefault !== p.default) {
      problems.push(`property \`${p.name}\` defaults to \`${p.default}\` in the manifest, \`${row.default}\` in README.md`);
    }
    if (p.default !== null && readmeDefault === null) problems.push(`property \`${p.name}\`: README.md gives no default (the manifest: \`${p.default}\`)`);
  }

  problems.push(...diffNames(where.method, manifestApi.methods.map((m) => m.name), docs.methods.map((m) => m.name)));
  for (const m of manifestApi.methods) {
    const row = docs.methods.find((d) => d.name === m.name);
    if (row && row.parameters.join(', ') !== m.parameters.join(', ')) {
      problems.push(`method \`${m.name}\` takes (${m.parameters.join(', ')}) in the manifest, (${row.parameters.join(', ')}) in README.md`);
    }
  }

  problems.push(...diffNames(where.event, manifestApi.events, docs.events));

  problems.push(...diffNames(where.customProperty, manifestApi.customProperties.map((p) => p.name), docs.customProperties.map((p) => p.name)));
  for (const p of manifestApi.customProperties) {
    const row = docs.customProperties.find((d) => d.name === p.name);
    if (row && p.default && !normalizeDefault(row.default).startsWith(normalizeDefault(p.default))) {
      problems.push(`custom property \`${p.name}\` defaults to \`${p.default}\` in the manifest, "${row.default}" in README.md`);
    }
  }

  problems.push(...diffNames(where.part, manifestApi.parts, docs.parts));
  return problems;
}

// ------------------------------------------------------------------------------------------------ tests

const manifest = generateManifest();
const api = apiOf(declarationOf(manifest));

test('the manifest from the class JSDoc has every kind of API entry', () => {
  for (const kind of ['attributes', 'properties', 'methods', 'events', 'parts', 'customProperties', 'slots']) {
    assert.ok(api[kind].length > 0, `the manifest lists no ${kind}: is the JSDoc of ConflictTimeline intact?`);
  }
  assert.deepEqual(
    [...api.events].sort(),
    ['conflict-timeline-error', 'conflict-timeline-load', 'conflict-timeline-range-change', 'conflict-timeline-select'],
    'the events in the manifest (@fires)',
  );
  // Members marked @internal (used by the gesture controller) stay out of it.
  for (const internal of ['panBy', 'zoomBy', 'gestureEnd', 'wheelHint']) {
    assert.ok(!api.methods.some((m) => m.name === internal), `@internal method ${internal} is in the manifest`);
  }
});

test("README.md's API reference agrees with the manifest", () => {
  const problems = compare(api, readmeApi(read('README.md')));
  if (problems.length) assert.fail(`README.md and the manifest disagree:\n  - ${problems.join('\n  - ')}\n`);
});

test('the comparison notices a disagreement (a README with a row less, a part more)', () => {
  const readme = read('README.md');
  const before = new Set(compare(api, readmeApi(readme)));
  const added = (text) => compare(api, readmeApi(text)).filter((p) => !before.has(p));
  const withoutSelect = readme.replace(/^\| `select\(id\)` \|.*\n/m, '');
  assert.ok(withoutSelect !== readme, 'README.md has no `select(id)` row to remove');
  assert.deepEqual(added(withoutSelect), ['method `select` is in the manifest but not in README.md (Methods table)']);
  const extraPart = readme.replace('`::part()`: `base`', '`::part()`: `base`, `gauge`');
  assert.ok(extraPart !== readme, 'README.md has no "`::part()`: `base`" to add to');
  assert.deepEqual(added(extraPart), ['CSS part `gauge` is in README.md (Styling, the `::part()` list) but not in the manifest']);
});

test('package.json points tools to custom-elements.json, ships it, and the build generates it', () => {
  const pkg = JSON.parse(read('package.json'));
  assert.equal(pkg.customElements, 'custom-elements.json', 'package.json "customElements"');
  assert.ok(pkg.files.includes('custom-elements.json'), 'package.json "files" should include custom-elements.json');
  assert.match(read('build.config.mjs'), /'cem'\)?, \['analyze', '--litelement', '--globs', 'src\/conflict-timeline\.ts'/,
    'build.config.mjs should run `cem analyze --litelement --globs src/conflict-timeline.ts` (the options this test mirrors)');
});

test("the build's custom-elements.json says what the JSDoc says", (t) => {
  const file = join(REPO, 'custom-elements.json');
  if (!existsSync(file)) return t.skip('custom-elements.json is not built yet (npm run build writes it)');
  if (statSync(file).mtimeMs < statSync(join(REPO, SOURCE)).mtimeMs) {
    return t.skip(`custom-elements.json is older than ${SOURCE}: run npm run build to refresh it`);
  }
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return t.skip('custom-elements.json could not be read whole: a build is writing it (npm pack in consumer.test.mjs?)');
  }
  const built = apiOf(declarationOf(json));
  assert.deepEqual(built, api, 'custom-elements.json differs from the manifest generated from the source');
});
