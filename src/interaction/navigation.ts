import type { KeyIntent } from './keymap.js';

/** A move of focus through the events in time order, as the key map gives it. */
export type MoveIntent = Extract<KeyIntent, { type: 'move' }>;

/** A cluster's events: positions `[first, first + count)` in time order. */
export interface ClusterSpan {
  first: number;
  count: number;
}

/**
 * Where the key was pressed: on an event (its position in time order; undefined when the index does not hold it,
 * read as 0), or on a cluster (undefined when the geometry no longer has it).
 */
export type NavigationOrigin = { kind: 'event'; position: number | undefined } | { kind: 'cluster'; cluster: ClusterSpan | undefined };

export interface NavigationState {
  origin: NavigationOrigin;
  /** Position of the event that last had focus, if any. */
  focused: number | undefined;
  /** How many events there are in time order. */
  count: number;
}

/**
 * The position focus moves to, clamped to the events; null when there are none. On a cluster that holds the
 * focused event, moves step on from that event; on another cluster, from its edge (its first event is next).
 */
export function nextIndex(intent: MoveIntent, { origin, focused, count }: NavigationState): number | null {
  if (count <= 0) return null;
  const cluster = origin.kind === 'cluster' ? origin.cluster : undefined;
  const inCluster = !!cluster && focused !== undefined && focused >= cluster.first && focused < cluster.first + cluster.count;
  const current = origin.kind === 'event' ? origin.position ?? 0 : inCluster ? focused! : cluster?.first ?? 0;
  const forward = origin.kind === 'event' || inCluster ? current + 1 : current;
  const next = intent.to === 'next' ? forward : intent.to === 'previous' ? current - 1 : intent.to === 'first' ? 0 : count - 1;
  return Math.max(0, Math.min(count - 1, next));
}

/**
 * `next()`/`previous()`: the position `delta` steps from the current event (the selected one, else the focused
 * one), clamped to the list; from no current event, the first (forward) or the last (back). Null for no events.
 */
export function stepIndex(list: readonly { id: string }[], currentId: string | null | undefined, delta: number): number | null {
  if (!list.length) return null;
  const current = list.findIndex((e) => e.id === currentId);
  return current < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, current + delta));
}
