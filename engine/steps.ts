/**
 * Step records: one per math operation the engine performs when asked to explain itself. The
 * engine emits them; the site only renders them (with `toLatex` or `toText`, in render.ts), so no widget ever
 * recomputes the math it shows. Every value is kept at full precision; only rendering rounds.
 */

/** A symbol in both notations: `{ latex: 'w^{(1)}_{21}', text: 'w(1)_21' }`. */
export interface Label {
  readonly latex: string;
  readonly text: string;
}

/** A named number: the symbol it stands for and its full-precision value. */
export interface Operand {
  readonly label: Label;
  readonly value: number;
}

/** z = w1 x1 + ... + wn xn + b. */
export interface WeightedSumStep {
  kind: 'weightedSum';
  output: Label;
  weights: Operand[];
  inputs: Operand[];
  bias: Operand;
  result: number;
}

/** a = f(z). */
export interface ActivationStep {
  kind: 'activation';
  output: Label;
  activation: { name: string; symbol: string; textSymbol: string };
  input: Operand;
  result: number;
}

/** da/dz = f'(z): the activation's slope at z, a factor of every chain-rule product through it. */
export interface ActivationDerivativeStep {
  kind: 'activationDerivative';
  output: Label;
  activation: { name: string; symbol: string; textSymbol: string };
  input: Operand;
  result: number;
}

/** L = loss(yHat, y), averaged over the outputs (summed for a loss with `reduction: 'sum'`). */
export interface LossStep {
  kind: 'loss';
  output: Label;
  loss: string;
  predictions: Operand[];
  targets: Operand[];
  result: number;
}

/** dL/dyHat_j for one output, with the 1/m of the average over m outputs (none for a summed loss). */
export interface LossDerivativeStep {
  kind: 'lossDerivative';
  output: Label;
  loss: string;
  prediction: Operand;
  target: Operand;
  outputs: number;
  result: number;
}

/** A chain-rule product: dL/dw = dL/da * da/dz * dz/dw, each factor named and valued. */
export interface ChainRuleStep {
  kind: 'chainRule';
  output: Label;
  factors: Operand[];
  result: number;
}

/** Backpropagation through a layer: dL/da_k = sum over j of w_jk * dL/dz_j. */
export interface BackpropSumStep {
  kind: 'backpropSum';
  output: Label;
  terms: { weight: Operand; gradient: Operand }[];
  result: number;
}

/** The mean over a mini-batch B: dL/dw = (1/B) * sum over its examples s of dL[s]/dw (or of the losses L[s]). */
export interface AverageStep {
  kind: 'average';
  output: Label;
  item: Label;
  values: number[];
  result: number;
}

/** Gradient descent: w <- w - eta * dL/dw. */
export interface UpdateStep {
  kind: 'update';
  parameter: Label;
  old: number;
  learningRate: number;
  gradient: number;
  result: number;
}

/** Momentum: v <- beta * v + dL/dw, then w <- w - eta * v. */
export interface MomentumUpdateStep {
  kind: 'momentumUpdate';
  parameter: Label;
  old: number;
  learningRate: number;
  beta: number;
  gradient: number;
  velocityOld: number;
  velocity: number;
  result: number;
}

/** RMSProp: a running mean of squared gradients, v <- rho v + (1 - rho) g^2, divides the step. */
export interface RmspropUpdateStep {
  kind: 'rmspropUpdate';
  parameter: Label;
  old: number;
  learningRate: number;
  rho: number;
  epsilon: number;
  gradient: number;
  vOld: number;
  v: number;
  result: number;
}

/** Adam: first and second moment estimates, their bias corrections, then the update. */
export interface AdamUpdateStep {
  kind: 'adamUpdate';
  parameter: Label;
  old: number;
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  t: number;
  gradient: number;
  mOld: number;
  m: number;
  vOld: number;
  v: number;
  mHat: number;
  vHat: number;
  result: number;
}

/** The perceptron rule: w <- w + eta * (y - yHat) * x (the bias uses x = 1). */
export interface PerceptronUpdateStep {
  kind: 'perceptronUpdate';
  parameter: Label;
  old: number;
  learningRate: number;
  target: number;
  prediction: number;
  input: Operand;
  result: number;
}

/** Softmax for output j: a_j = e^{z_j} / sum over k of e^{z_k}, with every z of the layer. */
export interface SoftmaxStep {
  kind: 'softmax';
  output: Label;
  /** Which of `inputs` is this neuron's own z (from 0). */
  index: number;
  /** Every weighted sum of the layer, z_1 ... z_m. */
  inputs: Operand[];
  /** e^{z_k} for each input (Infinity past z = 709; the result itself is computed stably). */
  exponentials: number[];
  /** The sum of the exponentials, the denominator. */
  sum: number;
  result: number;
}

/**
 * Through softmax and cross-entropy together: dL/dz_j = a_j sum(y) - y_j, which is a_j - y_j
 * when the targets sum to 1 (one-hot, or a probability distribution).
 */
export interface SoftmaxGradientStep {
  kind: 'softmaxGradient';
  output: Label;
  prediction: Operand;
  target: Operand;
  /** sum(y) over the layer's targets, present only when it is not 1. */
  targetSum?: number;
  result: number;
}

/** Every math operation the engine can explain, told apart by `kind`. */
export type Step =
  | WeightedSumStep
  | ActivationStep
  | ActivationDerivativeStep
  | LossStep
  | LossDerivativeStep
  | ChainRuleStep
  | BackpropSumStep
  | AverageStep
  | UpdateStep
  | MomentumUpdateStep
  | RmspropUpdateStep
  | AdamUpdateStep
  | PerceptronUpdateStep
  | SoftmaxStep
  | SoftmaxGradientStep;

/** The `kind` of every step, for exhaustive tests and renderers. */
export type StepKind = Step['kind'];
