import { blankPad, centerLikeMnist, SIDE, stamp, strokeTo } from './drawing';

/**
 * The digit lab's drawing: the 28 x 28 pad's ink, and what the reader does to it (a pen stroke,
 * a key that inks or clears one pixel, Clear). `pixels` is never changed in place: each change
 * makes a new array (784 numbers, as one pointer move already centres a copy), so whatever reads
 * `pixels` follows the drawing. The arrays are not proxied.
 */
export class DigitDrawing {
  pixels: Float64Array = $state.raw(blankPad());
  /** The drawing scaled and centred like MNIST's digits, or null while the pad is empty. */
  centred = $derived(centerLikeMnist(this.pixels));
  // Where the pen is while it is down, in pixel units; null when it is up.
  #pen: { x: number; y: number } | null = null;

  #change(draw: (pixels: Float64Array) => void) {
    const next = this.pixels.slice();
    draw(next);
    this.pixels = next;
  }

  /** The pen goes down at (x, y), in pixel units (0 to 28), and inks a dot there. */
  penDown(x: number, y: number): void {
    this.#pen = { x, y };
    this.#change((p) => stamp(p, x, y));
  }
  /** The pen, if down, draws a line to (x, y). */
  penMove(x: number, y: number): void {
    const from = this.#pen;
    if (!from) return;
    this.#pen = { x, y };
    this.#change((p) => strokeTo(p, from.x, from.y, x, y));
  }
  penUp(): void {
    this.#pen = null;
  }

  /** Whether the pixel at (row, col) has ink. */
  inked(row: number, col: number): boolean {
    return this.pixels[row * SIDE + col] > 0;
  }
  /** Inks the pixel at (row, col) fully. */
  ink(row: number, col: number): void {
    this.#change((p) => (p[row * SIDE + col] = 1));
  }
  /** Inks the pixel at (row, col), or clears it if it had ink. */
  toggle(row: number, col: number): void {
    const i = row * SIDE + col;
    this.#change((p) => (p[i] = p[i] > 0 ? 0 : 1));
  }

  clear(): void {
    this.pixels = blankPad();
  }
  /** Replaces the drawing (a shared link's). */
  set(pixels: ArrayLike<number>): void {
    this.#change((p) => p.set(pixels));
  }
}
