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
export { label, gradientLabel } from './labels.ts';
export { toLatex, toText } from './render.ts';
export type { RenderOptions } from './render.ts';
export type {
  Step,
  StepKind,
  Label,
  Operand,
  WeightedSumStep,
  ActivationStep,
  ActivationDerivativeStep,
  LossStep,
  LossDerivativeStep,
  ChainRuleStep,
  BackpropSumStep,
  AverageStep,
  UpdateStep,
  MomentumUpdateStep,
  RmspropUpdateStep,
  AdamUpdateStep,
  PerceptronUpdateStep,
  SoftmaxStep,
  SoftmaxGradientStep,
} from './steps.ts';
export {
  formatNumber,
  formatLatexNumber,
  isRoundingNoise,
  displayValue,
  exactTitle,
} from './format.ts';
export { losses, lossNames, getLoss, BCE_EPSILON } from './losses.ts';
export type { Loss, LossName } from './losses.ts';
export type { Dataset } from './dataset.ts';
export { gates } from './gates.ts';
export { trainPerceptron, perceptronStep } from './perceptron.ts';
export type { PerceptronOptions, PerceptronResult, PerceptronStepResult } from './perceptron.ts';
export { mlp, networkFromJSON } from './network.ts';
export type { Network, MlpOptions, NetworkWeights, NetworkJSON } from './network.ts';
export type { ForwardResult } from './explain-forward.ts';
export type { GradientResult } from './backprop.ts';
export type { ParameterRef, ParameterGradient } from './explain-parameter.ts';
export { parameters } from './parameter-list.ts';
export type { LabelledParameter } from './parameter-list.ts';
export { evaluate } from './evaluate.ts';
export type { Evaluation } from './evaluate.ts';
export { layerGradients } from './layer-gradients.ts';
export type { LayerGradientStats, Magnitude } from './layer-gradients.ts';
export { createOptimizer, optimizerNames } from './optimizers.ts';
export { initNames } from './initializers.ts';
export type { InitName, InitSpec } from './initializers.ts';
export type { Optimizer, OptimizerName, OptimizerSpec } from './optimizers.ts';
export { learningRateAt, scheduleNames } from './schedules.ts';
export type { ScheduleSpec } from './schedules.ts';
export { train, updatesPerEpoch } from './train.ts';
export { trainWithValidation } from './early-stopping.ts';
export type { ValidationOptions, ValidationResult } from './early-stopping.ts';
export { createTrainer } from './trainer.ts';
export type { TrainRunOptions, TrainResult } from './train.ts';
export type { TrainOptions, HistoryEntry, Trainer, TrainerUpdate } from './trainer.ts';
export { gradientCheck } from './gradcheck.ts';
export { Value, graphOf } from './autograd.ts';
export type { ValueOp, ValueGroup, GraphNode, GraphEdge, ValueGraph } from './autograd.ts';
export { valueNetwork, valueLoss } from './value-network.ts';
export type { ValueNetwork } from './value-network.ts';
export { passCost } from './op-count.ts';
export type { PassCost } from './op-count.ts';
export type { GradientCheckResult, GradientCheckEntry } from './gradcheck.ts';
export { datasets, splitTrainTest } from './datasets.ts';
export type { GeneratorOptions } from './datasets.ts';
export { softmax, softmaxActivation } from './softmax.ts';
export { oneHot, argMax, accuracy, classifiedRight, confusionMatrix } from './metrics.ts';
export type { ConfusionMatrix } from './metrics.ts';
export { encodeDigits, decodeDigits, setDigitsSource, DIGIT_SIDE, DIGIT_LEVELS } from './digits.ts';
export type { DigitsData } from './digits.ts';
export {
  regularizations,
  regularizationNames,
  regularizationPenalty,
  regularizationGradient,
} from './regularization.ts';
export type { Regularization, RegularizationName, RegularizationSpec } from './regularization.ts';
