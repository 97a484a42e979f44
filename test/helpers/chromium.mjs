// For the Node-side scripts that drive a browser (the test runner's config, the Node tests, the screenshot and
// the bench): where the system Chromium is, the flags it runs with here, and a free port.
import { createServer } from 'node:net';

/** The system Chromium (Debian's `chromium`), or CHROME_PATH. No script downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for a root, GPU-less, offline machine: no sandbox, no GPU, no QUIC, and no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `window.gc()` and exact (not bucketed) `performance.memory`, for heap measurements. */
export const CHROMIUM_HEAP_ARGS = ['--js-flags=--expose-gc', '--enable-precise-memory-info'];

/** A TCP port on 127.0.0.1 that is free right now (so parallel runs never fight over a fixed port). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}
