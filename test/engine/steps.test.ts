import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/lib/typeset';
import fc from 'fast-check';
import {
  createTrainer,
  gates,
  gradientLabel,
  label,
  losses,
  mlp,
  neuron,
  perceptronStep,
  toLatex,
  toText,
} from '../../engine/index.ts';
import type { Step } from '../../engine/index.ts';
import { stepOfEveryKind } from '../helpers/step-fixtures.ts';

const render = (latex: string) => typeset(latex);

describe('steps', () => {
  it('label(base, indices, layer) writes layer superscripts and index subscripts', () => {
    expect(label('w', [2, 1], 1)).toEqual({ latex: 'w^{(1)}_{21}', text: 'w(1)_21' });
    expect(label('w', [1])).toEqual({ latex: 'w_{1}', text: 'w1' });
    expect(label('w', [12, 3], 2)).toEqual({ latex: 'w^{(2)}_{12,3}', text: 'w(2)_12,3' });
    expect(gradientLabel(label('b', [1], 2))).toEqual({
      latex: String.raw`\frac{\partial L}{\partial b^{(2)}_{1}}`,
      text: 'dL/db(2)_1',
    });
  });

  const sets: [string, number[]][] = [
    ['ordinary', [0.5, -0.3, 1, 0, 0.1, 0.6457]],
    ['negative', [-1.25, -0.001, -7, -0.5]],
    ['tiny', [1.23e-7, -4.5e-9, 0.00001]],
    ['huge', [1.5e9, -2.25e12, 123456]],
    ['non-finite', [NaN, Infinity, -Infinity, 0.5]],
  ];
  for (const [name, values] of sets) {
    it(`toLatex(step) of every kind renders as MathML (${name} numbers), plain and symbolic`, () => {
      for (const step of Object.values(stepOfEveryKind(values))) {
        for (const symbolic of [false, true]) {
          const latex = toLatex(step, { symbolic });
          expect(() => render(latex), `${step.kind}: ${latex}`).not.toThrow();
          const text = toText(step, { symbolic });
          expect(text).not.toMatch(/\\|undefined|\{|\}/);
        }
      }
    });
  }

  it('toLatex and toText show at most 4 decimals and scientific form for tiny values', () => {
    const steps = stepOfEveryKind([0.123456789, 1.23e-7]);
    for (const step of Object.values(steps)) {
      expect(toText(step)).not.toMatch(/\d\.\d{5,}/);
      expect(toLatex(step)).not.toMatch(/\d\.\d{5,}/);
    }
    expect(toText(steps.update)).toContain('1.23e-7');
    expect(toLatex(steps.update)).toContain(String.raw`1.23 \times 10^{-7}`);
  });

  it('toLatex(chainRule step) names each factor and multiplies the numbers', () => {
    const s = stepOfEveryKind([-0.7086, 0.2287, 1, -0.162])['chainRule'];
    expect(toLatex(s, { symbolic: true })).toBe(
      String.raw`\frac{\partial L}{\partial w^{(2)}_{21}} = \frac{\partial L}{\partial a^{(2)}_{2}} \cdot \frac{\partial a^{(2)}_{2}}{\partial z^{(2)}_{2}} \cdot \frac{\partial z^{(2)}_{2}}{\partial w^{(2)}_{21}} = (-0.7086)(0.2287)(1) = -0.162`,
    );
    expect(toText(s, { symbolic: true })).toBe(
      'dL/dw(2)_21 = dL/da(2)_2 * da(2)_2/dz(2)_2 * dz(2)_2/dw(2)_21 = (-0.7086)(0.2287)(1) = -0.162',
    );
  });

  it('toText(update step) reads w <- w - eta*dL/dw with the numbers', () => {
    const s: Step = {
      kind: 'update',
      parameter: label('w', [1]),
      old: 0.5,
      learningRate: 0.1,
      gradient: -0.16,
      result: 0.516,
    };
    expect(toText(s)).toBe('w1 <- 0.5 - (0.1)(-0.16) = 0.516');
    expect(toText(s, { symbolic: true })).toBe(
      'w1 <- w1 - eta*dL/dw1 = 0.5 - (0.1)(-0.16) = 0.516',
    );
    expect(toLatex(s, { symbolic: true })).toBe(
      String.raw`w_{1} \leftarrow w_{1} - \eta \frac{\partial L}{\partial w_{1}} = 0.5 - (0.1)(-0.16) = 0.516`,
    );
  });

  it('toText(momentumUpdate) and toText(adamUpdate) show every intermediate', () => {
    const s = stepOfEveryKind([0.5, 0.1, 0.9, -0.2, 0.05, -0.155, 0.5155]);
    expect(toText(s.momentumUpdate)).toMatch(/^v\[w\(2\)_21\] <- .* = .*; w\(2\)_21 <- .* = /);
    const adam = toText(s.adamUpdate, { symbolic: true });
    for (const part of [
      'm[b(2)_1] <-',
      'v[b(2)_1] <-',
      'mhat[b(2)_1] =',
      'vhat[b(2)_1] =',
      'b(2)_1 <-',
      'beta1^3',
    ]) {
      expect(adam).toContain(part);
    }
  });

  it('toLatex(average step) elides the middle of a long batch', () => {
    const s = stepOfEveryKind([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])['average'];
    expect(toText(s)).toBe('dL/dw(2)_21 = (1/12)(1 + 2 + 3 + ... + 12) = 13');
  });

  it('toText(perceptronUpdate) shows w <- w + eta*(y - yhat)*x', () => {
    const s: Step = {
      kind: 'perceptronUpdate',
      parameter: label('w', [1]),
      old: 0.5,
      learningRate: 0.1,
      target: 1,
      prediction: 0,
      input: { label: label('x', [1]), value: 1 },
      result: 0.6,
    };
    expect(toText(s, { symbolic: true })).toBe(
      'w1 <- w1 + eta*(y - yhat)*x1 = 0.5 + (0.1)(1 - 0)(1) = 0.6',
    );
  });
});

