import type { Notation } from './render-notation.ts';
import type { Label, SoftmaxGradientStep, SoftmaxStep } from './steps.ts';

/**
 * Rendering of the two softmax steps (internal; `render` in render-steps.ts calls these). Kept
 * apart because a softmax step lists every neuron of its layer, unlike the other steps.
 */

/** Past this many terms, a sum's symbolic form shows the first, a dots and the last. */
const SHOWN = 3;

/** `a_j = e^{z_j} / (e^{z_1} + ... + e^{z_m}) = e^{1.2} / (e^{0.3} + ...) = 3.32 / 8.1 = 0.41` */
export function renderSoftmax(step: SoftmaxStep, n: Notation, symbolic: boolean): string {
  const sym = (l: Label) => (n.latex ? l.latex : l.text);
  const exp = (x: string) => (n.latex ? `e^{${x}}` : `exp(${x})`);
  const labels = step.inputs.map((q) => exp(sym(q.label)));
  const m = labels.length;
  const denominator =
    m > SHOWN ? [labels[0], n.dots, labels[m - 1]].join(' + ') : labels.join(' + ');
  // Display-size fractions: a softmax's long denominator would be unreadable at script size.
  const frac = n.latex ? (a: string, b: string) => String.raw`\dfrac{${a}}{${b}}` : n.frac;
  const formula = frac(labels[step.index], denominator);
  const numbers = frac(
    exp(n.num(step.inputs[step.index].value)),
    step.inputs.map((q) => exp(n.num(q.value))).join(' + '),
  );
  const parts = [sym(step.output), '=', ...(symbolic ? [formula, '='] : []), numbers];
  // The evaluated fraction only when it is finite: past z = 709, e^z overflows, and the result
  // (computed stably) is still right while 'Infinity / Infinity' would not be.
  if (Number.isFinite(step.sum) && step.sum > 0) {
    parts.push('=', frac(n.num(step.exponentials[step.index]), n.num(step.sum)));
  }
  parts.push('=', n.num(step.result));
  return parts.join(' ');
}

/**
 * `dL/dz_j = a_j - y_j = 0.41 - 0 = 0.41`; when the targets do not sum to 1, the sum is shown as
 * a factor: `dL/dz_j = a_j * sum(y) - y_j = (0.41)(1.5) - 0.5 = 0.115`.
 */
export function renderSoftmaxGradient(
  step: SoftmaxGradientStep,
  n: Notation,
  symbolic: boolean,
): string {
  const sym = (l: Label) => (n.latex ? l.latex : l.text);
  const y = step.target.value;
  const a = step.prediction.value;
  const sum = step.targetSum;
  const sumSymbol = n.latex ? String.raw`\sum_k y_k` : 'sum(y)';
  const formula =
    sum === undefined
      ? `${sym(step.prediction.label)} - ${sym(step.target.label)}`
      : `${sym(step.prediction.label)}${n.latex ? ' ' : '*'}${sumSymbol} - ${sym(step.target.label)}`;
  const first = sum === undefined ? n.num(a) : `(${n.num(a)})(${n.num(sum)})`;
  const numbers = `${first} - ${y < 0 ? `(${n.num(y)})` : n.num(y)}`;
  return `${sym(step.output)} = ${symbolic ? `${formula} = ` : ''}${numbers} = ${n.num(step.result)}`;
}
