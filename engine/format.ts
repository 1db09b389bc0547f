/**
 * How numbers are shown: at most 4 decimals with trailing zeros trimmed, scientific form for very
 * large or very small magnitudes, NaN and Infinity spelled out. Steps and the site's read-outs use
 * these two functions, so every number on screen matches the math shown next to it.
 */

/** Magnitudes at or above this are shown in scientific form. */
const LARGE = 1e5;
/** Non-zero magnitudes below this are shown in scientific form (4 decimals would show 0). */
const SMALL = 1e-4;

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** Splits x into a mantissa with at most 4 decimals and an exponent: 1.2346e-5 -> ['1.2346', -5]. */
function scientific(x: number): [string, number] {
  const [m, e] = x.toExponential(4).split('e');
  return [trimZeros(m), Number(e)];
}

function isScientific(x: number): boolean {
  const ax = Math.abs(x);
  return ax >= LARGE || (ax > 0 && ax < SMALL);
}

/** Formats a number as plain text: `0.6457`, `-2`, `1.23e-5`, `NaN`, `-Infinity`. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (isScientific(x)) {
    const [m, e] = scientific(x);
    return `${m}e${e}`;
  }
  const s = trimZeros(x.toFixed(4));
  // -0.00001 rounds to "-0", which reads as a different number from 0.
  return s === '-0' ? '0' : s;
}

/** Formats a number as LaTeX: `0.6457`, `1.23 \times 10^{-5}`, `\text{NaN}`, `-\infty`. */
export function formatLatexNumber(x: number): string {
  if (Number.isNaN(x)) return String.raw`\text{NaN}`;
  if (x === Infinity) return String.raw`\infty`;
  if (x === -Infinity) return String.raw`-\infty`;
  if (isScientific(x)) {
    const [m, e] = scientific(x);
    return String.raw`${m} \times 10^{${e}}`;
  }
  return formatNumber(x);
}
