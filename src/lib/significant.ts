/**
 * `x` to `digits` significant figures, as plain text: `0.000516`, `0.174`. The engine's display
 * keeps 4 decimals, which leaves a probability near 0 with one or two digits; a lesson shows such
 * a number this way where a reader computes with it (a logarithm needs its leading digits).
 */
export function significant(x: number, digits = 3): string {
  return String(Number(x.toPrecision(digits)));
}
