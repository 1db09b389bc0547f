import { expect } from 'vitest';

type Numeric = number | ArrayLike<number> | readonly Numeric[];

/**
 * Asserts that two numbers, or two (nested) arrays of numbers, agree to `tolerance`, relative to
 * the expected magnitude when it is above 1 and absolute below: |a - e| <= tol * max(1, |e|).
 * The message names the first index that differs, so a failing gradient is easy to find.
 */
export function expectClose(
  actual: Numeric,
  expected: Numeric,
  tolerance = 1e-12,
  path = '',
): void {
  if (typeof expected === 'number') {
    expect(typeof actual, `${path || 'value'} should be a number`).toBe('number');
    const a = actual as number;
    if (Number.isNaN(expected)) {
      expect(Number.isNaN(a), `${path || 'value'}: expected NaN, got ${a}`).toBe(true);
      return;
    }
    const ok =
      a === expected || Math.abs(a - expected) <= tolerance * Math.max(1, Math.abs(expected));
    expect(ok, `${path || 'value'}: expected ${expected} +- ${tolerance}, got ${a}`).toBe(true);
    return;
  }
  const e = expected as ArrayLike<Numeric>;
  const a = actual as ArrayLike<Numeric>;
  expect(a.length, `${path || 'array'} length`).toBe(e.length);
  for (let i = 0; i < e.length; i++) expectClose(a[i], e[i], tolerance, `${path}[${i}]`);
}
