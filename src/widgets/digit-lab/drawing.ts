import { DIGIT_LEVELS } from '../../../engine/index.ts';

/**
 * The digit pad's pixels: a 28 x 28 grid of ink in [0, 1], row by row, as the training digits are.
 * Pointer strokes are stamped with a soft round brush; the keyboard sets whole pixels.
 */

/** Pixels per side. */
export const SIDE = 28;

/**
 * Ink levels above zero: every pixel's ink is k / INK_LEVELS for a whole k, as in the training
 * digits (16 grey levels), so a drawing fits a link exactly (see drawing-link.ts).
 */
export const INK_LEVELS = DIGIT_LEVELS - 1;

/** The level (0 to INK_LEVELS) nearest to an amount of ink, clamped to [0, 1] first. */
export const inkLevel = (ink: number): number =>
  Math.round(Math.min(1, Math.max(0, ink)) * INK_LEVELS);

/** Ink rounded to the nearest of the pad's levels. */
export const quantizeInk = (ink: number): number => inkLevel(ink) / INK_LEVELS;

/** A fresh, blank pad. */
export function blankPad(): Float64Array {
  return new Float64Array(SIDE * SIDE);
}

/**
 * Stamps a soft brush centred at (x, y), in pixel units (0 to 28): full ink within `radius`,
 * fading to none one pixel further out, so strokes look like the anti-aliased MNIST pen.
 * Ink only ever increases, and is rounded to the pad's levels. Returns the pad.
 */
export function stamp(pad: Float64Array, x: number, y: number, radius = 1): Float64Array {
  const reach = Math.ceil(radius + 1);
  for (let row = Math.floor(y) - reach; row <= Math.floor(y) + reach; row++) {
    if (row < 0 || row >= SIDE) continue;
    for (let col = Math.floor(x) - reach; col <= Math.floor(x) + reach; col++) {
      if (col < 0 || col >= SIDE) continue;
      const d = Math.hypot(col + 0.5 - x, row + 0.5 - y);
      const ink = quantizeInk(Math.min(1, Math.max(0, radius + 1 - d)));
      const i = row * SIDE + col;
      if (ink > pad[i]) pad[i] = ink;
    }
  }
  return pad;
}

/** Stamps along the segment from (x0, y0) to (x1, y1), a quarter pixel apart, so fast strokes have no gaps. */
export function strokeTo(
  pad: Float64Array,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  radius = 1,
): Float64Array {
  const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 4));
  for (let s = 1; s <= steps; s++)
    stamp(pad, x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps, radius);
  return pad;
}

/** Whether the pad has any ink. */
export function hasInk(pad: ArrayLike<number>): boolean {
  for (let i = 0; i < pad.length; i++) if (pad[i] > 0) return true;
  return false;
}

/** Bilinear sample of the pad at (x, y) in pixel-centre coordinates; outside is blank. */
function sample(pad: ArrayLike<number>, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const at = (c: number, r: number) =>
    c < 0 || r < 0 || c >= SIDE || r >= SIDE ? 0 : pad[r * SIDE + c];
  return (
    at(x0, y0) * (1 - fx) * (1 - fy) +
    at(x0 + 1, y0) * fx * (1 - fy) +
    at(x0, y0 + 1) * (1 - fx) * fy +
    at(x0 + 1, y0 + 1) * fx * fy
  );
}

/**
 * Prepares a drawing the way MNIST prepared its digits: the ink's bounding box is scaled to fit
 * 20 x 20 pixels (keeping its proportions, averaging 4 x 4 samples per pixel), then placed in the
 * 28 x 28 frame so that its centre of mass falls on the frame's centre. Returns null for a blank pad.
 */
export function centerLikeMnist(pad: ArrayLike<number>): Float64Array | null {
  let top = SIDE;
  let bottom = -1;
  let left = SIDE;
  let right = -1;
  for (let r = 0; r < SIDE; r++)
    for (let c = 0; c < SIDE; c++)
      if (pad[r * SIDE + c] > 0) {
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
  if (bottom < 0) return null;
  const w = right - left + 1;
  const h = bottom - top + 1;
  const scale = 20 / Math.max(w, h);
  const tw = Math.max(1, Math.round(w * scale));
  const th = Math.max(1, Math.round(h * scale));
  // Resample the box into tw x th pixels, each the mean of a 4 x 4 grid of bilinear samples.
  const box = new Float64Array(tw * th);
  const n = 4;
  for (let r = 0; r < th; r++)
    for (let c = 0; c < tw; c++) {
      let sum = 0;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          const sx = left + (c + (j + 0.5) / n) / scale - 0.5;
          const sy = top + (r + (i + 0.5) / n) / scale - 0.5;
          sum += sample(pad, sx, sy);
        }
      box[r * tw + c] = Math.min(1, sum / (n * n));
    }
  // Centre of mass of the resampled ink, then the whole-pixel shift that moves it to (14, 14).
  let mass = 0;
  let mx = 0;
  let my = 0;
  for (let r = 0; r < th; r++)
    for (let c = 0; c < tw; c++) {
      const v = box[r * tw + c];
      mass += v;
      mx += v * (c + 0.5);
      my += v * (r + 0.5);
    }
  if (mass === 0) return null;
  const dx = Math.round(SIDE / 2 - mx / mass);
  const dy = Math.round(SIDE / 2 - my / mass);
  const out = new Float64Array(SIDE * SIDE);
  for (let r = 0; r < th; r++)
    for (let c = 0; c < tw; c++) {
      const R = r + dy;
      const C = c + dx;
      if (R >= 0 && R < SIDE && C >= 0 && C < SIDE) out[R * SIDE + C] = box[r * tw + c];
    }
  return out;
}