describe('a probability in a logarithm or under a fraction bar', () => {
  const yHat = label('\\hat y', [], undefined, 'ŷ');
  const lossStep = (loss: 'bce' | 'crossEntropy', p: number, y: number): Step => ({
    kind: 'loss',
    output: label('L'),
    loss,
    predictions: [{ label: yHat, value: p }],
    targets: [{ label: label('y'), value: y }],
    result: losses[loss].f(p, y),
  });

  it('keeps three significant digits of p near 0, or of 1 - p near 1, so the numbers give the result', () => {
    // Four decimals would show ln(0.0005) = -7.6009, not the -7.5694 of ln(0.000516).
    expect(toText(lossStep('bce', 0.000516, 1))).toBe(
      'L = -[(1)ln(0.000516) + (1 - 1)ln(1 - 0.000516)] = 7.5694',
    );
    expect(toText(lossStep('bce', 0.999484, 0))).toBe(
      'L = -[(0)ln(0.999484) + (1 - 0)ln(1 - 0.999484)] = 7.5694',
    );
    expect(toText(lossStep('crossEntropy', 0.00873, 1))).toBe('L = -[(1)ln(0.00873)] = 4.741');
    // Elsewhere the usual four decimals, and the scientific form below 1e-4.
    expect(toText(lossStep('bce', 0.6225, 1))).toBe(
      'L = -[(1)ln(0.6225) + (1 - 1)ln(1 - 0.6225)] = 0.474',
    );
    expect(toText(lossStep('bce', 3e-6, 1))).toBe(
      'L = -[(1)ln(3e-6) + (1 - 1)ln(1 - 3e-6)] = 12.7169',
    );
    const slope: Step = {
      kind: 'lossDerivative',
      output: gradientLabel(yHat),
      loss: 'bce',
      prediction: { label: yHat, value: 0.000516 },
      target: { label: label('y'), value: 1 },
      outputs: 1,
      result: losses.bce.df(0.000516, 1),
    };
    expect(toText(slope)).toBe('dL/dŷ = (0.000516 - 1)/((0.000516)(1 - 0.000516)) = -1937.9845');
  });

  it("shows a sigmoid's output with the digits the loss step after it shows (0.000516, not 0.0005)", () => {
    const z = -7.568946973714379;
    const [step] = neuron({ weights: [1], bias: 0, activation: 'sigmoid' })
      .forward([z])
      .steps.slice(1);
    expect(step.kind).toBe('activation');
    expect(toText(step)).toBe('a = sigmoid(-7.5689) = 0.000516');
    expect(toLatex(step)).toBe(String.raw`a = \sigma(-7.5689) = 0.000516`);
    // Away from 0 and 1 the usual four decimals; other activations keep them too.
    const mid = neuron({ weights: [1], bias: 0, activation: 'sigmoid' }).forward([0.5]).steps[1];
    expect(toText(mid)).toBe('a = sigmoid(0.5) = 0.6225');
    const tanh = neuron({ weights: [1], bias: 0, activation: 'tanh' }).forward([-4.4]).steps[1];
    expect(toText(tanh)).toBe('a = tanh(-4.4) = -0.9997');
  });
});

