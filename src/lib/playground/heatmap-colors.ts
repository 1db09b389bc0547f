/** The heat maps' colours and how a value becomes one. */

// Class 0 / negative is orange, class 1 / positive is blue, 0 is a pale grey: readable with
// either theme, since the heat map is a picture with its own background. A third class is a
// reddish purple, which stays apart from both for the common colour-vision deficiencies (the
// Okabe-Ito palette's choice); its points are also a different shape.
const NEG = [245, 147, 34];
const MID = [232, 234, 235];
const POS = [8, 119, 189];
const THIRD = [170, 68, 153];
/** The class colours, class 0 to 2, as RGB. */
export const CLASS_RGB = [NEG, POS, THIRD] as const;
/** The class colours as CSS, for points and legends. */
export const CLASS_CSS = CLASS_RGB.map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`);
/** The class colours' names, for text. */
export const CLASS_NAMES = ['orange', 'blue', 'purple'] as const;

/** Writes class c's colour at strength f (0: the pale grey, 1: the full colour) at pixel i. */
export function paintClass(pixels: Uint8ClampedArray, i: number, c: number, f: number): void {
  const end = CLASS_RGB[c];
  const t = f > 1 ? 1 : f < 0 ? 0 : f;
  const o = i * 4;
  pixels[o] = MID[0] + (end[0] - MID[0]) * t;
  pixels[o + 1] = MID[1] + (end[1] - MID[1]) * t;
  pixels[o + 2] = MID[2] + (end[2] - MID[2]) * t;
  pixels[o + 3] = 255;
}

/** Writes the colour of v (clamped to [-1, 1]) at pixel i of an RGBA buffer. */
export function paint(pixels: Uint8ClampedArray, i: number, v: number, discretize: boolean): void {
  const t = discretize ? (v >= 0 ? 1 : -1) : v > 1 ? 1 : v < -1 ? -1 : v;
  const end = t >= 0 ? POS : NEG;
  const f = Math.abs(t);
  const o = i * 4;
  pixels[o] = MID[0] + (end[0] - MID[0]) * f;
  pixels[o + 1] = MID[1] + (end[1] - MID[1]) * f;
  pixels[o + 2] = MID[2] + (end[2] - MID[2]) * f;
  pixels[o + 3] = 255;
}
