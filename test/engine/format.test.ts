import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/lib/typeset';
import fc from 'fast-check';
import { formatLatexNumber, formatNumber } from '../../engine/index.ts';

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
    expect(formatNumber(5e-324)).toBe('4.9407e-324');
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
