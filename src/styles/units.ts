import { unsafeCSS, type CSSResult } from 'lit';

/**
 * A length in px for the style sheets, from a number in `src/layout/metrics.ts`. `unsafeCSS` is safe here: its
 * argument is always one of our own numeric constants, never data or user input.
 */
export function px(value: number): CSSResult {
  return unsafeCSS(`${value}px`);
}
