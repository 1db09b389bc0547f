import { checkFinite, describe, fail } from './errors.ts';
import type { Label, Step } from './steps.ts';

/** The names of the built-in optimizers. */
export type OptimizerName = 'sgd' | 'momentum' | 'rmsprop' | 'adam';

/** An optimizer by name, or with its settings: `{ name: 'momentum', beta: 0.9 }`. */
export type OptimizerSpec =
  | OptimizerName
  | { name: 'sgd' }
  | { name: 'momentum'; beta?: number }
  | { name: 'rmsprop'; rho?: number; epsilon?: number }
  | { name: 'adam'; beta1?: number; beta2?: number; epsilon?: number };

/** The valid optimizer names, for error messages and pickers. */
export const optimizerNames: OptimizerName[] = ['sgd', 'momentum', 'rmsprop', 'adam'];

/** An optimizer with its state (velocities, moments), sized for one network. */
export interface Optimizer {
  readonly name: OptimizerName;
  /**
   * Applies one update from the batch's summed gradients: g = gradSum[i] / count is the mean
   * gradient. Zeroes gradSum for the next batch as it goes (saving the trainer a pass). When
   * `steps` is given, pushes one update step per parameter (labelled by `labels`).
   */
  apply(
    params: Float64Array,
    gradSum: Float64Array,
    count: number,
    learningRate: number,
    steps: Step[] | null,
    labels: Label[] | null,
  ): void;
}

/**
 * Creates an optimizer for `size` parameters. sgd: w <- w - eta g. momentum (the form PyTorch
 * uses): v <- beta v + g, w <- w - eta v. rmsprop: a running mean of squared gradients,
 * v <- rho v + (1 - rho) g^2, divides each step, w <- w - eta g / (sqrt(v) + epsilon), so once v
 * has caught up with g^2 every parameter moves by about eta whatever the size of its gradient
 * (the first update, from v = 0, moves it by eta / sqrt(1 - rho), about 3.2 eta with rho 0.9, as in
 * Hinton's lecture, where the rule was proposed). adam: bias-corrected first and second moments.
 */
export function createOptimizer(spec: OptimizerSpec = 'sgd', size: number): Optimizer {
  const s = typeof spec === 'string' ? { name: spec } : spec;
  const where = 'createOptimizer';
  if (s === null || typeof s !== 'object' || !optimizerNames.includes(s.name as OptimizerName)) {
    const got =
      typeof spec === 'string' ? `"${spec}"` : describe(s && (s as { name?: unknown }).name);
    fail(where, `unknown optimizer ${got}; expected one of ${optimizerNames.join(', ')}`);
  }
  if (s.name === 'momentum') {
    const beta = rate(where, 'beta', 'beta' in s ? s.beta : undefined, 0.9);
    const v = new Float64Array(size);
    return {
      name: 'momentum',
      apply(params, gradSum, count, lr, steps, labels) {
        for (let i = 0; i < params.length; i++) {
          const g = gradSum[i] / count;
          gradSum[i] = 0;
          const vOld = v[i];
          v[i] = beta * vOld + g;
          const old = params[i];
          params[i] = old - lr * v[i];
          if (steps !== null && labels !== null) {
            steps.push({
              kind: 'momentumUpdate',
              parameter: labels[i],
              old,
              learningRate: lr,
              beta,
              gradient: g,
              velocityOld: vOld,
              velocity: v[i],
              result: params[i],
            });
          }
        }
      },
    };
  }
  if (s.name === 'rmsprop') {
    const rho = rate(where, 'rho', 'rho' in s ? s.rho : undefined, 0.9);
    const epsilon = positive(where, 'epsilon', 'epsilon' in s ? s.epsilon : undefined, 1e-8);
    const v = new Float64Array(size);
    return {
      name: 'rmsprop',
      apply(params, gradSum, count, lr, steps, labels) {
        for (let i = 0; i < params.length; i++) {
          const g = gradSum[i] / count;
          gradSum[i] = 0;
          const vOld = v[i];
          v[i] = rho * vOld + (1 - rho) * g * g;
          const old = params[i];
          params[i] = old - (lr * g) / (Math.sqrt(v[i]) + epsilon);
          if (steps !== null && labels !== null) {
            steps.push({
              kind: 'rmspropUpdate',
              parameter: labels[i],
              old,
              learningRate: lr,
              rho,
              epsilon,
              gradient: g,
              vOld,
              v: v[i],
              result: params[i],
            });
          }
        }
      },
    };
  }
  if (s.name === 'adam') {
    const beta1 = rate(where, 'beta1', 'beta1' in s ? s.beta1 : undefined, 0.9);
    const beta2 = rate(where, 'beta2', 'beta2' in s ? s.beta2 : undefined, 0.999);
    const epsilon = positive(where, 'epsilon', 'epsilon' in s ? s.epsilon : undefined, 1e-8);
    const m = new Float64Array(size);
    const v = new Float64Array(size);
    let t = 0;
    return {
      name: 'adam',
      apply(params, gradSum, count, lr, steps, labels) {
        t++;
        const c1 = 1 - Math.pow(beta1, t);
        const c2 = 1 - Math.pow(beta2, t);
        for (let i = 0; i < params.length; i++) {
          const g = gradSum[i] / count;
          gradSum[i] = 0;
          const mOld = m[i];
          const vOld = v[i];
          m[i] = beta1 * mOld + (1 - beta1) * g;
          v[i] = beta2 * vOld + (1 - beta2) * g * g;
          const mHat = m[i] / c1;
          const vHat = v[i] / c2;
          const old = params[i];
          params[i] = old - (lr * mHat) / (Math.sqrt(vHat) + epsilon);
          if (steps !== null && labels !== null) {
            steps.push({
              kind: 'adamUpdate',
              parameter: labels[i],
              old,
              learningRate: lr,
              beta1,
              beta2,
              epsilon,
              t,
              gradient: g,
              mOld,
              m: m[i],
              vOld,
              v: v[i],
              mHat,
              vHat,
              result: params[i],
            });
          }
        }
      },
    };
  }
  return {
    name: 'sgd',
    apply(params, gradSum, count, lr, steps, labels) {
      if (steps === null) {
        // The training loop's case, without the per-parameter check (same arithmetic as below).
        for (let i = 0; i < params.length; i++) {
          const g = gradSum[i] / count;
          gradSum[i] = 0;
          params[i] = params[i] - lr * g;
        }
        return;
      }
      for (let i = 0; i < params.length; i++) {
        const g = gradSum[i] / count;
        gradSum[i] = 0;
        const old = params[i];
        params[i] = old - lr * g;
        if (labels !== null) {
          steps.push({
            kind: 'update',
            parameter: labels[i],
            old,
            learningRate: lr,
            gradient: g,
            result: params[i],
          });
        }
      }
    },
  };
}

/** A decay rate in [0, 1), or its default. */
function rate(where: string, name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  checkFinite(where, name, value);
  if (value < 0 || value >= 1) fail(where, `expected ${name} to be in [0, 1), got ${value}`);
  return value;
}

/** A number > 0 (a divisor's guard), or its default. */
function positive(where: string, name: string, value: number | undefined, fallback: number) {
  if (value === undefined) return fallback;
  checkFinite(where, name, value);
  if (value <= 0) fail(where, `expected ${name} to be > 0, got ${value}`);
  return value;
}
