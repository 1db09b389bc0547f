/**
 * Two measures of a decision boundary's shape, for checking what a lesson says a map shows: how
 * long the boundary is on a grid, and whether a point sits on a reach of its class into the other's.
 */

/**
 * How many pairs of side-by-side cells of a grid of outputs (row by row, `columns` a row) lie on
 * different sides of `threshold`: the boundary's length in cell edges. A straight boundary across
 * the grid crosses about as many edges as the grid is wide or tall; bays and peninsulas add more.
 */
export function boundaryLength(
  values: readonly number[],
  columns: number,
  threshold = 0.5,
): number {
  const side = values.map((v) => v >= threshold);
  let edges = 0;
  for (let k = 0; k < side.length; k++) {
    if ((k + 1) % columns !== 0 && side[k] !== side[k + 1]) edges++;
    if (k + columns < side.length && side[k] !== side[k + columns]) edges++;
  }
  return edges;
}

/**
 * The share of `samples` points evenly round a circle of `radius` about `centre` for which `inside`
 * holds. Below 0.5 for a point of a class, when `inside` is that class's region: most of the map
 * round the point belongs to the other class, so the point sits on a narrow reach of its own.
 */
export function shareAround(
  inside: (x: number, y: number) => boolean,
  centre: readonly number[],
  radius: number,
  samples = 72,
): number {
  let count = 0;
  for (let i = 0; i < samples; i++) {
    const t = (2 * Math.PI * i) / samples;
    if (inside(centre[0] + radius * Math.cos(t), centre[1] + radius * Math.sin(t))) count++;
  }
  return count / samples;
}
