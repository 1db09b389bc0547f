import type { Dataset } from './dataset.ts';

/** The four inputs of a two-input logic gate, in truth-table order. */
const INPUTS = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];

function gate(outputs: [number, number, number, number]): Dataset {
  return Object.freeze({
    inputs: INPUTS.map((row) => Object.freeze([...row])) as number[][],
    targets: outputs.map((t) => Object.freeze([t])) as number[][],
  });
}

/** Truth tables of the two-input logic gates, as datasets. XOR is the one no single neuron can learn. */
export const gates: Readonly<Record<'AND' | 'OR' | 'NAND' | 'NOR' | 'XOR', Dataset>> =
  Object.freeze({
    AND: gate([0, 0, 0, 1]),
    OR: gate([0, 1, 1, 1]),
    NAND: gate([1, 1, 1, 0]),
    NOR: gate([1, 0, 0, 0]),
    XOR: gate([0, 1, 1, 0]),
  });
