/**
 * The self-contained bundle's stand-in for d3-color. d3-scale's continuous scales interpolate their range with
 * d3-interpolate's generic `interpolate`, which asks d3-color whether a string is a colour; the element's ranges
 * are pixels, so no colour is ever parsed or blended. Aliased in build.config.mjs for the bundle alone: d3-color's
 * parser and named colours are about 2.5 KiB gzipped. The npm build imports the real module.
 */

/** No value is a colour here: d3-interpolate then interpolates it as a number or a string. */
export function color(): null {
  return null;
}

/** Only called to blend two colours, which nothing in the bundle does. */
export function rgb(): never {
  throw new Error('conflict-timeline: d3-color is not in this bundle (the element interpolates pixels, never colours).');
}

// d3-interpolate's other colour spaces import these too (the bundle leaves them out: nothing uses them).
export { rgb as hsl, rgb as lab, rgb as hcl, rgb as cubehelix };
