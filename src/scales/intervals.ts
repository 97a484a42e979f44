/**
 * UTC calendar intervals for axis ticks: minute, hour, day, week (from Sunday), month, year, with `floor`,
 * `offset`, `range` and `every` as in d3-time. Written here because d3-time's bundle runs tick generators at
 * load that pull in d3-array (about 2.5 KB gzipped) which the element never uses; UTC has no daylight saving,
 * so the arithmetic stays simple.
 */
export interface TimeInterval {
  floor(date: Date): Date;
  offset(date: Date, step: number): Date;
  /** Every boundary in `[start, stop)`. */
  range(start: Date, stop: Date): Date[];
  /** Every `n`th boundary, counted within the larger unit (every 2 days: the 1st, 3rd, 5th… of the month). */
  every(n: number): TimeInterval;
}

function interval(
  floor: (d: Date) => void,
  offset: (d: Date, step: number) => void,
  field: (d: Date) => number,
  keep: (d: Date) => boolean = () => true,
): TimeInterval {
  const self: TimeInterval = {
    floor(date) {
      const d = new Date(+date);
      floor(d);
      while (!keep(d)) {
        offset(d, -1);
        floor(d);
      }
      return d;
    },
    offset(date, step) {
      const d = new Date(+date);
      offset(d, Math.floor(step));
      return d;
    },
    range(start, stop) {
      const out: Date[] = [];
      const d = self.floor(start);
      if (d < start) offset(d, 1);
      while (d < stop && out.length < 100_000) {
        if (keep(d)) out.push(new Date(+d));
        offset(d, 1);
        floor(d);
      }
      return out;
    },
    every(n) {
      return n <= 1 ? self : interval(floor, offset, field, (d) => keep(d) && field(d) % n === 0);
    },
  };
  return self;
}

export const utcMinute = interval(
  (d) => d.setTime(Math.floor(+d / 60_000) * 60_000),
  (d, step) => d.setTime(+d + step * 60_000),
  (d) => d.getUTCMinutes(),
);
export const utcHour = interval(
  (d) => d.setTime(Math.floor(+d / 3_600_000) * 3_600_000),
  (d, step) => d.setTime(+d + step * 3_600_000),
  (d) => d.getUTCHours(),
);
export const utcDay = interval(
  (d) => d.setUTCHours(0, 0, 0, 0),
  (d, step) => d.setUTCDate(d.getUTCDate() + step),
  (d) => d.getUTCDate() - 1,
);
export const utcWeek = interval(
  (d) => {
    d.setUTCDate(d.getUTCDate() - d.getUTCDay());
    d.setUTCHours(0, 0, 0, 0);
  },
  (d, step) => d.setUTCDate(d.getUTCDate() + step * 7),
  (d) => Math.floor(+d / 604_800_000),
);
export const utcMonth = interval(
  (d) => {
    d.setUTCDate(1);
    d.setUTCHours(0, 0, 0, 0);
  },
  (d, step) => d.setUTCMonth(d.getUTCMonth() + step),
  (d) => d.getUTCMonth(),
);
export const utcYear = interval(
  (d) => {
    d.setUTCMonth(0, 1);
    d.setUTCHours(0, 0, 0, 0);
  },
  (d, step) => d.setUTCFullYear(d.getUTCFullYear() + step),
  (d) => d.getUTCFullYear(),
);
