import { describe, expect, it } from 'vitest';
import { parseBoundedNumber } from '../../src/lib/bounded-number';

const range = { min: -3, max: 3, label: 'w1' };

describe('parseBoundedNumber(text, range)', () => {
  it('reads ordinary, leading-dot, exponent and Unicode-minus numbers', () => {
    expect(parseBoundedNumber('0.5', range)).toEqual({ ok: true, value: 0.5 });
    expect(parseBoundedNumber(' .5 ', range)).toEqual({ ok: true, value: 0.5 });
    expect(parseBoundedNumber('1e-2', range)).toEqual({ ok: true, value: 0.01 });
    expect(parseBoundedNumber('\u22122', range)).toEqual({ ok: true, value: -2 });
  });

  it('accepts both ends of the range', () => {
    expect(parseBoundedNumber('-3', range)).toEqual({ ok: true, value: -3 });
    expect(parseBoundedNumber('3', range)).toEqual({ ok: true, value: 3 });
  });

  it('rejects empty text with a message naming the control and the range', () => {
    expect(parseBoundedNumber('  ', range)).toEqual({
      ok: false,
      message: 'Enter a number for w1, between -3 and 3.',
    });
  });

  it('rejects words, NaN and Infinity as not a number', () => {
    for (const text of ['abc', 'NaN', 'Infinity', '1..2']) {
      const result = parseBoundedNumber(text, range);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain('is not a number');
    }
  });

  it('rejects a value outside the range and says which range', () => {
    expect(parseBoundedNumber('7', range)).toEqual({
      ok: false,
      message: 'w1 must be between -3 and 3; 7 is outside.',
    });
  });
});
