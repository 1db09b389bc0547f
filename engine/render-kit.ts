import type { Notation } from './render-notation.ts';
import type { Label } from './steps.ts';

/**
 * The helpers every step's rendering is written with, bound to a notation and to whether the
 * symbolic formula is shown (internal: `render` in render-steps.ts makes one per step and hands it
 * to the loss and update renderers).
 */
export function renderKit(n: Notation, symbolic: boolean) {
  const sym = (l: Label) => (n.latex ? l.latex : l.text);
  const num = n.num;
  /** A factor in a product, always parenthesized: (0.5)(1). */
  const f = (x: number) => `(${num(x)})`;
  /** A term after + or -, parenthesized only when negative: + (-0.3). */
  const t = (x: number) => (x < 0 || x === -Infinity ? `(${num(x)})` : num(x));
  /**
   * A probability inside a logarithm or under a fraction bar, with the digits its result depends
   * on. Four decimals would show 0.000516 as 0.0005, and -ln(0.0005) = 7.6009 where
   * -ln(0.000516) = 7.5694: within 0.01 of 0, or of 1 (where 1 - p is the small number), it keeps
   * three significant digits of p or of 1 - p. Below 1e-4 the scientific form already does.
   */
  const prob = (x: number) => {
    const near = Math.min(Math.abs(x), Math.abs(1 - x));
    if (!Number.isFinite(x) || Math.abs(x) < 1e-4 || near === 0 || near >= 0.01) return num(x);
    const decimals = Math.min(15, 2 - Math.floor(Math.log10(near)));
    return x.toFixed(decimals).replace(/\.?0+$/, '');
  };
  /** Juxtaposes symbols in LaTeX (w_1 x_1) and joins them with * in text (w1*x1). */
  const mul = (...parts: string[]) => parts.join(n.latex ? ' ' : '*');
  /**
   * output = [symbolic =] numbers = result; `scale` sizes the operands (rounding noise shows 0). A
   * result already written (a probability through `prob`) is shown as it is.
   */
  const chain = (
    out: string,
    formula: string,
    numbers: string,
    result: number | string,
    op = '=',
    scale = 1,
  ) =>
    `${out} ${op} ${symbolic ? `${formula} = ` : ''}${numbers} = ${typeof result === 'string' ? result : num(result, scale)}`;
  const paramRule = (p: Label, formula: string, numbers: string, result: number, scale = 1) =>
    chain(sym(p), formula, numbers, result, n.assign, scale);
  return { n, sym, num, prob, f, t, mul, chain, paramRule };
}

/** The helpers `renderKit` binds. */
export type RenderKit = ReturnType<typeof renderKit>;
