import { formatLatexNumber, formatNumber } from './format.ts';
import { gradientLabel } from './labels.ts';
import { renderSoftmax, renderSoftmaxGradient } from './render-softmax.ts';
import type { Label, Step } from './steps.ts';

/**
 * The step renderer behind `toLatex` and `toText`: one function per notation would repeat every
 * formula twice, so both notations share `render` and differ only in their `Notation` pieces.
 */

/** The notation-specific pieces that the renderer combines. */
export interface Notation {
  latex: boolean;
  num(x: number): string;
  assign: string;
  times: string;
  eta: string;
  beta: string;
  frac(a: string, b: string): string;
  sqrt(a: string): string;
  ln: string;
  sum(count: number, index: string): string;
  sep: string;
  dots: string;
  hat(s: string): string;
}

/** LaTeX for KaTeX. */
export const LATEX: Notation = {
  latex: true,
  num: formatLatexNumber,
  assign: String.raw`\leftarrow`,
  times: String.raw` \cdot `,
  eta: String.raw`\eta`,
  beta: String.raw`\beta`,
  frac: (a, b) => String.raw`\frac{${a}}{${b}}`,
  sqrt: (a) => String.raw`\sqrt{${a}}`,
  ln: String.raw`\ln`,
  sum: (n, i) => String.raw`\frac{1}{${n}}\sum_{${i}=1}^{${n}}`,
  sep: String.raw`,\quad `,
  dots: String.raw`\cdots`,
  hat: (s) => String.raw`\hat{${s}}`,
};

/** Plain text for screen readers and copy/paste. */
export const TEXT: Notation = {
  latex: false,
  num: formatNumber,
  assign: '<-',
  times: ' * ',
  eta: 'eta',
  beta: 'beta',
  frac: (a, b) => `(${a})/(${b})`,
  sqrt: (a) => `sqrt(${a})`,
  ln: 'ln',
  sum: (n, i) => `(1/${n})*sum_${i}`,
  sep: '; ',
  dots: '...',
  hat: (s) => `${s}hat`,
};

/** Values past this many are elided in the middle of a long batch sum. */
const MAX_TERMS = 8;

