import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from '../../src/lib/whole-number';

const range = { min: 0, max: 1000000, label: 'Seed' };

describe('parseWholeNumber(text, range, badInput)', () => {
  it('reads whole numbers at both ends of the range, and -0 as 0', () => {
    expect(parseWholeNumber('0', range)).toEqual({ ok: true, value: 0 });
    expect(parseWholeNumber('1000000', range)).toEqual({ ok: true, value: 1000000 });
    expect(parseWholeNumber('1e6', range)).toEqual({ ok: true, value: 1000000 });
    const zero = parseWholeNumber('-0', range);
    expect(zero.ok && Object.is(zero.value, 0)).toBe(true);
  });

  it('refuses fractions, words, empty text and values out of range, each with a message', () => {
    const messages = ['2.5', 'abc', '', '-1', '1000001', '1e7'].map((text) => {
      const result = parseWholeNumber(text, range);
      expect(result.ok, text).toBe(false);
      return result.ok ? '' : result.message;
    });
    expect(messages).toEqual([
      'Seed must be a whole number; 2.5 is not.',
      '“abc” is not a number. Seed takes a number between 0 and 1000000.',
      'Enter a number for Seed, between 0 and 1000000.',
      'Seed must be between 0 and 1000000; -1 is outside.',
      'Seed must be between 0 and 1000000; 1000001 is outside.',
      'Seed must be between 0 and 1000000; 10000000 is outside.',
    ]);
  });

  it('says a field the browser cannot read is not a number, rather than empty', () => {
    const result = parseWholeNumber('', range, true);
    expect(result).toEqual({
      ok: false,
      message: 'That is not a number. Seed takes a whole number between 0 and 1000000.',
    });
  });
});
