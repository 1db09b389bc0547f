/**
 * The Neural Notebook engine: the public API that lessons, widgets and readers' code cells use.
 * Pure TypeScript with no DOM and no runtime dependencies.
 */
export { createRng } from './random.ts';
export type { Rng } from './random.ts';
export { activations, activationNames, getActivation, LEAKY_RELU_SLOPE } from './activations.ts';
export type { Activation, ActivationInput, ActivationName } from './activations.ts';
export { neuron } from './neuron.ts';
export type { Neuron, NeuronOptions, NeuronOutput } from './neuron.ts';
export { toLatex, toText, label, gradientLabel } from './steps.ts';
export type {
  Step,
  StepKind,
  Label,
  Operand,
  RenderOptions,
  WeightedSumStep,
  ActivationStep,
  LossStep,
  LossDerivativeStep,
  ChainRuleStep,
  BackpropSumStep,
  AverageStep,
  UpdateStep,
  MomentumUpdateStep,
  AdamUpdateStep,
  PerceptronUpdateStep,
} from './steps.ts';
export { formatNumber, formatLatexNumber } from './format.ts';
