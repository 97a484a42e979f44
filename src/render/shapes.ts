import type { MarkerShape } from '../model/categories.js';

function polygon(points: number, r: number, rotation = -Math.PI / 2, inner?: number): string {
  const path: string[] = [];
  const count = inner ? points * 2 : points;
  for (let i = 0; i < count; i++) {
    const radius = inner && i % 2 ? inner : r;
    const angle = rotation + (i * 2 * Math.PI) / count;
    path.push(`${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`);
  }
  return `M${path.join('L')}Z`;
}

/**
 * The path of a category marker centred on 0,0 with radius `r`. Shapes are sized by area, so a square does not
 * look heavier than a circle.
 */
export function shapePath(shape: MarkerShape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
    case 'square': {
      const s = r * 0.89;
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'diamond':
      return polygon(4, r * 1.2);
    case 'triangle':
      return polygon(3, r * 1.25, -Math.PI / 2).replace(/^M/, 'M');
    case 'hexagon':
      return polygon(6, r * 1.05, 0);
    case 'pentagon':
      return polygon(5, r * 1.1);
    case 'star':
      return polygon(5, r * 1.3, -Math.PI / 2, r * 0.55);
    case 'cross': {
      const a = r * 0.38;
      const b = r;
      return `M${-a},${-b}H${a}V${-a}H${b}V${a}H${a}V${b}H${-a}V${a}H${-b}V${-a}H${-a}Z`;
    }
  }
}