/** Renders `step` in notation `n`, with the formula in the middle when `symbolic`. */
export function render(step: Step, n: Notation, symbolic: boolean): string {
  const sym = (l: Label) => (n.latex ? l.latex : l.text);
  const num = n.num;
  /** A factor in a product, always parenthesized: (0.5)(1). */
  const f = (x: number) => `(${num(x)})`;
  /** A term after + or -, parenthesized only when negative: + (-0.3). */
  const t = (x: number) => (x < 0 || x === -Infinity ? `(${num(x)})` : num(x));
  /** Juxtaposes symbols in LaTeX (w_1 x_1) and joins them with * in text (w1*x1). */
  const mul = (...parts: string[]) => parts.join(n.latex ? ' ' : '*');
  /** output = [symbolic =] numbers = result */
  const chain = (out: string, formula: string, numbers: string, result: number, op = '=') =>
    `${out} ${op} ${symbolic ? `${formula} = ` : ''}${numbers} = ${num(result)}`;
  const paramRule = (p: Label, formula: string, numbers: string, result: number) =>
    chain(sym(p), formula, numbers, result, n.assign);

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
      return chain(sym(step.output), formula, numbers, step.result);
    }
    case 'activation': {
      const s = n.latex ? step.activation.symbol : step.activation.textSymbol;
      return chain(
        sym(step.output),
        `${s}(${sym(step.input.label)})`,
        `${s}(${num(step.input.value)})`,
        step.result,
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
    case 'loss': {
      const m = step.predictions.length;
      const each = (p: (i: number) => [string, string]) => {
        const parts = step.predictions.map((_, i) => p(i));
        const join = (k: 0 | 1) =>
          m === 1
            ? parts[0][k]
            : `${n.latex ? n.frac('1', String(m)) : `(1/${m})*`}[${parts.map((q) => q[k]).join(' + ')}]`;
        return [join(0), join(1)];
      };
      const y = (i: number) => step.targets[i];
      const yh = (i: number) => step.predictions[i];
      let formula: string;
      let numbers: string;
      if (step.loss === 'mse') {
        [formula, numbers] = each((i) => [
          `(${sym(yh(i).label)} - ${sym(y(i).label)})^2`,
          `(${num(yh(i).value)} - ${t(y(i).value)})^2`,
        ]);
      } else if (step.loss === 'bce') {
        [formula, numbers] = each((i) => {
          const [a, b] = [sym(yh(i).label), sym(y(i).label)];
          const [av, bv] = [num(yh(i).value), t(y(i).value)];
          return [
            `-[${mul(b, `${n.ln}(${a})`)} + ${mul(`(1 - ${b})`, `${n.ln}(1 - ${a})`)}]`,
            `-[(${num(y(i).value)})${n.ln}(${av}) + (1 - ${bv})${n.ln}(1 - ${av})]`,
          ];
        });
      } else if (step.loss === 'crossEntropy') {
        // A sum, not a mean; a term whose target is 0 is 0, so the numbers show only the others.
        const terms = step.predictions.map((yh, i) =>
          mul(sym(y(i).label), `${n.ln}(${sym(yh.label)})`),
        );
        formula = `-[${m > 3 ? [terms[0], n.dots, terms[m - 1]].join(' + ') : terms.join(' + ')}]`;
        const kept = step.predictions
          .map((yh, i) => (y(i).value === 0 ? '' : `${f(y(i).value)}${n.ln}(${num(yh.value)})`))
          .filter(Boolean);
        numbers = kept.length ? `-[${kept.join(' + ')}]` : '0';
      } else {
        const name = lossSymbol(step.loss, n.latex);
        [formula, numbers] = each((i) => [
          `${name}(${sym(yh(i).label)}, ${sym(y(i).label)})`,
          `${name}(${num(yh(i).value)}, ${num(y(i).value)})`,
        ]);
      }
      return chain(sym(step.output), formula, numbers, step.result);
    }
    case 'lossDerivative': {
      const m = step.outputs;
      const [a, b] = [sym(step.prediction.label), sym(step.target.label)];
      const [av, bv] = [step.prediction.value, step.target.value];
      const scale = (k: string) =>
        m === 1 ? k : `${n.latex ? n.frac(k, String(m)) : `(${k}/${m})`}`;
      let formula: string;
      let numbers: string;
      if (step.loss === 'mse') {
        formula = `${scale('2')}(${a} - ${b})`;
        numbers = `${scale('2')}(${num(av)} - ${t(bv)})`;
      } else if (step.loss === 'bce') {
        const pre = m === 1 ? '' : n.latex ? n.frac('1', String(m)) : `(1/${m})*`;
        formula = pre + n.frac(`${a} - ${b}`, `${a}(1 - ${a})`);
        numbers = pre + n.frac(`${num(av)} - ${t(bv)}`, `${f(av)}(1 - ${t(av)})`);
      } else if (step.loss === 'crossEntropy') {
        formula = `-${n.frac(b, a)}`;
        numbers = `-${n.frac(num(bv), num(av))}`;
      } else {
        const name = lossSymbol(step.loss, n.latex);
        const pre = m === 1 ? '' : n.latex ? n.frac('1', String(m)) : `(1/${m})*`;
        formula = `${pre}${name}'(${a}, ${b})`;
        numbers = `${pre}${name}'(${num(av)}, ${num(bv)})`;
      }
      return chain(sym(step.output), formula, numbers, step.result);
    }
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
      return chain(sym(step.output), formula || '0', numbers || '0', step.result);
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
        `${n.sum(count, 'i')} ${sym(step.item)}`,
        `${inv}(${shown.join(' + ')})`,
        step.result,
      );
    }
    case 'update': {
      const p = sym(step.parameter);
      const g = sym(gradientLabel(step.parameter));
      return paramRule(
        step.parameter,
        `${p} - ${mul(n.eta, g)}`,
        `${num(step.old)} - ${f(step.learningRate)}${f(step.gradient)}`,
        step.result,
      );
    }
    case 'momentumUpdate': {
      const p = sym(step.parameter);
      const v = velocityLabel(step.parameter, n.latex);
      const g = sym(gradientLabel(step.parameter));
      const first = chain(
        v,
        `${mul(n.beta, v)} + ${g}`,
        `${f(step.beta)}${f(step.velocityOld)} + ${t(step.gradient)}`,
        step.velocity,
        n.assign,
      );
      const second = paramRule(
        step.parameter,
        `${p} - ${mul(n.eta, v)}`,
        `${num(step.old)} - ${f(step.learningRate)}${f(step.velocity)}`,
        step.result,
      );
      return first + n.sep + second;
    }
    case 'adamUpdate': {
      const p = sym(step.parameter);
      const g = sym(gradientLabel(step.parameter));
      const [m, v] = [
        momentLabel('m', step.parameter, n.latex),
        momentLabel('v', step.parameter, n.latex),
      ];
      const [mh, vh] = [
        momentLabel('m', step.parameter, n.latex, true),
        momentLabel('v', step.parameter, n.latex, true),
      ];
      const b1 = n.latex ? String.raw`\beta_1` : 'beta1';
      const b2 = n.latex ? String.raw`\beta_2` : 'beta2';
      const eps = n.latex ? String.raw`\epsilon` : 'epsilon';
      const parts = [
        chain(
          m,
          `${mul(b1, m)} + ${mul(`(1 - ${b1})`, g)}`,
          `${f(step.beta1)}${f(step.mOld)} + (1 - ${num(step.beta1)})${f(step.gradient)}`,
          step.m,
          n.assign,
        ),
        chain(
          v,
          `${mul(b2, v)} + ${mul(`(1 - ${b2})`, `(${g})^2`)}`,
          `${f(step.beta2)}${f(step.vOld)} + (1 - ${num(step.beta2)})${f(step.gradient)}^2`,
          step.v,
          n.assign,
        ),
        chain(
          mh,
          n.frac(m, `1 - ${b1}^{${step.t}}`),
          n.frac(num(step.m), `1 - ${f(step.beta1)}^{${step.t}}`),
          step.mHat,
        ),
        chain(
          vh,
          n.frac(v, `1 - ${b2}^{${step.t}}`),
          n.frac(num(step.v), `1 - ${f(step.beta2)}^{${step.t}}`),
          step.vHat,
        ),
        paramRule(
          step.parameter,
          `${p} - ${mul(n.eta, n.frac(mh, `${n.sqrt(vh)} + ${eps}`))}`,
          `${num(step.old)} - ${f(step.learningRate)}${n.frac(num(step.mHat), `${n.sqrt(num(step.vHat))} + ${num(step.epsilon)}`)}`,
          step.result,
        ),
      ];
      const text = parts.join(n.sep);
      // Plain text has no superscript braces: 1 - beta1^{3} reads better as 1 - beta1^3.
      return n.latex ? text : text.replace(/\^\{(\d+)\}/g, '^$1');
    }
    case 'softmax':
      return renderSoftmax(step, n, symbolic);
    case 'softmaxGradient':
      return renderSoftmaxGradient(step, n, symbolic);
    case 'perceptronUpdate': {
      const p = sym(step.parameter);
      return paramRule(
        step.parameter,
        `${p} + ${mul(n.eta, `(y - ${n.hat('y')})`, sym(step.input.label))}`,
        `${num(step.old)} + ${f(step.learningRate)}(${num(step.target)} - ${t(step.prediction)})${f(step.input.value)}`,
        step.result,
      );
    }
  }
}

function lossSymbol(name: string, latex: boolean): string {
  const safe = name.replace(/[^A-Za-z0-9]/g, '') || 'loss';
  return latex ? String.raw`\operatorname{${safe}}` : name;
}

function velocityLabel(p: Label, latex: boolean): string {
  return latex ? `v_{${p.latex}}` : `v[${p.text}]`;
}

function momentLabel(base: 'm' | 'v', p: Label, latex: boolean, hat = false): string {
  if (latex) return `${hat ? String.raw`\hat{${base}}` : base}_{${p.latex}}`;
  return `${base}${hat ? 'hat' : ''}[${p.text}]`;
}
