import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { typeset } from '../../src/lib/typeset';
import {
  createTrainer,
  datasets,
  mlp,
  neuron,
  perceptronStep,
  toLatex,
  type Label,
  type Step,
} from '../../engine/index.ts';
import { stepNeuron } from '../../src/lib/gate-learning';

/** The notation page's entries (content/notation.yaml). */
const entries = parse(readFileSync('content/notation.yaml', 'utf8')) as {
  id: string;
  symbols: string[];
  meaning: string;
}[];
const page = entries.flatMap((e) => e.symbols).join(' ');

/** Every Label inside a step: its output, operands, parameter, ... at any depth. */
function labels(value: unknown, out: Label[] = []): Label[] {
  if (Array.isArray(value)) value.forEach((v) => labels(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.latex === 'string' && typeof o.text === 'string') out.push(o as unknown as Label);
    else Object.values(o).forEach((v) => labels(v, out));
  }
  return out;
}

/**
 * A label's symbol as the notation page writes it: `w^{(2)}_{13}` -> `w^{(l)}`, `x_{2}` -> `x`,
 * `L^{[s]}` stays; a derivative's numerator and denominator are symbols of their own.
 */
function symbols(latex: string): string[] {
  const frac = /^\\frac\{\\partial (.+)\}\{\\partial (.+)\}$/.exec(latex);
  if (frac) return [...symbols(frac[1]), ...symbols(frac[2])];
  return [latex.replace(/\^\{\(\d+\)\}/, '^{(l)}').replace(/_\{[\d,]+\}$/, '')];
}

/** Steps from every part of the engine a page shows: neuron, network, backprop, training, perceptron. */
function engineSteps(): Step[] {
  const steps: Step[] = [];
  steps.push(
    ...neuron({ weights: [0.5, -0.3], bias: 0.1, activation: 'sigmoid' }).forward([1, 0]).steps,
  );
  const net = mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
  steps.push(...net.forward([0.3, -0.2]).steps);
  steps.push(...net.gradients([0.3, -0.2], [1], 'bce').steps);
  steps.push(...net.gradients([0.3, -0.2], [1], 'mse').steps);
  const soft = mlp([2, 3], { activation: 'tanh', output: 'softmax', seed: 2 });
  steps.push(...soft.gradients([0.3, -0.2], [0, 1, 0], 'crossEntropy').steps);
  const data = datasets.xor({ n: 8, seed: 1 });
  for (const optimizer of ['sgd', 'momentum', 'rmsprop', 'adam'] as const) {
    const t = createTrainer(
      mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 3 }),
      data,
      {
        loss: 'bce',
        learningRate: 0.5,
        batchSize: 4,
        optimizer: { name: optimizer },
      },
    );
    steps.push(...t.step({ explain: true }).steps);
  }
  steps.push(...perceptronStep(stepNeuron(0.5, 0.5, 0), [0, 0], 0, 0.5).steps);
  return steps;
}

describe('the notation page (content/notation.yaml)', () => {
  it('typesets every symbol and every formula in the meanings', () => {
    for (const e of entries) {
      for (const symbol of e.symbols) expect(() => typeset(symbol)).not.toThrow();
      for (const [, math] of e.meaning.matchAll(/\$([^$]+)\$/g))
        expect(() => typeset(math)).not.toThrow();
    }
  });

  it('lists every symbol the engine writes into its steps', () => {
    const steps = engineSteps();
    expect(steps.length).toBeGreaterThan(50);
    const used = new Set(steps.flatMap((s) => labels(s).flatMap((l) => symbols(l.latex))));
    // The steps' symbols include the layered ones, the per-example loss and the targets.
    expect(used).toContain('w^{(l)}');
    expect(used).toContain('L^{[s]}');
    const missing = [...used].filter((s) => !page.includes(s.replace('\\hat{y}', '\\hat y')));
    expect(missing).toEqual([]);
  });

  it("lists every Greek letter and set the engine's rendered formulas use", () => {
    const commands = new Set(
      engineSteps().flatMap((s) =>
        [
          ...toLatex(s, { symbolic: true }).matchAll(
            /\\(eta|beta|epsilon|varepsilon|sigma|delta|mathcal\{B\}|odot)\b/g,
          ),
        ].map((m) => m[0]),
      ),
    );
    expect(commands).toContain('\\eta');
    expect([...commands].filter((c) => !page.includes(c))).toEqual([]);
  });

  it('keeps the decided meanings: n counts inputs, m examples, L is only the loss, D the depth', () => {
    const meaning = (id: string) => entries.find((e) => e.id === id)?.meaning ?? '';
    expect(meaning('n')).toMatch(/number of inputs/);
    expect(meaning('m')).toMatch(/number of training examples/);
    expect(meaning('loss')).toMatch(/never a number of layers/);
    expect(meaning('depth')).toMatch(/number of layers with weights/);
    for (const id of [
      'delta',
      'layer-weight',
      'layer-bias',
      'layer-sum',
      'layer-activation',
      'example',
      'batch',
      'batch-gradient',
      'eta',
      'step-number',
      'h',
      'epsilon',
    ])
      expect(entries.map((e) => e.id)).toContain(id);
  });
});
