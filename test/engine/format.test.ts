import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/lib/typeset';
import fc from 'fast-check';
import {
  exactTitle,
  formatLatexNumber,
  formatNumber,
  isRoundingNoise,
  neuron,
  toLatex,
  toText,
} from '../../engine/index.ts';

describe('formatNumber', () => {
  it('formatNumber(x) shows at most 4 decimals with trailing zeros trimmed', () => {
    expect(formatNumber(0.6)).toBe('0.6');
    expect(formatNumber(0.6456563062257954)).toBe('0.6457');
    expect(formatNumber(-2)).toBe('-2');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(1.00004)).toBe('1');
    expect(formatNumber(99999.5)).toBe('99999.5');
    expect(formatNumber(0.0001)).toBe('0.0001');
  });

  it('formatNumber(x) uses scientific form for |x| >= 1e5 and 0 < |x| < 1e-4', () => {
    expect(formatNumber(0.0000123)).toBe('1.23e-5');
    expect(formatNumber(-0.0000123456789)).toBe('-1.2346e-5');
    expect(formatNumber(123456)).toBe('1.2346e5');
    expect(formatNumber(1e5)).toBe('1e5');
    expect(formatNumber(1e-9)).toBe('1e-9');
    // A genuine tiny number keeps its value when its operands are as tiny (scale), and reads as 0
    // when it is rounding noise next to operands of size 1 (the default).
    expect(formatNumber(5e-324, 5e-324)).toBe('4.9407e-324');
    expect(formatNumber(5e-324)).toBe('0');
  });

  it('formatNumber(x) spells out NaN and Infinity', () => {
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(Infinity)).toBe('Infinity');
    expect(formatNumber(-Infinity)).toBe('-Infinity');
  });

  it('formatLatexNumber(x) writes scientific form as a power of ten and renders as MathML', () => {
    expect(formatLatexNumber(0.0000123)).toBe(String.raw`1.23 \times 10^{-5}`);
    expect(formatLatexNumber(-123456)).toBe(String.raw`-1.2346 \times 10^{5}`);
    expect(formatLatexNumber(NaN)).toBe(String.raw`\text{NaN}`);
    expect(formatLatexNumber(-Infinity)).toBe(String.raw`-\infty`);
    expect(formatLatexNumber(0.6457)).toBe('0.6457');
    for (const x of [0, -1.5, 1e-7, 3e12, NaN, Infinity, -Infinity]) {
      expect(() => typeset(formatLatexNumber(x))).not.toThrow();
    }
  });
});

describe('formatNumber properties', () => {
  it('formatNumber(x) never shows more than 4 decimals and stays within rounding of x', () => {
    fc.assert(
      // Below 1e300: rounding 1.79765e308 up to 1.7977e308 is right but does not parse back.
      fc.property(fc.double({ noNaN: true, min: -1e300, max: 1e300 }), (x) => {
        fc.pre(!isRoundingNoise(x));
        const s = formatNumber(x);
        const [mantissa] = s.split('e');
        expect(mantissa).not.toMatch(/\.\d{5,}/);
        expect(mantissa).not.toMatch(/\.(\d*0)$/);
        const back = Number(s);
        const ax = Math.abs(x);
        if (ax >= 1e5 || (ax > 0 && ax < 1e-4))
          expect(Math.abs(back - x)).toBeLessThanOrEqual(5e-5 * ax);
        else expect(Math.abs(back - x)).toBeLessThanOrEqual(5e-5 + 1e-12);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('formatLatexNumber(x) renders as a formula for any double', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        typeset(formatLatexNumber(x));
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});

describe('rounding noise reads as 0', () => {
  it('a sum whose exact value is 0 shows 0, with the stored value kept for a hover title', () => {
    const z = 0.8 * 1 + -0.3 * 2 + -0.2;
    expect(z).toBe(5.551115123125783e-17);
    expect(formatNumber(z)).toBe('0');
    expect(formatLatexNumber(z)).toBe('0');
    expect(exactTitle(z)).toContain('5.551115123125783e-17');
    expect(exactTitle(0.25)).toBeUndefined();
    expect(exactTitle(0)).toBeUndefined();
  });

  it('the threshold is 16 units of rounding of the operands: 16 * 2^-52 * scale', () => {
    const edge = 16 * Number.EPSILON;
    expect(isRoundingNoise(edge)).toBe(true);
    expect(isRoundingNoise(edge * 1.01)).toBe(false);
    expect(isRoundingNoise(-edge)).toBe(true);
    expect(isRoundingNoise(1e-13, 1000)).toBe(true);
    expect(isRoundingNoise(1e-13, 1)).toBe(false);
    expect(formatNumber(1e-13)).toBe('1e-13');
    expect(formatNumber(-1e-13, 1000)).toBe('0');
    expect(isRoundingNoise(0)).toBe(false);
    expect(isRoundingNoise(NaN)).toBe(false);
    expect(isRoundingNoise(Infinity)).toBe(false);
  });

  it("the engine's weighted-sum step shows z = 0 where the exact sum is 0 (lesson 2's exercise)", () => {
    const r = neuron({ weights: [0.8, -0.3], bias: -0.2, activation: 'sigmoid' }).forward([1, 2]);
    expect(r.z).toBe(5.551115123125783e-17);
    expect(toText(r.steps[0])).toMatch(/= 0$/);
    expect(toLatex(r.steps[0])).toMatch(/= 0$/);
    expect(toLatex(r.steps[0])).not.toMatch(/10\^/);
  });

  it('property: a + b - a - b with operands up to 1e6 never displays as anything but 0 when noise', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (a, b) => {
          const r = a + b - a - b;
          const scale = 2 * (Math.abs(a) + Math.abs(b));
          expect(formatNumber(r, scale)).toBe('0');
          expect(formatLatexNumber(r, scale)).toBe('0');
        },
      ),
      { numRuns: 2000, seed: 13 },
    );
  });

  it('property: a value well above the threshold is never shown as 0', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
        fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
        (x, scale) => {
          fc.pre(x > 17 * Number.EPSILON * scale);
          expect(isRoundingNoise(x, scale)).toBe(false);
          expect(formatNumber(x, scale)).not.toBe('0');
        },
      ),
      { numRuns: 2000, seed: 14 },
    );
  });
});
