import type { RenderKit } from './render-kit.ts';
import type { LossDerivativeStep, LossStep } from './steps.ts';

/**
 * Rendering of the loss and its derivative (internal; `render` in render-steps.ts calls this): each
 * loss the course teaches has its own formula; any other is shown by name.
 */
export function renderLoss(step: LossStep | LossDerivativeStep, kit: RenderKit): string {
  const { n, sym, num, prob, f, t, mul, chain } = kit;
  switch (step.kind) {
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
          const [av, bv] = [prob(yh(i).value), t(y(i).value)];
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
          .map((yh, i) => (y(i).value === 0 ? '' : `${f(y(i).value)}${n.ln}(${prob(yh.value)})`))
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
        numbers = pre + n.frac(`${prob(av)} - ${t(bv)}`, `(${prob(av)})(1 - ${prob(av)})`);
      } else if (step.loss === 'crossEntropy') {
        formula = `-${n.frac(b, a)}`;
        numbers = `-${n.frac(num(bv), prob(av))}`;
      } else {
        const name = lossSymbol(step.loss, n.latex);
        const pre = m === 1 ? '' : n.latex ? n.frac('1', String(m)) : `(1/${m})*`;
        formula = `${pre}${name}'(${a}, ${b})`;
        numbers = `${pre}${name}'(${num(av)}, ${num(bv)})`;
      }
      return chain(sym(step.output), formula, numbers, step.result);
    }
  }
}

function lossSymbol(name: string, latex: boolean): string {
  const safe = name.replace(/[^A-Za-z0-9]/g, '') || 'loss';
  return latex ? String.raw`\operatorname{${safe}}` : name;
}
