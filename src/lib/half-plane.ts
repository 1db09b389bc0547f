/** A point of the plane, [x, y]. */
export type Point = [number, number];

/** A rectangle of the plane: x from x0 to x1, y from y0 to y1. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Where an affine function is >= 0 inside a box, and where it is 0. */
export interface HalfPlane {
  /** The corners and edge crossings, in order round the box, of the part where z >= 0 (empty if none). */
  region: Point[];
  /** The segment of the line z = 0 inside the box, or null when z does not change sign there. */
  boundary: [Point, Point] | null;
}

/**
 * Cuts a box along the line z(x, y) = 0, for a function z that is affine (a neuron's weighted
 * sum). The caller passes z from the engine; this only finds where along each edge of the box it
 * changes sign. Along an edge an affine z is a straight line, so that crossing is exact.
 */
export function halfPlane(z: (x: number, y: number) => number, box: Box): HalfPlane {
  const corners: Point[] = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x1, box.y1],
    [box.x0, box.y1],
  ];
  const values = corners.map(([x, y]) => z(x, y));
  const region: Point[] = [];
  const crossings: Point[] = [];
  for (let i = 0; i < 4; i++) {
    const [a, b] = [corners[i], corners[(i + 1) % 4]];
    const [za, zb] = [values[i], values[(i + 1) % 4]];
    if (za >= 0) region.push(a);
    if (za >= 0 !== zb >= 0) {
      // z runs linearly from za to zb along the edge: it is 0 at t = za / (za - zb).
      const t = za / (za - zb);
      const p: Point = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      region.push(p);
      crossings.push(p);
    }
  }
  return { region, boundary: crossings.length === 2 ? [crossings[0], crossings[1]] : null };
}
