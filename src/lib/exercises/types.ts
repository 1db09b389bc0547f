import type { CodeCheckName } from './code-checks';

/** The gates an exercise can ask a neuron to compute. */
export type ExerciseGate = 'AND' | 'OR' | 'NAND' | 'NOR' | 'XOR';

/**
 * How an exercise checks an answer: a number the lesson computed with the engine, a step neuron's
 * weights against a gate's truth table, or the reader's function against the engine's test cases.
 */
export type ExerciseCheck =
  | { kind: 'number'; answer: number; tolerance?: number }
  | { kind: 'gate'; gate: ExerciseGate; start?: [number, number, number] }
  | { kind: 'code'; test: CodeCheckName; starter: string };

/** What the last check said. */
export type ExerciseVerdict = { right: boolean; text: string } | { invalid: true; text: string };
