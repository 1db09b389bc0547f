import { describe, expect, it } from 'vitest';
import { rgbaPngDataUrl } from '../charts/rgba-png';
import { PICTURE_PIXELS, pixelPng, pixelRgba } from './pixel-colours';

const at = (rgba: Uint8Array, i: number) => Array.from(rgba.subarray(i * 4, i * 4 + 4));

describe('pixelRgba', () => {
  it('pixelRgba(ink, false) draws no ink dark grey, full ink white, and clamps', () => {
    const ink = new Array<number>(PICTURE_PIXELS).fill(0);
    ink[1] = 1;
    ink[2] = 0.5;
    ink[3] = 2;
    ink[4] = -1;
    const rgba = pixelRgba(ink, false);
    expect(rgba).toHaveLength(PICTURE_PIXELS * 4);
    expect(at(rgba, 0)).toEqual([20, 20, 20, 255]);
    expect(at(rgba, 1)).toEqual([255, 255, 255, 255]);
    expect(at(rgba, 2)).toEqual([138, 138, 138, 255]);
    expect(at(rgba, 3)).toEqual([255, 255, 255, 255]);
    expect(at(rgba, 4)).toEqual([20, 20, 20, 255]);
  });

  it('pixelRgba(weights, true) scales to the largest magnitude: blue positive, red negative, white 0', () => {
    const w = new Array<number>(PICTURE_PIXELS).fill(0);
    w[0] = 2;
    w[1] = -2;
    w[2] = 1;
    const rgba = pixelRgba(w, true);
    expect(at(rgba, 0)).toEqual([37, 99, 235, 255]);
    expect(at(rgba, 1)).toEqual([220, 38, 38, 255]);
    expect(at(rgba, 2)).toEqual([146, 177, 245, 255]);
    expect(at(rgba, 3)).toEqual([255, 255, 255, 255]);
  });

  it('pixelRgba(all zeros, true) is white, not a division by zero', () => {
    const rgba = pixelRgba(new Array<number>(PICTURE_PIXELS).fill(0), true);
    expect(at(rgba, 100)).toEqual([255, 255, 255, 255]);
  });
});

describe('pixelPng', () => {
  it('pixelPng(values, signed) is the PNG of pixelRgba’s bytes', () => {
    const w = Array.from({ length: PICTURE_PIXELS }, (_, i) => (i % 7) - 3);
    expect(pixelPng(w, true)).toBe(rgbaPngDataUrl(28, 28, pixelRgba(w, true)));
    expect(pixelPng(w, true)).toMatch(/^data:image\/png;base64,/);
  });
});
