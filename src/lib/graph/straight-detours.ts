/**
 * Dagre lays out frames (compound graphs) by routing a long arrow through placeholder points, and
 * beside a tall frame those points can land on the graph's top or bottom edge: an arrow between two
 * boxes side by side then climbs to the top of the picture and comes back down. An unlabelled arrow
 * whose route strays well outside the rows of its two ends is drawn straight instead, when the
 * straight line crosses no other box, no frame that holds neither end, and no other arrow's label.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

/** True when the segment a-b passes through the box grown by `margin` on every side. */
export function segmentHitsBox(a: Point, b: Point, box: Box, margin = 0): boolean {
  const left = box.x - box.width / 2 - margin;
  const right = box.x + box.width / 2 + margin;
  const top = box.y - box.height / 2 - margin;
  const bottom = box.y + box.height / 2 + margin;
  // Liang-Barsky clipping: the part of the segment inside the box, if any.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - left],
    [dx, right - a.x],
    [-dy, a.y - top],
    [dy, bottom - a.y],
  ]) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** How far a route may stray above or below its two ends before it counts as a detour. */
const STRAY = 40;
/** The clearance a straightened arrow keeps from other boxes. */
const CLEARANCE = 3;

/**
 * The route to draw for an arrow from box `from` to box `to` (left to right) that dagre routed
 * along `points`: the straight line from `from`'s right side to `to`'s left side when the route is
 * a detour and the line is clear of `obstacles`, else `points` unchanged.
 */
export function straightenDetour(
  points: readonly Point[],
  from: Box,
  to: Box,
  obstacles: readonly Box[],
): Point[] {
  const low = Math.min(from.y, to.y) - STRAY;
  const high = Math.max(from.y, to.y) + STRAY;
  if (points.every((p) => p.y >= low && p.y <= high)) return [...points];
  const start = { x: from.x + from.width / 2, y: from.y };
  const end = { x: to.x - to.width / 2, y: to.y };
  if (end.x <= start.x) return [...points];
  if (obstacles.some((box) => segmentHitsBox(start, end, box, CLEARANCE))) return [...points];
  return [start, end];
}
