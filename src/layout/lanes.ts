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

/** The first lane (existing or new, below `maxLanes`) whose last item ends at least `gap` before `item`. */
export function findLane(laneEnds: number[], item: Extent, gap: number, maxLanes: number): number {
  for (let lane = 0; lane < laneEnds.length; lane++) {
    if (laneEnds[lane] + gap <= item.left) return lane;
  }
  return laneEnds.length < maxLanes ? laneEnds.length : -1;
}
