import { checkFinite, describe, fail } from './errors.ts';
import type { Rng } from './random.ts';

/**
 * How a network's first weights are drawn (biases always start at 0):
 * - `auto` (the default): He for relu-like layers, Xavier for the rest;
 * - `xavier` (Glorot uniform): U(-a, a) with a = sqrt(6 / (nIn + nOut)), which keeps a layer's
 *   output variance near its input's for tanh around 0 (sigmoid's slope is at most 1/4, so its
 *   gradients still shrink layer by layer);
 * - `he` (He normal): N(0, 2 / nIn), which makes up for relu zeroing about half of the weighted
 *   sums (the negative ones);
 * - `zeros`, or `{ name: 'constant', value }`: every weight equal, so every hidden neuron of a layer
 *   computes the same thing and gets the same gradient: they stay identical (the symmetry problem);
 * - `{ name: 'normal', sd }` or `{ name: 'uniform', limit }`: a scale of your own, to watch signals
 *   and gradients shrink or grow layer by layer when it is wrong.
 */
export type InitName = 'auto' | 'xavier' | 'he' | 'zeros';
export type InitSpec =
  | InitName
  | { name: 'constant'; value: number }
  | { name: 'normal'; sd: number }
  | { name: 'uniform'; limit: number };

/** The valid initializer names, for error messages and pickers. */
export const initNames = ['auto', 'xavier', 'he', 'zeros', 'constant', 'normal', 'uniform'];

/** Draws one weight of a layer with `nIn` inputs and `nOut` neurons. */
type WeightDraw = (rng: Rng, nIn: number, nOut: number, reluLike: boolean) => number;

const xavier: WeightDraw = (rng, nIn, nOut) => (2 * rng.next() - 1) * Math.sqrt(6 / (nIn + nOut));
const he: WeightDraw = (rng, nIn) => rng.normal(0, Math.sqrt(2 / nIn));

/** The draw for `spec`, its settings checked (`where` names the caller in messages). */
export function weightDraw(spec: InitSpec = 'auto', where = 'mlp'): WeightDraw {
  const name = typeof spec === 'string' ? spec : (spec as { name?: unknown } | null)?.name;
  switch (name) {
    case 'auto':
      return (rng, nIn, nOut, reluLike) => (reluLike ? he : xavier)(rng, nIn, nOut, reluLike);
    case 'xavier':
      return xavier;
    case 'he':
      return he;
    case 'zeros':
      return () => 0;
    case 'constant': {
      const value = checkFinite(where, 'init.value', (spec as { value: number }).value);
      return () => value;
    }
    case 'normal': {
      const sd = scale(where, 'init.sd', (spec as { sd: number }).sd);
      return (rng) => rng.normal(0, sd);
    }
    case 'uniform': {
      const limit = scale(where, 'init.limit', (spec as { limit: number }).limit);
      return (rng) => (2 * rng.next() - 1) * limit;
    }
  }
  const got = typeof spec === 'string' ? `"${spec}"` : describe(name ?? spec);
  return fail(where, `unknown init ${got}; expected one of ${initNames.join(', ')}`);
}

function scale(where: string, name: string, value: number): number {
  checkFinite(where, name, value);
  if (value <= 0) fail(where, `expected ${name} to be > 0, got ${value}`);
  return value;
}
