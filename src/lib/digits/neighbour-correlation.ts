/**
 * The correlation between the values of side-by-side pixels of a square picture (row by row,
 * `side` pixels a row): each pixel paired with its right and its lower neighbour, over the pairs
 * whose two pixels are both in `pixels`. Near 0 for noise; well above 0 where neighbours agree, as
 * they do along strokes and inside blobs. How a lesson tells a pattern from noise in a weight picture.
 */
export function neighbourCorrelation(
  picture: ArrayLike<number>,
  pixels: readonly number[],
  side = 28,
): number {
  const chosen = new Set(pixels);
  const a: number[] = [];
  const b: number[] = [];
  const pair = (i: number, j: number) => {
    a.push(picture[i]);
    b.push(picture[j]);
  };
  for (const i of pixels) {
    if ((i + 1) % side !== 0 && chosen.has(i + 1)) pair(i, i + 1);
    if (chosen.has(i + side)) pair(i, i + side);
  }
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(a), mean(b)];
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let k = 0; k < a.length; k++) {
    ab += (a[k] - ma) * (b[k] - mb);
    aa += (a[k] - ma) ** 2;
    bb += (b[k] - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}
