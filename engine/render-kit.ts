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
  /** Juxtaposes symbols in LaTeX (w_1 x_1) and joins them with * in text (w1*x1). */
  const mul = (...parts: string[]) => parts.join(n.latex ? ' ' : '*');
  /** output = [symbolic =] numbers = result; `scale` sizes the operands (rounding noise shows 0). */
  const chain = (
    out: string,
    formula: string,
    numbers: string,
    result: number,
    op = '=',
    scale = 1,
  ) => `${out} ${op} ${symbolic ? `${formula} = ` : ''}${numbers} = ${num(result, scale)}`;
  const paramRule = (p: Label, formula: string, numbers: string, result: number, scale = 1) =>
    chain(sym(p), formula, numbers, result, n.assign, scale);
  return { n, sym, num, f, t, mul, chain, paramRule };
}

/** The helpers `renderKit` binds. */
export type RenderKit = ReturnType<typeof renderKit>;
