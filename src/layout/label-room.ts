import { measureText } from '../render/text-measure.js';
import { fitWithLabelRoom } from '../scales/time.js';
import type { View } from '../scales/view.js';
import type { ParsedEvent } from '../model/types.js';
import { MAX_INDIVIDUAL } from './chart-geometry.js';

/** Longest label the chart draws, in px (see layoutHorizontal). */
const LONGEST_LABEL = 360;

/**
 * The horizontal chart's fit for a few events drawn one by one: moved into the empty margin before the first
 * event so the last events' titles have room (see fitWithLabelRoom), measured at this width and font. Too many
 * events (drawn as clusters) or too narrow a chart keep the filter's fit.
 */
export function fitForLabels(fit: View | null, events: readonly ParsedEvent[], firstStart: number, width: number, font: string, markerRadius: number): View | null {
  if (!fit || width < 120 || events.length > MAX_INDIVIDUAL) return fit;
  // A period's marker sits just inside its start, its label a gap after it (see layoutHorizontal).
  const marker = 2 * markerRadius;
  const from = fit[0] + (fit[1] - fit[0]) / 2;
  const needs = events
    .filter((e) => e.when.start >= from)
    .map((e) => [e.when.start, marker + 7 + Math.min(LONGEST_LABEL, Math.ceil(measureText(e.event.title, font)) + 4)] as const);
  return fitWithLabelRoom(fit, width, firstStart, needs, marker + 4);
}
