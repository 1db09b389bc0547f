import {
  createOptimizer,
  activations,
  gates,
  losses,
  mlp,
  neuron,
  softmax,
  train,
  updatesPerEpoch,
} from '../../../engine/index.ts';
import { descentSetups, descentStep, startDescent } from '../descent';

/**
 * Checks for "write the rule" exercises: the reader's function is called on test cases whose
 * expected values the engine computes, so a function passes only if it agrees with the engine.
 * Each check is a pure function of the reader's function; the worker (code-worker.ts) only
 * compiles the reader's code and hands the function here.
 */
export type CodeVerdict =
  | { kind: 'right'; total: number }
  | { kind: 'wrong'; message: string; passed: number; total: number }
  | { kind: 'invalid'; message: string };

interface TestCase {
  args: number[];
  /** What the arguments are, for the message when this case fails: `w = 1, η = 0.1`. */
  said: string;
  expected: number;
}

type ReaderFunction = (...args: never[]) => unknown;

/** A number in a message: eight significant digits, enough to see a near miss, short enough to read. */
const fmt = (x: number) => String(Number(x.toPrecision(8)));

const grid = (values: number[]) => values.flatMap((a) => values.map((b) => [a, b]));

/** The checks lessons can name, each with the engine's test cases. */
export const codeChecks = {
  /** Lesson 2: z = w1 x1 + w2 x2 + b. */
  'weighted-sum': (): TestCase[] =>
    grid([-1.5, 0, 2]).flatMap(([x1, w1]) =>
      [[-0.5, 0.25, 1.5]].map(([x2, w2, b]) => ({
        args: [x1, x2, w1, w2, b],
        said: `x = (${x1}, ${x2}), w = (${w1}, ${w2}), b = ${b}`,
        expected: neuron({ weights: [w1, w2], bias: b, activation: 'linear' }).forward([x1, x2]).z,
      })),
    ),
  /** Lesson 3: the sigmoid's slope at z. */
  'sigmoid-derivative': (): TestCase[] =>
    [-4, -1, 0, 0.5, 2, 6].map((z) => ({
      args: [z],
      said: `z = ${z}`,
      expected: activations.sigmoid.df(z),
    })),
  /** Lesson 5: XOR from step neurons, every row of the engine's truth table. */
  'xor-network': (): TestCase[] =>
    gates.XOR.inputs.map((x, i) => ({
      args: [...x],
      said: `x = (${x.join(', ')})`,
      expected: gates.XOR.targets[i][0],
    })),
  /** Lesson 6: the squared error of one prediction. */
  'squared-error': (): TestCase[] =>
    [
      [0.8, 1],
      [0.3, 0],
      [1.5, 1],
      [-0.25, 0.5],
    ].map(([yHat, y]) => ({
      args: [yHat, y],
      said: `ŷ = ${yHat}, y = ${y}`,
      expected: losses.mse.f(yHat, y),
    })),
  /** Lesson 7: one gradient-descent step, checked on steps the engine takes on the lesson's curve. */
  'descent-update': (): TestCase[] =>
    [
      [-1, 0.1],
      [2, 0.35],
      [4, 0.85],
      [0.5, 1.05],
    ].map(([w0, eta]) => {
      const record = descentStep(startDescent(descentSetups.curve, w0, 0, eta), 1)!;
      return {
        args: [record.w, eta, record.dw],
        said: `w = ${w0}, η = ${eta}, ∂L/∂w = ${fmt(record.dw)}`,
        expected: record.wNext,
      };
    }),
  /** Lesson 8: how many updates one epoch makes. */
  'updates-per-epoch': (): TestCase[] =>
    [
      [1000, 1],
      [1000, 32],
      [1000, 1000],
      [10, 3],
      [64, 64],
    ].map(([m, B]) => ({
      args: [m, B],
      said: `m = ${m}, B = ${B}`,
      expected: updatesPerEpoch(m, B),
    })),
  /** Lesson 9: dL/dz of a sigmoid output neuron under squared error, read from the engine's backprop. */
  'output-delta': (): TestCase[] =>
    [
      [0.3, 1],
      [-1, 0],
      [2, 0],
      [0, 1],
    ].map(([z, y]) => {
      // A 1-1 sigmoid network with w = 0 and b = z: its bias gradient is dL/dz at that z.
      const net = mlp([1, 1], { activation: 'sigmoid', output: 'sigmoid', seed: 1 });
      net.setWeight(1, 1, 1, 0);
      net.setBias(1, 1, z);
      const a = net.forward([1]).output[0];
      return {
        args: [a, y],
        said: `a = ${fmt(a)}, y = ${y}`,
        expected: net.gradients([1], [y], 'mse').biases[0][0],
      };
    }),
  /** Lesson 10: the binary cross-entropy of one prediction, against the engine's loss. */
  'binary-cross-entropy': (): TestCase[] =>
    [
      [0.9, 1],
      [0.2, 1],
      [0.2, 0],
      [0.75, 0],
      [0.5, 1],
    ].map(([yHat, y]) => ({
      args: [yHat, y],
      said: `ŷ = ${yHat}, y = ${y}`,
      expected: losses.bce.f(yHat, y),
    })),
  /**
   * Lesson 11: one gradient-descent update of a weight under L2 weight decay, made by the engine's
   * trainer. A linear neuron with input 1, bias 0 and squared error has dL/dw = 2(w - y), so the
   * target y = w - g / 2 gives the gradient g the case asks for.
   */
  'weight-decay-update': (): TestCase[] =>
    [
      [0.8, 0.1, 0.5, 0.01],
      [-2, 0.5, 0, 0.1],
      [1.5, 0.1, -0.4, 0.03],
      [3, 0.2, 1, 0],
    ].map(([w, eta, g, lambda]) => {
      const net = mlp([1, 1], { output: 'linear', seed: 1 });
      net.setWeight(1, 1, 1, w);
      net.setBias(1, 1, 0);
      train(
        net,
        { inputs: [[1]], targets: [[w - g / 2]] },
        {
          loss: 'mse',
          learningRate: eta,
          batchSize: 1,
          epochs: 1,
          regularization: { name: 'l2', rate: lambda },
        },
      );
      return {
        args: [w, eta, g, lambda],
        said: `w = ${w}, η = ${eta}, ∂L/∂w = ${g}, λ = ${lambda}`,
        expected: net.getWeight(1, 1, 1),
      };
    }),
  /**
   * Lesson 12: one momentum update of a weight, made by the engine's optimiser. Its velocity starts
   * at 0, so a first update with gradient v leaves it at v; the weight is then set to w and the
   * update under test follows.
   */
  'momentum-update': (): TestCase[] =>
    [
      [0.5, 0, 0.1, 0.9, 0.4],
      [1, 2, 0.1, 0.9, -0.5],
      [-0.3, -1.5, 0.05, 0.5, 0.2],
      [2, 0.4, 0.2, 0, 1],
    ].map(([w, v, eta, beta, g]) => {
      const opt = createOptimizer({ name: 'momentum', beta }, 1);
      const p = Float64Array.from([0]);
      opt.apply(p, Float64Array.from([v]), 1, eta, null, null);
      p[0] = w;
      opt.apply(p, Float64Array.from([g]), 1, eta, null, null);
      return {
        args: [w, v, eta, beta, g],
        said: `w = ${w}, v = ${v}, η = ${eta}, β = ${beta}, ∂L/∂w = ${g}`,
        expected: p[0],
      };
    }),
  /**
   * Lesson 13: the factor that three sigmoid layers' derivatives put on a gradient going back
   * through them, sigma'(z1) sigma'(z2) sigma'(z3), against the engine's sigmoid derivative.
   */
  'sigmoid-chain': (): TestCase[] =>
    [
      [0, 0, 0],
      [1, -2, 0.5],
      [3, 3, 3],
      [-0.25, 4, -6],
    ].map(([z1, z2, z3]) => ({
      args: [z1, z2, z3],
      said: `z = ${z1}, ${z2}, ${z3}`,
      expected: [z1, z2, z3].reduce((product, z) => product * activations.sigmoid.df(z), 1),
    })),
  /**
   * Lesson 14: the cross-entropy loss of one example from three output sums: softmax turns the
   * sums into probabilities, and the loss is minus the log of the true class's, -ln p_y, against
   * the engine's softmax and cross-entropy.
   */
  'softmax-cross-entropy': (): TestCase[] =>
    [
      [2, 1, 0, 0],
      [2, 1, 0, 2],
      [0, 0, 0, 1],
      [-1, 3, 0.5, 1],
      [10, -10, 0, 0],
    ].map(([z1, z2, z3, y]) => ({
      args: [z1, z2, z3, y],
      said: `z = ${z1}, ${z2}, ${z3}, true class ${y}`,
      expected: losses.crossEntropy.f(softmax([z1, z2, z3])[y], 1),
    })),
  /**
   * Lesson 15: the two-sided difference (L(w + h) - L(w - h)) / 2h of one linear neuron's squared
   * error L(w) = (w x - y)^2, with the engine's loss. One-sided differences miss by about h x^2.
   */
  'central-difference': (): TestCase[] =>
    [
      [0.5, 2, 1, 0.001],
      [-1, 3, 0.5, 0.01],
      [2, -1, 0, 0.1],
      [0.3, 0.7, 1, 0.5],
    ].map(([w, x, y, h]) => {
      const L = (v: number) => losses.mse.f(v * x, y);
      return {
        args: [w, x, y, h],
        said: `w = ${w}, x = ${x}, y = ${y}, h = ${h}`,
        expected: (L(w + h) - L(w - h)) / (2 * h),
      };
    }),
} satisfies Record<string, () => TestCase[]>;

