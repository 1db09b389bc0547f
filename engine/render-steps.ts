import { renderKit } from './render-kit.ts';
import { renderLoss } from './render-losses.ts';
import { renderSoftmax, renderSoftmaxGradient } from './render-softmax.ts';
import { renderUpdate } from './render-updates.ts';
import type { Notation } from './render-notation.ts';
import type { Step } from './steps.ts';

/**
 * The step renderer behind `toLatex` and `toText`: one function per notation would repeat every
 * formula twice, so both notations share `render` and differ only in their `Notation` pieces.
 */

/** Values past this many are elided in the middle of a long batch sum. */
const MAX_TERMS = 8;

/** Renders `step` in notation `n`, with the formula in the middle when `symbolic`. */
export function render(step: Step, n: Notation, symbolic: boolean): string {
  const kit = renderKit(n, symbolic);
  const { sym, num, prob, f, t, mul, chain } = kit;

  switch (step.kind) {
    case 'weightedSum': {
      const formula = step.weights
        .map((w, i) => mul(sym(w.label), sym(step.inputs[i].label)))
        .concat(sym(step.bias.label))
        .join(' + ');
      const numbers = step.weights
        .map((w, i) => `${f(w.value)}${f(step.inputs[i].value)}`)
        .concat(step.weights.length ? t(step.bias.value) : num(step.bias.value))
        .join(' + ');
      const scale =
        step.weights.reduce((acc, w, i) => acc + Math.abs(w.value * step.inputs[i].value), 0) +
        Math.abs(step.bias.value);
      return chain(sym(step.output), formula, numbers, step.result, '=', scale);
    }
    case 'activation': {
      const s = n.latex ? step.activation.symbol : step.activation.textSymbol;
      return chain(
        sym(step.output),
        `${s}(${sym(step.input.label)})`,
        `${s}(${num(step.input.value)})`,
        // A sigmoid's output is a probability that a loss step may take the logarithm of next:
        // shown with the digits that step shows it with (0.000516, not 0.0005).
        step.activation.name === 'sigmoid' ? prob(step.result) : step.result,
      );
    }
    case 'activationDerivative': {
      const s = `${n.latex ? step.activation.symbol : step.activation.textSymbol}'`;
      return chain(
        sym(step.output),
        `${s}(${sym(step.input.label)})`,
        `${s}(${num(step.input.value)})`,
        step.result,
      );
    }
    case 'loss':
    case 'lossDerivative':
      return renderLoss(step, kit);
    case 'chainRule': {
      const formula = step.factors.map((q) => sym(q.label)).join(n.times);
      const numbers = step.factors.map((q) => f(q.value)).join('');
      return chain(sym(step.output), formula, numbers, step.result);
    }
    case 'backpropSum': {
      const formula = step.terms
        .map((q) => mul(sym(q.weight.label), sym(q.gradient.label)))
        .join(' + ');
      const numbers = step.terms
        .map((q) => `${f(q.weight.value)}${f(q.gradient.value)}`)
        .join(' + ');
      const scale = step.terms.reduce(
        (acc, q) => acc + Math.abs(q.weight.value * q.gradient.value),
        0,
      );
      return chain(sym(step.output), formula || '0', numbers || '0', step.result, '=', scale);
    }
    case 'average': {
      const count = step.values.length;
      const shown =
        count > MAX_TERMS
          ? [...step.values.slice(0, 3).map(t), n.dots, t(step.values[count - 1])]
          : step.values.map(t);
      if (shown.length) shown[0] = num(step.values[0]);
      const inv = n.latex ? n.frac('1', String(count)) : `(1/${count})`;
      return chain(
        sym(step.output),
        `${n.sum(count, 's')} ${sym(step.item)}`,
        `${inv}(${shown.join(' + ')})`,
        step.result,
        '=',
        step.values.reduce((acc, v) => acc + Math.abs(v), 0),
      );
    }
    case 'update':
    case 'momentumUpdate':
    case 'rmspropUpdate':
    case 'adamUpdate':
    case 'perceptronUpdate':
      return renderUpdate(step, kit);
    case 'softmax':
      return renderSoftmax(step, n, symbolic);
    case 'softmaxGradient':
      return renderSoftmaxGradient(step, n, symbolic);
  }
}
