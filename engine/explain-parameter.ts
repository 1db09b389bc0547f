import { backwardAll } from './backprop.ts';
import type { Tag } from './backprop.ts';
import { fail } from './errors.ts';
import type { Core } from './kernels.ts';
import { b, w } from './layer-symbols.ts';
import type { Loss, LossName } from './losses.ts';
import type { Label, Step } from './steps.ts';

/** One parameter, counted from 1 as in the math: w^{(layer)}_{jk} or b^{(layer)}_{j}. */
export type ParameterRef =
  | { type: 'weight'; layer: number; j: number; k: number }
  | { type: 'bias'; layer: number; j: number };

/** One parameter's gradient with only the steps on its chain-rule path. */
export interface ParameterGradient {
  parameter: Label;
  /** dL/d(parameter) for this sample. */
  value: number;
  steps: Step[];
}

/**
 * net.explainGradient(x, y, loss, parameter): one parameter's gradient with the steps on its path:
 * the loss, dL/da of the outputs, every layer above it, and the final chain-rule product.
 */
export function explainParameter(
  c: Core,
  x: readonly number[],
  y: readonly number[],
  loss: LossName | Loss,
  p: ParameterRef,
): ParameterGradient {
  const where = 'explainGradient';
  const L = c.layers;
  if (p === null || typeof p !== 'object' || (p.type !== 'weight' && p.type !== 'bias')) {
    fail(
      where,
      `expected a parameter { type: 'weight', layer, j, k } or { type: 'bias', layer, j }`,
    );
  }
  if (!Number.isInteger(p.layer) || p.layer < 1 || p.layer > L) {
    fail(where, `expected layer to be an integer from 1 to ${L}, got ${p.layer}`);
  }
  if (!Number.isInteger(p.j) || p.j < 1 || p.j > c.sizes[p.layer]) {
    fail(
      where,
      `expected j to be an integer from 1 to ${c.sizes[p.layer]} (neuron of layer ${p.layer}), got ${p.j}`,
    );
  }
  if (p.type === 'weight' && (!Number.isInteger(p.k) || p.k < 1 || p.k > c.sizes[p.layer - 1])) {
    fail(
      where,
      `expected k to be an integer from 1 to ${c.sizes[p.layer - 1]} (neuron of layer ${p.layer - 1}), got ${p.k}`,
    );
  }
  const r = backwardAll(c, x, y, loss, where);
  const l0 = p.layer;
  const j0 = p.j - 1;
  const keep = (t: Tag): boolean => {
    if (t.what === 'loss') return true;
    const mine = t.layer === l0 && t.j === j0;
    if (t.what === 'output') return l0 < L || mine;
    if (t.what === 'weight') return p.type === 'weight' && mine && t.k === p.k - 1;
    if (t.what === 'bias') return p.type === 'bias' && mine;
    // dL/da and dL/dz of every neuron above the parameter's layer feed into it; in its own layer only neuron j.
    return t.layer > l0 || mine;
  };
  const steps = r.steps.filter((_, i) => keep(r.tags[i]));
  const value = p.type === 'weight' ? r.gw[l0 - 1][j0][p.k - 1] : r.gb[l0 - 1][j0];
  return { parameter: p.type === 'weight' ? w(l0, p.j, p.k) : b(l0, p.j), value, steps };
}
