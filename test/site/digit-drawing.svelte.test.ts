import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { blankPad, centerLikeMnist, stamp, strokeTo } from '../../src/lib/digits/drawing';
import { DigitDrawing } from '../../src/lib/digits/digit-drawing.svelte.ts';

/** Runs `read` in an effect, as a component would, and returns the latest value it saw. */
function watch<T>(read: () => T): { latest: () => T; stop: () => void } {
  let seen: T;
  const stop = $effect.root(() => {
    $effect(() => {
      seen = read();
    });
  });
  flushSync();
  return { latest: () => (flushSync(), seen), stop };
}

describe('DigitDrawing', () => {
  it('penDown, penMove and penUp ink what stamp and strokeTo ink, and a view follows each move', () => {
    const drawing = new DigitDrawing();
    const view = watch(() => drawing.pixels);
    expect(drawing.centred).toBeNull();
    drawing.penDown(8, 8);
    drawing.penMove(20, 14);
    drawing.penUp();
    drawing.penMove(3, 25);
    const expected = strokeTo(stamp(blankPad(), 8, 8), 8, 8, 20, 14);
    expect(view.latest()).toEqual(expected);
    expect(drawing.centred).toEqual(centerLikeMnist(expected));
    view.stop();
  });

  it('each change makes a new array, so the one a view holds is never changed under it', () => {
    const drawing = new DigitDrawing();
    const before = drawing.pixels;
    drawing.ink(3, 4);
    expect(before.every((v) => v === 0)).toBe(true);
    expect(drawing.inked(3, 4)).toBe(true);
    drawing.toggle(3, 4);
    expect(drawing.inked(3, 4)).toBe(false);
    drawing.toggle(3, 4);
    expect(drawing.inked(3, 4)).toBe(true);
  });

  it('set(pixels) replaces the drawing and clear() empties it', () => {
    const drawing = new DigitDrawing();
    const pixels = stamp(blankPad(), 14, 14);
    drawing.set(pixels);
    expect(drawing.pixels).toEqual(pixels);
    expect(drawing.pixels).not.toBe(pixels);
    drawing.clear();
    expect(drawing.pixels).toEqual(blankPad());
    expect(drawing.centred).toBeNull();
  });
});
