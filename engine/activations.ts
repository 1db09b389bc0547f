import { fail } from './errors.ts';

/** An activation function with its derivative and its formula, as the course teaches it. */
export interface Activation {
  /** The key in `activations`, also the plain-text symbol: `sigmoid`. */
  readonly name: string;
  /** The function itself: a = f(z). */
  f(z: number): number;
  /** Its derivative da/dz, as a function of z. */
  df(z: number): number;
  /** The definition in LaTeX: `\sigma(z) = \frac{1}{1 + e^{-z}}`. */
  readonly latex: string;
  /** The short LaTeX symbol that steps use: `\sigma` in `a = \sigma(0.6)`. */
  readonly symbol: string;
  /** The plain-text symbol that `toText` uses: `sigmoid` in `a = sigmoid(0.6)`. */
  readonly textSymbol: string;
}

/** The names of the built-in activations. */
export type ActivationName =
  'step' | 'linear' | 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'softplus' | 'elu';

/** The slope that leaky ReLU keeps for negative z. */
export const LEAKY_RELU_SLOPE = 0.01;

// The formulas, each written once: the activations below and the fast path (kernels.ts) both
// call them. A derivative the fast path takes from the activation a = f(z) is written with a.

/** sigma(z) = 1 / (1 + e^{-z}). */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** sigma'(z) from a = sigma(z): a (1 - a). */
export function sigmoidSlope(a: number): number {
  return a * (1 - a);
}

/** tanh'(z) from a = tanh(z): 1 - a^2. */
export function tanhSlope(a: number): number {
  return 1 - a * a;
}

/** ReLU(z) = max(0, z). */
export function relu(z: number): number {
  return z > 0 ? z : 0;
}

/** ReLU'(z): 1 for z > 0, else 0 (at the kink too, as most libraries do). */
export function reluSlope(z: number): number {
  return z > 0 ? 1 : 0;
}

/** LeakyReLU(z) = z for z > 0, else the slope times z. */
export function leakyRelu(z: number): number {
  return z > 0 ? z : LEAKY_RELU_SLOPE * z;
}

/** LeakyReLU'(z): 1 for z > 0, else the slope. */
export function leakyReluSlope(z: number): number {
  return z > 0 ? 1 : LEAKY_RELU_SLOPE;
}

/** The built-in activations, keyed by name. */
export const activations: Readonly<Record<ActivationName, Activation>> = Object.freeze({
  /**
   * Heaviside step. f(0) = 1 (a neuron "fires" at exactly the threshold), as the perceptron
   * lessons use it. Its derivative is 0 wherever it exists, which is why gradient descent cannot
   * train it and the perceptron learning rule does not use df at all.
   */
  step: {
    name: 'step',
    f: (z: number) => (z >= 0 ? 1 : 0),
    df: (_z: number) => 0,
    latex: String.raw`\operatorname{step}(z) = \begin{cases} 1 & z \ge 0 \\ 0 & z < 0 \end{cases}`,
    symbol: String.raw`\operatorname{step}`,
    textSymbol: 'step',
  },
  linear: {
    name: 'linear',
    f: (z: number) => z,
    df: (_z: number) => 1,
    latex: String.raw`\operatorname{id}(z) = z`,
    symbol: String.raw`\operatorname{id}`,
    textSymbol: 'linear',
  },
  sigmoid: {
    name: 'sigmoid',
    f: sigmoid,
    df: (z: number) => sigmoidSlope(sigmoid(z)),
    latex: String.raw`\sigma(z) = \frac{1}{1 + e^{-z}}`,
    symbol: String.raw`\sigma`,
    textSymbol: 'sigmoid',
  },
  tanh: {
    name: 'tanh',
    f: Math.tanh,
    df: (z: number) => tanhSlope(Math.tanh(z)),
    latex: String.raw`\tanh(z) = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}`,
    symbol: String.raw`\tanh`,
    textSymbol: 'tanh',
  },
  /** ReLU. At the kink z = 0 its derivative is taken as 0, as most libraries do. */
  relu: {
    name: 'relu',
    f: relu,
    df: reluSlope,
    latex: String.raw`\operatorname{ReLU}(z) = \max(0, z)`,
    symbol: String.raw`\operatorname{ReLU}`,
    textSymbol: 'relu',
  },
  leakyRelu: {
    name: 'leakyRelu',
    f: leakyRelu,
    df: leakyReluSlope,
    latex: String.raw`\operatorname{LeakyReLU}(z) = \max(0.01 z, z)`,
    symbol: String.raw`\operatorname{LeakyReLU}`,
    textSymbol: 'leakyRelu',
  },
  softplus: {
    name: 'softplus',
    // log1p(exp(z)) overflows for large z; there softplus(z) = z to double precision.
    f: (z: number) => (z > 30 ? z : Math.log1p(Math.exp(z))),
    df: sigmoid,
    latex: String.raw`\operatorname{softplus}(z) = \ln(1 + e^{z})`,
    symbol: String.raw`\operatorname{softplus}`,
    textSymbol: 'softplus',
  },
  elu: {
    name: 'elu',
    f: (z: number) => (z > 0 ? z : Math.expm1(z)),
    df: (z: number) => (z > 0 ? 1 : Math.exp(z)),
    latex: String.raw`\operatorname{ELU}(z) = \begin{cases} z & z > 0 \\ e^{z} - 1 & z \le 0 \end{cases}`,
    symbol: String.raw`\operatorname{ELU}`,
    textSymbol: 'elu',
  },
});

/** The valid activation names, for error messages and pickers. */
export const activationNames = Object.keys(activations) as ActivationName[];

/** A custom activation: `name`, `f` and `df` are required, the symbols default from the name. */
export type ActivationInput = Pick<Activation, 'name' | 'f' | 'df'> & Partial<Activation>;

/** Resolves a name or an activation object to an activation, or throws naming the valid ones. */
export function getActivation(
  activation: ActivationName | ActivationInput,
  where = 'getActivation',
): Activation {
  if (typeof activation === 'string') {
    if (Object.prototype.hasOwnProperty.call(activations, activation)) {
      return activations[activation as ActivationName];
    }
    fail(
      where,
      `unknown activation "${activation}"; expected one of ${activationNames.join(', ')}`,
    );
  }
  if (
    activation === null ||
    typeof activation !== 'object' ||
    typeof activation.f !== 'function' ||
    typeof activation.df !== 'function'
  ) {
    fail(
      where,
      `expected an activation name (${activationNames.join(', ')}) or an object { name, f, df, latex }`,
    );
  }
  if (
    activation.symbol !== undefined &&
    activation.textSymbol !== undefined &&
    activation.latex !== undefined
  ) {
    return activation as Activation;
  }
  const name = String(activation.name);
  // Only letters and digits are safe inside \operatorname{} for any name a reader may choose.
  const safe = name.replace(/[^A-Za-z0-9]/g, '') || 'f';
  return {
    ...activation,
    name,
    latex: activation.latex ?? String.raw`\operatorname{${safe}}(z)`,
    symbol: activation.symbol ?? String.raw`\operatorname{${safe}}`,
    textSymbol: activation.textSymbol ?? name,
  };
}
