import { DIGIT_LEVELS } from '../../../engine/index.ts';

const SIDE = 28;

/** Where `moveDigit` puts a digit: against the left edge, halfway down, or in the top-left corner. */
export type DigitPlace = 'left' | 'top-left';

/**
 * A 28 x 28 digit (ink in [0, 1], row by row) drawn again at `scale` times its size and put at
 * `place`, as a reader might draw it on the digit pad: the box round its ink is resampled (each new
 * pixel the mean of 4 x 4 samples of the nearest old pixels) and the ink rounded to the pad's levels.
 */
export function moveDigit(
  pixels: ArrayLike<number>,
  scale: number,
  place: DigitPlace,
): Float64Array {
  let [top, bottom, left, right] = [SIDE, -1, SIDE, -1];
  for (let i = 0; i < SIDE * SIDE; i++) {
    if (pixels[i] <= 0) continue;
    const [r, c] = [Math.floor(i / SIDE), i % SIDE];
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    left = Math.min(left, c);
    right = Math.max(right, c);
  }
  const out = new Float64Array(SIDE * SIDE);
  if (bottom < 0) return out;
  const height = Math.max(1, Math.round((bottom - top + 1) * scale));
  const width = Math.max(1, Math.round((right - left + 1) * scale));
  const rowAt = place === 'top-left' ? 0 : Math.round((SIDE - height) / 2);
  const levels = DIGIT_LEVELS - 1;
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++) {
      let sum = 0;
      for (let i = 0; i < 4; i++)
        for (let j = 0; j < 4; j++) {
          const y = Math.min(bottom, Math.floor(top + (r + (i + 0.5) / 4) / scale));
          const x = Math.min(right, Math.floor(left + (c + (j + 0.5) / 4) / scale));
          sum += pixels[y * SIDE + x];
        }
      out[(rowAt + r) * SIDE + c] = Math.round(Math.min(1, sum / 16) * levels) / levels;
    }
  return out;
}
