import { symbol, symbolCircle, symbolCross, symbolDiamond2, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3-shape';
import type { MarkerShape } from '../model/categories.js';

/**
 * A regular polygon as a d3 symbol type, centred on 0,0 with one corner at `rotation` (radians, clockwise from
 * the x axis); like d3's own fill symbols, its size is its area.
 */
function regularPolygon(corners: number, rotation: number): SymbolType & { areaPerSquaredRadius: number } {
  // A regular n-gon with corners at distance R from its centre has area n/2 · R² · sin(2π/n).
  const areaPerSquaredRadius = (corners / 2) * Math.sin((2 * Math.PI) / corners);
  return {
    areaPerSquaredRadius,
    draw(context, size) {
      const radius = Math.sqrt(size / areaPerSquaredRadius);
      for (let i = 0; i < corners; i++) {
        const angle = rotation + (i * 2 * Math.PI) / corners;
        if (i) context.lineTo(radius * Math.cos(angle), radius * Math.sin(angle));
        else context.moveTo(radius * Math.cos(angle), radius * Math.sin(angle));
      }
      context.closePath();
    },
  };
}

/** d3 has no hexagon: corners left and right, flat top and bottom. */
export const symbolHexagon = regularPolygon(6, 0);
/** d3 has no pentagon: one corner straight up. */
export const symbolPentagon = regularPolygon(5, -Math.PI / 2);

/**
 * Each marker's d3 symbol, and its size (d3 sizes are areas) per r² for a marker of radius r. A circle has radius
 * r; a square has the circle's area; the pointed shapes reach a little further, so that they look as heavy.
 */
const MARKERS: Record<MarkerShape, readonly [SymbolType, number]> = {
  circle: [symbolCircle, Math.PI],
  // Side 1.78 r.
  square: [symbolSquare, 1.78 ** 2],
  // A square on its corner, corners 1.2 r from the centre (d3 puts them at √size · 0.62625).
  diamond: [symbolDiamond2, (1.2 / 0.62625) ** 2],
  // Corners 1.25 r from the centre (d3: 2 √(size / 3√3)).
  triangle: [symbolTriangle, 3 * Math.sqrt(3) * (1.25 / 2) ** 2],
  hexagon: [symbolHexagon, symbolHexagon.areaPerSquaredRadius * 1.05 ** 2],
  pentagon: [symbolPentagon, symbolPentagon.areaPerSquaredRadius * 1.1 ** 2],
  // Points 1.3 r from the centre (d3: √(size · 0.8908…)).
  star: [symbolStar, 1.3 ** 2 / 0.8908130915292852],
  // Arms reaching r from the centre (d3: 1.5 √(size / 5)).
  cross: [symbolCross, 5 * (2 / 3) ** 2],
};

/** Paths drawn so far: every event of a category has the same marker, and d3 draws it through a path buffer. */
const paths = new Map<string, string>();

/** The path of a category marker centred on 0,0 with radius `r`. */
export function shapePath(shape: MarkerShape, r: number): string {
  const key = `${shape} ${r}`;
  let path = paths.get(key);
  if (path === undefined) {
    const [type, sizePerSquaredRadius] = MARKERS[shape];
    path = symbol(type, sizePerSquaredRadius * r * r)() ?? '';
    if (paths.size >= 256) paths.clear(); // marker sizes set by CSS come and go
    paths.set(key, path);
  }
  return path;
}
