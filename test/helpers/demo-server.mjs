// For the Node tests that open the demo as a reader would: starts `node build.config.mjs --serve` on a free port and
// a Chromium (playwright-core) before the file's tests, and stops both after them.
import { after, before } from 'node:test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH, freePort } from './chromium.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HAVE_CHROMIUM = existsSync(CHROMIUM_PATH);

/** Starts the demo server on `port`; resolves with the child once it prints its "demo:" line. */
function startDemo(port) {
  const child = spawn(process.execPath, ['build.config.mjs', '--serve'], { cwd: REPO, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolveChild, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the demo server did not start within 60 s:\n${output}`));
    }, 60_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (/^demo: /m.test(output)) {
        clearTimeout(timer);
        resolveChild(child);
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo server exited (code ${code}) before it was ready:\n${output}`));
    });
  });
}

/**
 * Registers before/after hooks for the demo server and a browser; read `demo.browser` and `demo.baseURL` inside
 * tests. Nothing starts when Chromium is missing (the tests skip themselves then).
 */
export function useDemo() {
  const demo = { browser: null, baseURL: '' };
  let server = null;
  before(async () => {
    if (!HAVE_CHROMIUM) return;
    const port = await freePort();
    server = await startDemo(port);
    demo.baseURL = `http://127.0.0.1:${port}/`;
    const { chromium } = await import('playwright-core');
    demo.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });
  after(async () => {
    // Bounded: a browser or server that does not stop within 10 s is killed, so the file's process can end.
    const within = (promise) => Promise.race([promise, new Promise((r) => setTimeout(r, 10_000).unref())]);
    await within(demo.browser?.close());
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill();
      await within(exited);
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    }
  });
  return demo;
}
