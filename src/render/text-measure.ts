let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

/**
 * Width of `text` in px in the given CSS font, measured on a shared canvas: labels are laid out before they are
 * rendered, so the layout needs widths as input. Falls back to an estimate where there is no canvas.
 */
export function measureText(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  let width = cache.get(key);
  if (width !== undefined) return width;
  if (context === undefined) {
    try {
      context = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
    } catch {
      context = null;
    }
  }
  if (context) {
    context.font = font;
    width = context.measureText(text).width;
  } else {
    width = text.length * 7;
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(key, width);
  return width;
}
