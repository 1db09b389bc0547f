/** How a loss over two weights curves at one point: its Hessian's two eigenvalues and where they point. */
export interface Curvature {
  /** The curvature along the steepest and along the flattest direction (the Hessian's eigenvalues). */
  steep: number;
  flat: number;
  /** steep / flat: how many times more sharply the loss curves across the ravine than along it. */
  ratio: number;
  /** The angle, in degrees (0 to 45), between the steep direction and the nearer weight axis: 0 when the ravine runs along the axes. */
  tilt: number;
}

/** The curvature of `loss` at (w1, w2), from central second differences with step `h`. */
export function curvature(
  loss: (w1: number, w2: number) => number,
  w1: number,
  w2: number,
  h = 1e-3,
): Curvature {
  const at = loss(w1, w2);
  const a = (loss(w1 + h, w2) - 2 * at + loss(w1 - h, w2)) / h ** 2;
  const c = (loss(w1, w2 + h) - 2 * at + loss(w1, w2 - h)) / h ** 2;
  const b =
    (loss(w1 + h, w2 + h) - loss(w1 + h, w2 - h) - loss(w1 - h, w2 + h) + loss(w1 - h, w2 - h)) /
    (4 * h ** 2);
  // The eigenvalues of [[a, b], [b, c]], and the angle of the first one's eigenvector to w1.
  const mean = (a + c) / 2;
  const spread = Math.hypot((a - c) / 2, b);
  const steep = mean + spread;
  const flat = mean - spread;
  const angle = Math.abs((0.5 * Math.atan2(2 * b, a - c) * 180) / Math.PI) % 90;
  return { steep, flat, ratio: steep / flat, tilt: Math.min(angle, 90 - angle) };
}
