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
    for (const text of ['', 'half', 'NaN', 'Infinity']) {
      expect(checkNumber(text, 0.5, 0.01).kind).toBe('invalid');
    }
  });
});
