import { LATEX, TEXT } from './render-notation.ts';
import { render } from './render-steps.ts';
import type { Step } from './steps.ts';

/** Steps as LaTeX or plain text: rendering depends on the step records, never the reverse. */

/** Options for `toLatex` and `toText`. */
export interface RenderOptions {
  /** Also show the symbolic form between the symbol and the numbers: `z = w_1 x_1 + b = ...`. */
  symbolic?: boolean;
}

/** Renders a step as LaTeX (it typesets with Temml, strict): symbol, optionally the formula, the numbers, the result. */
export function toLatex(step: Step, options: RenderOptions = {}): string {
  return render(step, LATEX, options.symbolic === true);
}

/** Renders a step as plain text for screen readers and copy/paste. */
export function toText(step: Step, options: RenderOptions = {}): string {
  return render(step, TEXT, options.symbolic === true);
}
