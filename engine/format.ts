/**
 * How numbers are shown: at most 4 decimals with trailing zeros trimmed, scientific form for very
 * large or very small magnitudes, NaN and Infinity spelled out. Steps and the site's read-outs use
 * these functions, so every number on screen matches the math shown next to it.
 *
 * Rounding noise reads as 0. Floating-point arithmetic rounds every operation to about 16
 * significant digits, so a result whose exact value is 0 can come out as a tiny leftover:
 * 0.8 * 1 + (-0.3) * 2 + (-0.2) is 5.55e-17, not 0. The rule: a value v that was computed from
 * operands whose magnitudes add up to `scale` is noise when |v| <= NOISE_ULPS * 2^-52 * scale,
 * that is within a few units of rounding of the operands (each of the handful of operations that
 * produced v can be off by half a unit of the largest magnitude involved). Such a value is shown
 * as 0. A read-out with no operands at hand uses scale 1, an absolute threshold of about 3.6e-15,
 * about ten orders of magnitude below the 4 decimals shown, so no genuine small number (a gradient of
 * 1e-9, an epsilon of 1e-8) is ever hidden. The exact stored value stays available: HTML shows it
 * on hover (`exactTitle`), and the number itself is never changed, only its display.
 */

/** Magnitudes at or above this are shown in scientific form. */
const LARGE = 1e5;
/** Non-zero magnitudes below this are shown in scientific form (4 decimals would show 0). */
const SMALL = 1e-4;
/** How many units of rounding (relative to the operands' magnitude) still count as noise. */
const NOISE_ULPS = 16;

/**
 * Whether `x`, computed from operands whose magnitudes add up to `scale` (1 when unknown), is
 * floating-point rounding noise around an exact 0.
 */
export function isRoundingNoise(x: number, scale = 1): boolean {
  if (x === 0 || !Number.isFinite(x)) return false;
  const s = Number.isFinite(scale) ? Math.abs(scale) : 1;
  return Math.abs(x) <= NOISE_ULPS * Number.EPSILON * s;
}

/** The value as displayed: 0 for rounding noise (see `isRoundingNoise`), otherwise `x` itself. */
export function displayValue(x: number, scale = 1): number {
  return isRoundingNoise(x, scale) ? 0 : x;
}

/** The exact stored value, for an HTML `title`, when the display hides it as noise; else undefined. */
export function exactTitle(x: number, scale = 1): string | undefined {
  return isRoundingNoise(x, scale)
    ? `exactly stored: ${x} (floating-point rounding of 0)`
    : undefined;
}

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

/**
 * Formats a number as plain text: `0.6457`, `-2`, `1.23e-5`, `NaN`, `-Infinity`; rounding noise
 * (relative to `scale`, the operands' total magnitude, 1 when unknown) as `0`.
 */
export function formatNumber(x: number, scale = 1): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (isRoundingNoise(x, scale)) return '0';
  if (isScientific(x)) {
    const [m, e] = scientific(x);
    return `${m}e${e}`;
  }
  const s = trimZeros(x.toFixed(4));
  // -0.00001 rounds to "-0", which reads as a different number from 0.
  return s === '-0' ? '0' : s;
}

/**
 * Formats a number as LaTeX: `0.6457`, `1.23 \times 10^{-5}`, `\text{NaN}`, `-\infty`; rounding
 * noise (see `formatNumber`) as a plain `0`.
 */
export function formatLatexNumber(x: number, scale = 1): string {
  if (Number.isNaN(x)) return String.raw`\text{NaN}`;
  if (x === Infinity) return String.raw`\infty`;
  if (x === -Infinity) return String.raw`-\infty`;
  if (isRoundingNoise(x, scale)) return '0';
  if (isScientific(x)) {
    const [m, e] = scientific(x);
    return String.raw`${m} \times 10^{${e}}`;
  }
  return formatNumber(x);
}
