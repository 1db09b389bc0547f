import { parseBoundedNumber, type ParsedNumber } from '../../lib/bounded-number';

/**
 * The ranges a reader may type into the graph widget's fields. The target is a probability, as the
 * sigmoid output is; inputs, weights and biases get room enough to push a tanh into its flat
 * tails, where the gradients vanish, but stay finite through every operation of the graph.
 */
export function inputRange(key: string): { min: number; max: number; label: string } {
  if (key === 'y') return { min: 0, max: 1, label: 'target y' };
  if (key.startsWith('x')) return { min: -10, max: 10, label: `input ${key}` };
  if (key.startsWith('w')) return { min: -10, max: 10, label: `weight ${key}` };
  return { min: -10, max: 10, label: `bias ${key}` };
}

/** Reads what a reader typed into field `key`, checked against its range (see bounded-number.ts). */
export function parseGraphInput(key: string, text: string): ParsedNumber {
  return parseBoundedNumber(text, inputRange(key));
}
