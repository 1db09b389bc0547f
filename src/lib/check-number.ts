/** The verdict on a number a reader gave as the answer to a question. */
export type NumberVerdict =
  { kind: 'invalid'; message: string } | { kind: 'right' } | { kind: 'wrong'; message: string };

/**
 * Plain decimal notation, with an optional exponent. `Number()` alone would also take `0x10`,
 * `0b1` and `Infinity`, and then judge a value the reader never meant.
 */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const ASK = 'Enter a number, such as 0.25 or -1.5.';

/**
 * Checks a typed answer against the engine's value, within an absolute tolerance (answers are
 * usually rounded by hand). Text that is not a number gets a message, not a verdict. One comma is
 * read as a decimal comma (`0,5`); since `1,000` could also be a thousands separator, a wrong
 * verdict then says how the comma was read.
 */
export function checkNumber(text: string, answer: number, tolerance: number): NumberVerdict {
  const trimmed = text.trim().replace(/\u2212/g, '-');
  const commas = (trimmed.match(/,/g) ?? []).length;
  if (commas > 1 || (commas === 1 && trimmed.includes('.'))) {
    return {
      kind: 'invalid',
      message: `Write the number without thousands separators, with one dot or comma before the decimals, such as 1000.5.`,
    };
  }
  const cleaned = trimmed.replace(',', '.');
  if (!DECIMAL.test(cleaned)) return { kind: 'invalid', message: ASK };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) {
    return { kind: 'invalid', message: `${trimmed} is too large to be an answer here. ${ASK}` };
  }
  if (Math.abs(value - answer) <= tolerance) return { kind: 'right' };
  const read = commas === 1 ? ' (the comma read as a decimal point)' : '';
  const direction = value > answer ? 'too high' : 'too low';
  return { kind: 'wrong', message: `${value}${read} is ${direction}.` };
}
