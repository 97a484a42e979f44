/**
 * The self-contained bundle's stand-in for d3-time-format. The element words every date with `Intl`, and d3-scale's
 * time scales only need a format factory to exist (they make their default tick formats when built and use them
 * only in `tickFormat()`, which nothing here calls). Aliased in build.config.mjs for the bundle alone: about
 * 3 KiB gzipped. The npm build imports the real module.
 */
const notInBundle = (): ((date: Date) => string) => () => {
  throw new Error('conflict-timeline: d3-time-format is not in this bundle (dates are formatted with Intl).');
};

export const utcFormat = notInBundle;
export const timeFormat = notInBundle;
