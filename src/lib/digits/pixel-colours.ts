import { rgbaPngDataUrl } from '../charts/rgba-png';

/**
 * The colours of a 28 x 28 digit picture, shared by the lab's canvases (in the browser) and the
 * lessons' pictures made at build time (as PNGs), so both draw the same values the same way.
 */

/** Pixels in a digit picture. */
export const PICTURE_PIXELS = 784;

/**
 * RGBA bytes, row by row: a digit (`signed` false: ink in [0, 1], light on dark like MNIST) or a
 * neuron's weights (`signed` true: white at 0, towards blue for positive and red for negative,
 * scaled to the largest magnitude, so each neuron's picture uses its full range).
 */
export function pixelRgba(values: ArrayLike<number>, signed: boolean): Uint8Array {
  const rgba = new Uint8Array(PICTURE_PIXELS * 4);
  let scale = 1;
  if (signed) {
    scale = 0;
    for (let i = 0; i < values.length; i++) scale = Math.max(scale, Math.abs(values[i]));
    scale = scale || 1;
  }
  for (let i = 0; i < PICTURE_PIXELS; i++) {
    const v = values[i] ?? 0;
    const o = i * 4;
    if (signed) {
      const t = Math.min(1, Math.abs(v) / scale);
      const positive = v >= 0;
      rgba[o] = Math.round(255 + ((positive ? 37 : 220) - 255) * t);
      rgba[o + 1] = Math.round(255 + ((positive ? 99 : 38) - 255) * t);
      rgba[o + 2] = Math.round(255 + ((positive ? 235 : 38) - 255) * t);
    } else {
      const level = Math.round(20 + 235 * Math.min(1, Math.max(0, v)));
      rgba[o] = level;
      rgba[o + 1] = level;
      rgba[o + 2] = level;
    }
    rgba[o + 3] = 255;
  }
  return rgba;
}

/** The same picture as a PNG `data:` URL, for pictures made at build time (no canvas there). */
export function pixelPng(values: ArrayLike<number>, signed: boolean): string {
  return rgbaPngDataUrl(28, 28, pixelRgba(values, signed));
}
