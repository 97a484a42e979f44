/**
 * The self-contained bundle's stand-in for d3-transition. d3-zoom imports it to stop a running zoom transition when a
 * gesture starts (`interrupt`) and, through its side effect, gives every selection an `interrupt()` method that
 * `zoom.transform` calls. The element never starts a d3 transition (its animations are its own, written through
 * `zoom.transform`), so there is nothing to stop: the stand-in keeps those two calls and leaves out d3-transition,
 * d3-timer, d3-ease, d3-color and most of d3-interpolate (about 8 KiB gzipped). Aliased in build.config.mjs for the
 * bundle alone; the npm build imports the real module.
 */
import { selection } from 'd3-selection';

/** Nothing to interrupt: no d3 transition ever runs on the element's nodes. */
export function interrupt(): void {}

const proto = selection.prototype as unknown as { interrupt?: () => unknown };
proto.interrupt ??= function (this: unknown) {
  return this;
};