describe('steps from the engine itself', () => {
  it('the engine emits every kind of step, and each renders as MathML in both forms', () => {
    const all: Step[] = [];
    all.push(
      ...neuron({ weights: [0.5, -0.3], bias: 0.1, activation: 'relu' }).forward([1e-7, -2e6])
        .steps,
    );
    const net = mlp([2, 3, 1], { activation: 'leakyRelu', output: 'sigmoid', seed: 2 });
    all.push(...net.gradients([0.25, -1.5], [1], 'bce').steps);
    all.push(...net.gradients([0.25, -1.5], [1], 'mse').steps);
    const classifier = mlp([2, 3, 3], { activation: 'relu', output: 'softmax', seed: 2 });
    all.push(...classifier.gradients([0.25, -1.5], [0, 1, 0], 'crossEntropy').steps);
    for (const optimizer of ['sgd', 'momentum', 'rmsprop', 'adam'] as const) {
      all.push(
        ...createTrainer(net.clone(), gates.XOR, {
          loss: 'mse',
          learningRate: 0.1,
          batchSize: 4,
          optimizer,
        }).step({ explain: true }).steps,
      );
    }
    all.push(
      ...perceptronStep(
        neuron({ weights: [0.2, -0.4], bias: 0, activation: 'step' }),
        [1, 1],
        1,
        0.5,
      ).steps,
    );
    const kinds = new Set(all.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(Object.keys(stepOfEveryKind([1])).sort());
    for (const s of all) {
      for (const symbolic of [false, true]) {
        expect(() => render(toLatex(s, { symbolic })), toLatex(s, { symbolic })).not.toThrow();
        expect(toText(s, { symbolic })).not.toMatch(/undefined|NaN/);
      }
    }
  });
});

describe('steps properties', () => {
  it('toLatex(step) of every kind renders as MathML for any numbers, and toText prints at most 4 decimals but for a probability near 0 or 1 (three significant digits of p or 1 - p)', () => {
    // A probability inside a logarithm or under a fraction bar keeps the digits its result depends on.
    const tooLong = (text: string) =>
      [...text.matchAll(/-?\d+\.(\d{5,})/g)].filter(([m, decimals]) => {
        const near = Math.min(Math.abs(Number(m)), Math.abs(1 - Number(m)));
        return !(near < 0.01 && decimals.length <= 2 - Math.floor(Math.log10(near)));
      });
    fc.assert(
      fc.property(fc.array(fc.double(), { minLength: 1, maxLength: 30 }), (values) => {
        for (const step of Object.values(stepOfEveryKind(values))) {
          render(toLatex(step, { symbolic: true }));
          expect(tooLong(toText(step))).toEqual([]);
        }
      }),
      { numRuns: 40, seed: 13 },
    );
    // 40 runs x every step kind through the typesetter: a few seconds alone, several times that on a busy machine.
  }, 30_000);
});
