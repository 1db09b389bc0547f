import { gradientLabel } from './labels.ts';
import type { RenderKit } from './render-kit.ts';
import type {
  AdamUpdateStep,
  Label,
  MomentumUpdateStep,
  PerceptronUpdateStep,
  RmspropUpdateStep,
  UpdateStep,
} from './steps.ts';

/**
 * Rendering of the parameter updates (internal; `render` in render-steps.ts calls this): plain
 * gradient descent, momentum, RMSProp, Adam and the perceptron rule, each with its numbers.
 */
export function renderUpdate(
  step: UpdateStep | MomentumUpdateStep | RmspropUpdateStep | AdamUpdateStep | PerceptronUpdateStep,
  kit: RenderKit,
): string {
  const { n, sym, num, f, t, mul, chain, paramRule } = kit;
  switch (step.kind) {
    case 'update': {
      const p = sym(step.parameter);
      const g = sym(gradientLabel(step.parameter));
      return paramRule(
        step.parameter,
        `${p} - ${mul(n.eta, g)}`,
        `${num(step.old)} - ${f(step.learningRate)}${f(step.gradient)}`,
        step.result,
        Math.abs(step.old) + Math.abs(step.learningRate * step.gradient),
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
    case 'rmspropUpdate': {
      const p = sym(step.parameter);
      const g = sym(gradientLabel(step.parameter));
      const v = momentLabel('v', step.parameter, n.latex);
      const rho = n.latex ? String.raw`\rho` : 'rho';
      const eps = n.latex ? String.raw`\epsilon` : 'epsilon';
      const first = chain(
        v,
        `${mul(rho, v)} + ${mul(`(1 - ${rho})`, `(${g})^2`)}`,
        `${f(step.rho)}${f(step.vOld)} + (1 - ${num(step.rho)})${f(step.gradient)}^2`,
        step.v,
        n.assign,
      );
      const second = paramRule(
        step.parameter,
        `${p} - ${mul(n.eta, n.frac(g, `${n.sqrt(v)} + ${eps}`))}`,
        `${num(step.old)} - ${f(step.learningRate)}${n.frac(num(step.gradient), `${n.sqrt(num(step.v))} + ${num(step.epsilon)}`)}`,
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

function velocityLabel(p: Label, latex: boolean): string {
  return latex ? `v_{${p.latex}}` : `v[${p.text}]`;
}

function momentLabel(base: 'm' | 'v', p: Label, latex: boolean, hat = false): string {
  if (latex) return `${hat ? String.raw`\hat{${base}}` : base}_{${p.latex}}`;
  return `${base}${hat ? 'hat' : ''}[${p.text}]`;
}
