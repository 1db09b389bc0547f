import { label } from './labels.ts';
import type { Label, Operand } from './steps.ts';

/** The symbols of a layered network, as the explained passes write them (internal). */

/** w^{(l)}_{jk}: the weight to neuron j of layer l from neuron k of layer l - 1. */
export const w = (l: number, j: number, k: number): Label => label('w', [j, k], l);
/** b^{(l)}_{j}. */
export const b = (l: number, j: number): Label => label('b', [j], l);
/** z^{(l)}_{j}, a neuron's weighted sum. */
export const z = (l: number, j: number): Label => label('z', [j], l);
/** a^{(l)}_{j}, a neuron's activation; layer 0 is the input, x_{j}. */
export const a = (l: number, j: number): Label => (l === 0 ? label('x', [j]) : label('a', [j], l));
/** A labelled value, as steps carry their operands. */
export const op = (l: Label, value: number): Operand => ({ label: l, value });
