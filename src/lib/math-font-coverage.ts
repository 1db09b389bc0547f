/**
 * Which characters the math font must hold. The site's font is a subset of Latin Modern Math
 * (scripts/subset-math-font.mjs); a character it lacks is drawn from whatever font the reader's
 * system has, or as an empty box. Browsers do not draw a one-letter `<mi>` as written: MathML Core's
 * `text-transform: math-auto` turns `x` into MATHEMATICAL ITALIC SMALL X (U+1D465), so the
 * character to check is the one drawn, which is what `drawnCodePoints` returns.
 */

/** MathML Core's italic mapping for single characters (its "math-auto" table). */
function italicOf(code: number): number {
  if (code === 0x68) return 0x210e; // h is the Planck constant's ℎ
  if (code >= 0x61 && code <= 0x7a) return 0x1d44e + code - 0x61;
  if (code >= 0x41 && code <= 0x5a) return 0x1d434 + code - 0x41;
  if (code === 0x131) return 0x1d6a4; // dotless i
  if (code === 0x237) return 0x1d6a5; // dotless j
  if (code >= 0x391 && code <= 0x3a9 && code !== 0x3a2) return 0x1d6e2 + code - 0x391;
  if (code === 0x3f4) return 0x1d6f3; // capital theta symbol
  if (code === 0x2207) return 0x1d6fb; // nabla
  if (code >= 0x3b1 && code <= 0x3c9) return 0x1d6fc + code - 0x3b1;
  const variants: Record<number, number> = {
    0x2202: 0x1d715, // partial
    0x3f5: 0x1d716, // lunate epsilon
    0x3d1: 0x1d717, // theta symbol
    0x3f0: 0x1d718, // kappa symbol
    0x3d5: 0x1d719, // phi symbol
    0x3f1: 0x1d71a, // rho symbol
    0x3d6: 0x1d71b, // pi symbol
  };
  return variants[code] ?? code;
}

/**
 * The code points a MathML token element draws: `text` as written, except a single character in
 * an `<mi>` without a `mathvariant`, which is drawn italic.
 */
export function drawnCodePoints(
  element: string,
  mathvariant: string | undefined,
  text: string,
): number[] {
  const codes = Array.from(text, (c) => c.codePointAt(0)!);
  if (element === 'mi' && mathvariant === undefined && codes.length === 1)
    return [italicOf(codes[0])];
  return codes;
}

/** One token element of a formula, as read from a page: its name, `mathvariant` and text. */
export interface MathToken {
  element: string;
  mathvariant?: string;
  text: string;
}

/**
 * The characters of `tokens` missing from a font holding `fontCodePoints`, each once, written as
 * `U+1D465 𝑥`; white space is not drawn from the font, so it is never missing.
 */
export function missingCharacters(
  tokens: Iterable<MathToken>,
  fontCodePoints: ReadonlySet<number>,
): string[] {
  const missing = new Set<number>();
  for (const { element, mathvariant, text } of tokens)
    for (const code of drawnCodePoints(element, mathvariant, text))
      if (!fontCodePoints.has(code) && !/\s/.test(String.fromCodePoint(code))) missing.add(code);
  return [...missing]
    .sort((a, b) => a - b)
    .map((code) => `U+${code.toString(16).toUpperCase()} ${String.fromCodePoint(code)}`);
}
