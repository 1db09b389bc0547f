import { checkVector, describe, fail } from './errors.ts';
import type { Core } from './kernels.ts';
import type { NetworkWeights } from './network-types.ts';
import type { ParameterRef } from './explain-parameter.ts';
import { label } from './labels.ts';
import type { Label } from './steps.ts';

/**
 * A network's parameters addressed as the math writes them, counting from 1: where w^{(l)}_{jk}
 * and b^{(l)}_{j} sit in the flat `params` array (each layer's weights row by row, then its
 * biases), and the nested-array form of `getWeights` and `setWeights` (internal).
 */

function checkLayer(c: Core, where: string, layer: number): void {
  if (!Number.isInteger(layer) || layer < 1 || layer > c.layers) {
    fail(
      where,
      `expected layer to be an integer from 1 to ${c.layers} (layer 0 is the input and has no weights), got ${describe(layer)}`,
    );
  }
}

function checkIndex(where: string, name: string, value: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    fail(
      where,
      `expected ${name} to be an integer from 1 to ${max} (${what}), got ${describe(value)}`,
    );
  }
}

/** The index of w^{(layer)}_{jk} in params; every index checked. */
export function weightIndex(c: Core, where: string, layer: number, j: number, k: number): number {
  checkLayer(c, where, layer);
  checkIndex(where, 'j', j, c.sizes[layer], `neuron of layer ${layer}`);
  checkIndex(where, 'k', k, c.sizes[layer - 1], `neuron of layer ${layer - 1}`);
  return c.wOff[layer] + (j - 1) * c.sizes[layer - 1] + (k - 1);
}

/** The index of b^{(layer)}_{j} in params; every index checked. */
export function biasIndex(c: Core, where: string, layer: number, j: number): number {
  checkLayer(c, where, layer);
  checkIndex(where, 'j', j, c.sizes[layer], `neuron of layer ${layer}`);
  return c.bOff[layer] + (j - 1);
}

/** A copy of every weight and bias as nested arrays: weights[l - 1][j - 1][k - 1]. */
export function readWeights(c: Core): NetworkWeights {
  const { sizes, params, wOff, bOff } = c;
  const weights: number[][][] = [];
  const biases: number[][] = [];
  for (let l = 1; l <= c.layers; l++) {
    const rows: number[][] = [];
    for (let j = 0; j < sizes[l]; j++) {
      const start = wOff[l] + j * sizes[l - 1];
      rows.push(Array.from(params.subarray(start, start + sizes[l - 1])));
    }
    weights.push(rows);
    biases.push(Array.from(params.subarray(bOff[l], bOff[l] + sizes[l])));
  }
  return { weights, biases };
}

/** Replaces every weight and bias; shape and finiteness checked first, so a rejected call changes nothing. */
export function writeWeights(c: Core, w: NetworkWeights): void {
  const where = 'setWeights';
  const { sizes, wOff, bOff } = c;
  const L = c.layers;
  if (
    w === null ||
    typeof w !== 'object' ||
    !Array.isArray(w.weights) ||
    !Array.isArray(w.biases)
  ) {
    fail(where, 'expected { weights, biases } as returned by getWeights()');
  }
  if (w.weights.length !== L || w.biases.length !== L) {
    fail(
      where,
      `expected weights and biases for ${L} layers, got ${w.weights.length} and ${w.biases.length}`,
    );
  }
  const next = new Float64Array(c.params.length);
  for (let l = 1; l <= L; l++) {
    const rows = w.weights[l - 1];
    if (!Array.isArray(rows) || rows.length !== sizes[l]) {
      fail(
        where,
        `expected ${sizes[l]} rows of weights in layer ${l} (one per neuron), got ${describe(rows)}`,
      );
    }
    rows.forEach((row, j) => {
      const v = checkVector(
        where,
        `weights of layer ${l} neuron ${j + 1}`,
        row,
        sizes[l - 1],
        ` (one per neuron of layer ${l - 1})`,
      );
      next.set(v, wOff[l] + j * sizes[l - 1]);
    });
    next.set(
      checkVector(where, `biases of layer ${l}`, w.biases[l - 1], sizes[l], ' (one per neuron)'),
      bOff[l],
    );
  }
  c.params.set(next);
}

/** A parameter with its plain-text label (`w(1)_21`) and its LaTeX (`w^{(1)}_{21}`). */
export type LabelledParameter = ParameterRef & { label: string; latex: string };

/** The parameters of a network of these layer sizes, in the flat order of `getParams` (internal). */
export function parameterList(sizes: readonly number[]): LabelledParameter[] {
  const out: LabelledParameter[] = [];
  for (let layer = 1; layer < sizes.length; layer++) {
    for (let j = 1; j <= sizes[layer]; j++)
      for (let k = 1; k <= sizes[layer - 1]; k++) {
        const { text, latex } = label('w', [j, k], layer);
        out.push({ type: 'weight', layer, j, k, label: text, latex });
      }
    for (let j = 1; j <= sizes[layer]; j++) {
      const { text, latex } = label('b', [j], layer);
      out.push({ type: 'bias', layer, j, label: text, latex });
    }
  }
  return out;
}

/** Labels in the flat parameter order: each layer's weights row by row, then its biases. */
export function parameterLabels(sizes: readonly number[]): Label[] {
  return parameterList(sizes).map((p) => ({ latex: p.latex, text: p.label }));
}
