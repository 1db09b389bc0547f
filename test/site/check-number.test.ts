import { describe, expect, it } from 'vitest';
import { checkNumber } from '../../src/lib/check-number';

describe('checkNumber(text, answer, tolerance)', () => {
  it('accepts an answer within the tolerance, rounded either way', () => {
    expect(checkNumber('0.646', 0.6457, 0.005)).toEqual({ kind: 'right' });
    expect(checkNumber('0.64', 0.6457, 0.01)).toEqual({ kind: 'right' });
  });

  it('reads a decimal comma and a Unicode minus sign', () => {
    expect(checkNumber('0,5', 0.5, 0.001)).toEqual({ kind: 'right' });
    expect(checkNumber('\u22121', -1, 0.001)).toEqual({ kind: 'right' });
  });

  it('says whether a wrong answer is too high or too low', () => {
    expect(checkNumber('2', 0.5, 0.01)).toEqual({ kind: 'wrong', message: '2 is too high.' });
    expect(checkNumber('0', 0.5, 0.01)).toEqual({ kind: 'wrong', message: '0 is too low.' });
  });

  it('asks for a number when the text is empty or not a number', () => {
    for (const text of ['', '   ', 'half', 'NaN', 'Infinity', '-Infinity', '1/2', '0.5.1']) {
      expect(checkNumber(text, 0.5, 0.01)).toEqual({
        kind: 'invalid',
        message: 'Enter a number, such as 0.25 or -1.5.',
      });
    }
  });

  it('judges only plain decimal notation, not hex or binary that Number() would take', () => {
    for (const text of ['0x10', '0b1', '0o7', '1_000']) {
      expect(checkNumber(text, 16, 0.01).kind).toBe('invalid');
    }
  });

  it('takes spaces around the number, an exponent and a minus zero', () => {
    expect(checkNumber('  0.5  ', 0.5, 0.001)).toEqual({ kind: 'right' });
    expect(checkNumber('5e-1', 0.5, 0.001)).toEqual({ kind: 'right' });
    expect(checkNumber('1e6', 0.5, 0.001)).toEqual({
      kind: 'wrong',
      message: '1000000 is too high.',
    });
    expect(checkNumber('-0', 0.5, 0.001)).toEqual({ kind: 'wrong', message: '0 is too low.' });
    expect(checkNumber('.5', 0.5, 0.001)).toEqual({ kind: 'right' });
  });

  it('says how a lone comma was read, since 1,000 may mean a thousand', () => {
    expect(checkNumber('1,000', 1000, 0.5)).toEqual({
      kind: 'wrong',
      message: '1 (the comma read as a decimal point) is too low.',
    });
  });

  it('refuses thousands separators and numbers too large to hold, with a message', () => {
    for (const text of ['1,000.5', '1,000,000']) {
      expect(checkNumber(text, 1000, 0.5)).toEqual({
        kind: 'invalid',
        message:
          'Write the number without thousands separators, with one dot or comma before the decimals, such as 1000.5.',
      });
    }
    expect(checkNumber('1e400', 0.5, 0.01)).toEqual({
      kind: 'invalid',
      message: '1e400 is too large to be an answer here. Enter a number, such as 0.25 or -1.5.',
    });
  });
});
