import { expect } from '@esm-bundle/chai';
import { symbol } from 'd3-shape';
import { shapePath, symbolHexagon, symbolPentagon } from '../../src/render/shapes.js';
import type { MarkerShape } from '../../src/model/categories.js';

const SHAPES: MarkerShape[] = ['circle', 'triangle', 'square', 'diamond', 'hexagon', 'star', 'pentagon', 'cross'];

/** The box the browser draws a path in. */
function box(d: string): DOMRect {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  svg.append(path);
  document.body.append(svg);
  const rect = path.getBBox();
  svg.remove();
  return rect;
}

/** The corners of a path made of M, L and Z commands. */
function corners(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Area of a closed polygon (shoelace). */
function area(points: [number, number][]): number {
  return Math.abs(points.reduce((sum, [x, y], i) => {
    const [x2, y2] = points[(i + 1) % points.length];
    return sum + x * y2 - x2 * y;
  }, 0)) / 2;
}

describe('marker shapes', () => {
  it('shapePath(shape, r) draws every shape closed, centred across, about as wide as a circle of radius r', () => {
    const r = 6;
    for (const shape of SHAPES) {
      const d = shapePath(shape, r);
      // Closed: by Z, or (the circle's two arcs) by ending where it starts.
      const start = d.match(/^M(-?[\d.]+),(-?[\d.]+)/)!;
      expect(d.endsWith('Z') || d.endsWith(`${start[1]},${start[2]}`), `${shape}: ${d}`).to.equal(true);
      const b = box(d);
      expect(b.x + b.width / 2, shape).to.be.closeTo(0, 0.01);
      // As the markers were drawn before d3: from the circle's 2 r to the star's 2.47 r (its points reach 1.3 r).
      expect(b.width, shape).to.be.within(1.75 * r, 2.5 * r);
      expect(b.height, shape).to.be.within(1.75 * r, 2.5 * r);
    }
    const circle = box(shapePath('circle', r));
    expect([circle.x, circle.y, circle.width, circle.height]).to.deep.equal([-6, -6, 12, 12]);
    // Shapes symmetric top to bottom are centred down too; the triangle's and pentagon's centre is their corners'.
    for (const shape of ['square', 'diamond', 'hexagon', 'cross'] as const) {
      const b = box(shapePath(shape, r));
      expect(b.y + b.height / 2, shape).to.be.closeTo(0, 0.01);
    }
  });

  it('the hexagon and pentagon d3 lacks are closed regular polygons centred on 0,0, with d3\'s size as their area', () => {
    for (const [type, count, radius] of [[symbolHexagon, 6, 1.05], [symbolPentagon, 5, 1.1]] as const) {
      const d = symbol(type, 100)()!;
      expect(d).to.match(/^M[^MZ]*Z$/);
      const points = corners(d);
      expect(points).to.have.length(count);
      // d3 rounds path coordinates to 3 decimals.
      expect(area(points)).to.be.closeTo(100, 0.05);
      const distances = points.map(([x, y]) => Math.hypot(x, y));
      for (const distance of distances) expect(distance).to.be.closeTo(distances[0], 0.002);
      expect(points.reduce((s, [x]) => s + x, 0) / count).to.be.closeTo(0, 0.002);
      expect(points.reduce((s, [, y]) => s + y, 0) / count).to.be.closeTo(0, 0.002);
      // As markers: corners at 1.05 r (hexagon) and 1.1 r (pentagon).
      const marker = corners(shapePath(count === 6 ? 'hexagon' : 'pentagon', 6));
      for (const [x, y] of marker) expect(Math.hypot(x, y)).to.be.closeTo(radius * 6, 0.002);
    }
    // The hexagon has corners left and right; the pentagon one corner straight up.
    expect(corners(shapePath('hexagon', 6))[0]).to.deep.equal([6.3, 0]);
    expect(corners(shapePath('pentagon', 6))[0]).to.deep.equal([0, -6.6]);
  });
});
