/** A horizontal extent to place in a lane, in px. */
export interface Extent {
  left: number;
  right: number;
}

export interface LaneAssignment {
  /** Lane index of each item, or -1 when no lane had room. */
  laneOf: Int32Array;
  laneCount: number;
}

/**
 * Greedy first-fit lane assignment (interval-graph colouring). Items must come sorted by `left`; then the
 * number of lanes used is minimal. `maxLanes` caps the lanes; an item that fits nowhere gets -1.
 */
export function assignLanes(items: readonly Extent[], { gap = 0, maxLanes = Infinity } = {}): LaneAssignment {
  const laneEnds: number[] = [];
  const laneOf = new Int32Array(items.length).fill(-1);
  items.forEach((item, i) => {
    const lane = findLane(laneEnds, item, gap, maxLanes);
    if (lane >= 0) {
      laneEnds[lane] = item.right;
      laneOf[i] = lane;
    }
  });
  return { laneOf, laneCount: laneEnds.length };
}

/**
 * The first lane (existing or new, below `maxLanes`) whose last item ends at least `gap` before `item`, leaving
 * out the lanes `skip` rules out. `laneEnds` may have holes (lanes not used yet).
 */
export function findLane(laneEnds: readonly number[], item: Extent, gap: number, maxLanes: number, skip?: (lane: number) => boolean): number {
  for (let lane = 0; lane < maxLanes; lane++) {
    if ((laneEnds[lane] ?? -Infinity) + gap <= item.left && !skip?.(lane)) return lane;
    // Past the used lanes every lane is empty: without `skip`, the first of them was the answer.
    if (lane >= laneEnds.length && !skip) break;
  }
  return -1;
}
