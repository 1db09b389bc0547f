import { INK_LEVELS, SIDE, inkLevel } from './drawing';

/**
 * A drawing on the digit pad as link text. The pad's ink comes in 16 levels (0 to 15 fifteenths,
 * `INK_LEVELS`), so a drawing survives the link exactly and the network reads the same
 * numbers from it. Written row by row as runs: a letter for the level (`a` = no ink, `p` = full
 * ink) and, when the level repeats, how many pixels in a row (`a90` = 90 blank pixels). A digit
 * drawn with the pen takes two to four hundred characters; a blank pad is the empty string.
 */

/** The longest drawing text read from a link: every pixel a different level. */
export const MAX_DRAWING_LENGTH = SIDE * SIDE;

const LETTER_A = 'a'.charCodeAt(0);

/** The pad as link text (empty for a blank pad). Pixels between levels are rounded to one. */
export function encodeDrawing(pad: ArrayLike<number>): string {
  let out = '';
  let i = 0;
  let blank = true;
  while (i < pad.length) {
    const level = inkLevel(pad[i]);
    if (level > 0) blank = false;
    let run = 1;
    while (i + run < pad.length && inkLevel(pad[i + run]) === level) run++;
    out += String.fromCharCode(LETTER_A + level) + (run > 1 ? String(run) : '');
    i += run;
  }
  return blank ? '' : out;
}

/** Link text back into 28 x 28 pixels, or a few words saying what is wrong with it. */
export function decodeDrawing(raw: string): Float64Array | string {
  const pixels = new Float64Array(SIDE * SIDE);
  if (raw === '') return pixels;
  if (raw.length > MAX_DRAWING_LENGTH) return 'it is too long';
  if (!/^([a-p]([1-9][0-9]{0,2})?)+$/.test(raw))
    return 'only the letters a to p, each with an optional count, can draw';
  let at = 0;
  for (const [, letter, count] of raw.matchAll(/([a-p])([0-9]*)/g)) {
    const run = count === '' ? 1 : Number(count);
    if (at + run > pixels.length) return `it draws more than ${pixels.length} pixels`;
    pixels.fill((letter.charCodeAt(0) - LETTER_A) / INK_LEVELS, at, at + run);
    at += run;
  }
  if (at < pixels.length) return `it draws ${at} of the ${pixels.length} pixels (cut short?)`;
  return pixels;
}