/** The name of a code check a lesson can ask for. */
export type CodeCheckName = keyof typeof codeChecks;

/** True when `name` is one of the checks (names arrive from the page and are checked). */
export function isCodeCheck(name: string): name is CodeCheckName {
  return Object.hasOwn(codeChecks, name);
}

/** Calls the reader's function on every case and compares with the engine, to 1e-9 relative. */
export function runCodeCheck(name: CodeCheckName, fn: unknown): CodeVerdict {
  if (typeof fn !== 'function') {
    return {
      kind: 'invalid',
      message:
        'The code must end with your function (its name on the last line, or an arrow function).',
    };
  }
  const cases = codeChecks[name]();
  let passed = 0;
  for (const c of cases) {
    let got: unknown;
    try {
      got = (fn as ReaderFunction)(...(c.args as never[]));
    } catch (error) {
      const e = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return {
        kind: 'wrong',
        message: `For ${c.said}, your function threw ${e}.`,
        passed,
        total: cases.length,
      };
    }
    if (typeof got !== 'number' || !Number.isFinite(got)) {
      return {
        kind: 'wrong',
        message: `For ${c.said}, your function returned ${describe(got)}, not a number.`,
        passed,
        total: cases.length,
      };
    }
    if (Math.abs(got - c.expected) > 1e-9 * Math.max(1, Math.abs(c.expected))) {
      return {
        kind: 'wrong',
        message: `For ${c.said}, your function gives ${fmt(got)}; the engine gives ${fmt(c.expected)}.`,
        passed,
        total: cases.length,
      };
    }
    passed++;
  }
  return { kind: 'right', total: cases.length };
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `the text “${value.slice(0, 40)}”`;
  return value === undefined ? 'nothing (undefined)' : `a ${typeof value}`;
}
