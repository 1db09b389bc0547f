import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { DrawingPad } from './drawing-pad.svelte';
import { SIDE } from './drawing';

describe('DrawingPad', () => {
  it('replaces the pixels on each edit, leaving the old array as it was', () => {
    const pad = new DrawingPad();
    const before = pad.ink;
    pad.edit((pixels) => (pixels[3] = 1));
    expect(pad.ink).not.toBe(before);
    expect(before[3]).toBe(0);
    expect(pad.ink[3]).toBe(1);
    expect(pad.ink).toHaveLength(SIDE * SIDE);
  });

  it('keeps the rested drawing until the pen rests, and says whether it has', () => {
    const pad = new DrawingPad();
    expect(pad.resting).toBe(true);
    pad.edit((pixels) => (pixels[0] = 0.5));
    expect(pad.rested[0]).toBe(0);
    expect(pad.resting).toBe(false);
    pad.rest();
    expect(pad.rested[0]).toBe(0.5);
    expect(pad.resting).toBe(true);
    pad.clear();
    expect(pad.resting).toBe(false);
    pad.load(new Float64Array(SIDE * SIDE));
    expect(pad.resting).toBe(true);
  });

  it('clears, and loads a drawing already rested', () => {
    const pad = new DrawingPad();
    pad.edit((pixels) => pixels.fill(1));
    pad.clear();
    expect(pad.ink.every((v) => v === 0)).toBe(true);
    const drawing = new Float64Array(SIDE * SIDE).fill(0.25);
    pad.load(drawing);
    expect(pad.ink).toBe(drawing);
    expect(pad.rested).toBe(drawing);
  });

  it('updates what is derived from it', () => {
    const pad = new DrawingPad();
    let seen = -1;
    const stop = $effect.root(() => {
      $effect(() => {
        seen = pad.ink.reduce((sum, v) => sum + v, 0);
      });
    });
    flushSync();
    expect(seen).toBe(0);
    pad.edit((pixels) => (pixels[5] = 1));
    flushSync();
    expect(seen).toBe(1);
    stop();
  });
});
