/** A point of a path through two weights. */
export interface WeightPoint {
  w1: number;
  w2: number;
}

/**
 * The angle, in degrees, by which a path turns at each of its inner points: 0 where the next step
 * goes straight on, 180 where it goes straight back. A step of length 0 has no direction, so a
 * corner next to one is skipped. How a lesson tells a smooth path from a zigzag one.
 */
export function turningAngles(points: readonly WeightPoint[]): number[] {
  const steps = points.slice(1).map((p, i) => [p.w1 - points[i].w1, p.w2 - points[i].w2]);
  const angles: number[] = [];
  for (let i = 1; i < steps.length; i++) {
    const [a, b] = [steps[i - 1], steps[i]];
    if ((a[0] === 0 && a[1] === 0) || (b[0] === 0 && b[1] === 0)) continue;
    // atan2 of the cross and dot products: exact near 0 and 180, where acos of a cosine is not.
    const angle = Math.atan2(Math.abs(a[0] * b[1] - a[1] * b[0]), a[0] * b[0] + a[1] * b[1]);
    angles.push((angle * 180) / Math.PI);
  }
  return angles;
}
