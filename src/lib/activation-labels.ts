import type { ActivationName } from '../../engine/index.ts';

/** How each activation is named in the site's controls and prose. */
export const activationLabels: Record<ActivationName, string> = {
  step: 'Step',
  linear: 'Linear',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  relu: 'ReLU',
  leakyRelu: 'Leaky ReLU',
  softplus: 'Softplus',
  elu: 'ELU',
};
