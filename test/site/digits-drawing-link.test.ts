import { describe, expect, it } from 'vitest';
import { blankPad, INK_LEVELS, SIDE, stamp, strokeTo } from '../../src/widgets/digit-lab/drawing';
import { decodeDrawing, encodeDrawing } from '../../src/widgets/digit-lab/drawing-link';

/** A hand-drawn-looking 8: two loops of strokes with the soft brush. */
function drawEight(): Float64Array {
  const pad = blankPad();
  const loop = (cx: number, cy: number, r: number) => {
    let last: [number, number] | null = null;
    for (let t = 0; t <= 48; t++) {
      const a = (t / 48) * 2 * Math.PI;
      const p: [number, number] = [cx + r * Math.cos(a), cy + r * Math.sin(a) * 1.1];
      if (last) strokeTo(pad, last[0], last[1], p[0], p[1]);
      else stamp(pad, p[0], p[1]);
      last = p;
    }
  };
  loop(14.3, 9, 4.2);
  loop(13.7, 18.5, 5);
  return pad;
}

describe('a drawing in a link', () => {
  it('comes back pixel for pixel, in a few hundred characters', () => {
    const pad = drawEight();
    expect(pad.every((v) => Math.round(v * INK_LEVELS) / INK_LEVELS === v)).toBe(true);
    const text = encodeDrawing(pad);
    expect(text.length).toBeLessThan(500);
    expect(text).toMatch(/^[a-p0-9]+$/);
    expect(Array.from(decodeDrawing(text) as Float64Array)).toEqual(Array.from(pad));
  });

  it('writes a blank pad as nothing and a full one as one run', () => {
    expect(encodeDrawing(blankPad())).toBe('');
    expect(encodeDrawing(new Float64Array(SIDE * SIDE).fill(1))).toBe(`p${SIDE * SIDE}`);
    expect(Array.from(decodeDrawing('') as Float64Array).every((v) => v === 0)).toBe(true);
  });

  it('refuses cut-short, overlong, foreign and hostile text with a reason', () => {
    const text = encodeDrawing(drawEight());
    for (const bad of [
      text.slice(0, -3),
      text.slice(0, text.length >> 1),
      `${text}a`,
      'a785',
      'a0',
      'a0784',
      'q784',
      'A784',
      '<img src=x onerror=alert(1)>',
      'a783 ',
      'a-1a785',
      'p'.repeat(SIDE * SIDE + 1),
    ]) {
      const result = decodeDrawing(bad);
      expect(typeof result, bad).toBe('string');
      expect((result as string).length).toBeGreaterThan(5);
    }
  });
});
