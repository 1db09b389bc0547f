import type { Rgb } from '../theme/theme-colours.svelte';

/**
 * The heat maps' colours and how a value becomes one. Class 0 and negative values are orange,
 * class 1 and positive blue, 0 a pale grey, a third class reddish purple (its points also have
 * their own shape). The colours are the theme's (`--nn-map-*` in src/styles/theme.css), the same
 * in both themes, since a heat map is a picture with its own background.
 */
export interface HeatPalette {
  negative: Rgb;
  neutral: Rgb;
  positive: Rgb;
  third: Rgb;
}

/** The theme variables each colour of the palette is read from. */
export const HEAT_PALETTE_VARIABLES = {
  negative: '--nn-map-negative',
  neutral: '--nn-map-neutral',
  positive: '--nn-map-positive',
  third: '--nn-map-third',
} as const satisfies Record<keyof HeatPalette, `--${string}`>;

/** The class colours, class 0 to 2, as CSS (for HTML; a canvas reads the palette). */
export const CLASS_CSS = [
  `var(${HEAT_PALETTE_VARIABLES.negative})`,
  `var(${HEAT_PALETTE_VARIABLES.positive})`,
  `var(${HEAT_PALETTE_VARIABLES.third})`,
] as const;
/** The class colours' names, for text. */
export const CLASS_NAMES = ['orange', 'blue', 'purple'] as const;

/** Class c's colour in the palette (class 0 to 2). */
export function classRgb(palette: HeatPalette, c: number): Rgb {
  return c === 0 ? palette.negative : c === 1 ? palette.positive : palette.third;
}

/** Writes class c's colour at strength f (0: the pale grey, 1: the full colour) at pixel i. */
export function paintClass(
  pixels: Uint8ClampedArray,
  i: number,
  c: number,
  f: number,
  palette: HeatPalette,
): void {
  mix(pixels, i, palette.neutral, classRgb(palette, c), f > 1 ? 1 : f < 0 ? 0 : f);
}

/** Writes the colour of v (clamped to [-1, 1]) at pixel i of an RGBA buffer. */
export function paint(
  pixels: Uint8ClampedArray,
  i: number,
  v: number,
  discretize: boolean,
  palette: HeatPalette,
): void {
  const t = discretize ? (v >= 0 ? 1 : -1) : v > 1 ? 1 : v < -1 ? -1 : v;
  mix(pixels, i, palette.neutral, t >= 0 ? palette.positive : palette.negative, Math.abs(t));
}

/** Writes the colour f of the way from `from` to `to` (f in [0, 1]), opaque, at pixel i. */
function mix(pixels: Uint8ClampedArray, i: number, from: Rgb, to: Rgb, f: number): void {
  const o = i * 4;
  pixels[o] = from[0] + (to[0] - from[0]) * f;
  pixels[o + 1] = from[1] + (to[1] - from[1]) * f;
  pixels[o + 2] = from[2] + (to[2] - from[2]) * f;
  pixels[o + 3] = 255;
}
