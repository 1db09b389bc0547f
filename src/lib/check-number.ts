/** The verdict on a number a reader gave as the answer to a question. */
export type NumberVerdict =
  { kind: 'invalid'; message: string } | { kind: 'right' } | { kind: 'wrong'; message: string };

/**
 * Checks a typed answer against the engine's value, within an absolute tolerance (answers are
 * usually rounded by hand). Text that is not a number gets a message, not a verdict.
 */
export function checkNumber(text: string, answer: number, tolerance: number): NumberVerdict {
  const cleaned = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/,/g, '.');
  const value = cleaned === '' ? NaN : Number(cleaned);
  if (!Number.isFinite(value)) {
    return { kind: 'invalid', message: `Enter a number, such as 0.25 or -1.5.` };
  }
  if (Math.abs(value - answer) <= tolerance) return { kind: 'right' };
  const direction = value > answer ? 'too high' : 'too low';
  return { kind: 'wrong', message: `${value} is ${direction}.` };
}
