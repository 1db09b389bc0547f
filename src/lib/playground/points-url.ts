import { DOMAIN, type Point } from './data';

/**
 * Own points in the link, `?pg.own=...`: five characters a point, base 36 — x1 and x2 in
 * hundredths (two characters each, 0 to 300 for -1.5 to 1.5) and one for the class and whether
 * it is a test point. Bounded: a link longer than about 2,000 characters breaks in some mail and
 * chat programs, so more points than fit are left out of the link, and the page says so.
 */

/** The most characters the points may take in a link. */
export const MAX_POINT_CHARS = 2000;
const PER_POINT = 5;
/** How many points fit in a link. */
export const MAX_LINK_POINTS = Math.floor(MAX_POINT_CHARS / PER_POINT);

/** Rounds a coordinate to the link's resolution (hundredths), so points placed by hand survive a link exactly. */
export const roundCoordinate = (v: number) => Math.round(v * 100) / 100;

const cell = (v: number) => (Math.round((v + DOMAIN) * 100) + 1296).toString(36).slice(1);

/**
 * The points as link text, or a reason they cannot go in a link (too many, or numeric targets
 * from a regression set). Coordinates are kept to hundredths.
 */
export function encodePoints(
  points: readonly Point[],
): { ok: true; text: string } | { ok: false; reason: string } {
  if (points.length > MAX_LINK_POINTS)
    return {
      ok: false,
      reason: `${points.length} points are too many for a link (at most ${MAX_LINK_POINTS} fit)`,
    };
  if (points.some((p) => p.y !== 0 && p.y !== 1 && p.y !== 2))
    return { ok: false, reason: 'points with number targets (regression) do not go in a link' };
  return {
    ok: true,
    text: points.map((p) => cell(p.x1) + cell(p.x2) + String(p.y + (p.test ? 3 : 0))).join(''),
  };
}

/** Reads points from link text; null if anything in it is not a valid point. */
export function decodePoints(text: string): Point[] | null {
  if (text.length % PER_POINT !== 0 || text.length > MAX_POINT_CHARS || !/^[0-9a-z]*$/.test(text))
    return null;
  const points: Point[] = [];
  for (let i = 0; i < text.length; i += PER_POINT) {
    const a = parseInt(text.slice(i, i + 2), 36);
    const b = parseInt(text.slice(i + 2, i + 4), 36);
    const c = Number(text[i + 4]);
    if (a > 300 || b > 300 || !(c <= 5)) return null;
    points.push({
      x1: roundCoordinate(a / 100 - DOMAIN),
      x2: roundCoordinate(b / 100 - DOMAIN),
      y: c % 3,
      test: c >= 3,
    });
  }
  return points;
}
