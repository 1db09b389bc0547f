import type { Dataset } from '../../../engine/index.ts';
import { learnOne, startLearning, stepNeuron, type Learning } from '../../lib/gate-learning';
import type { Run } from '../../lib/run-segments';

/**
 * The gate builder's perceptron run in a link: the neuron it started from, the learning rates of
 * its updates (as runs, see run-segments.ts), and what "Run until all right" last concluded.
 * Replaying the updates on the engine from that start gives back the same run, counters and all.
 */

/** What the last "Run until all right" concluded, if it is still shown. */
export type VerdictKind = 'none' | 'converged' | 'already' | 'stopped';
export const VERDICT_KINDS: readonly VerdictKind[] = ['none', 'converged', 'already', 'stopped'];

/** The sentence shown for a verdict, from the run it ended. */
export function verdictText(
  kind: VerdictKind,
  state: Learning,
  gate: string,
  maxEpochs: number,
): { right: boolean; text: string } | null {
  switch (kind) {
    case 'none':
      return null;
    case 'already':
      return {
        right: true,
        text: 'All four rows are already right: the rule would change nothing.',
      };
    case 'converged':
      return {
        right: true,
        text: `All four right after ${state.updates} updates: a further pass would change nothing, so the rule has converged.`,
      };
    case 'stopped':
      return {
        right: false,
        text: `Stopped after ${maxEpochs} more epochs with ${gate} still wrong somewhere: the rule has not settled.`,
      };
  }
}

/** The range of the weight and bias sliders: what a reader sets by hand. */
export const HAND_LIMIT = 4;
/**
 * How far from 0 a link's weights, bias and run start may be. A perceptron run from the sliders'
 * range can end beyond it (OR from 4, -4, -4 at eta = 1 ends with w1 = 5; the unit tests hold
 * every such run under a quarter of this), and a run from where another ended can go further.
 */
export const RUN_LIMIT = 50;

/** A slider's range, in whole numbers. */
export interface SliderRange {
  min: number;
  max: number;
}

/** The weight and bias sliders' range before any run: what a reader sets by hand. */
export const HAND_RANGE: SliderRange = { min: -HAND_LIMIT, max: HAND_LIMIT };

/**
 * `range` stretched to the whole number beyond `value`, when a perceptron run (or a link) took the
 * value past it, so the slider shows the value instead of pinning at its end.
 */
export function widenRange(range: SliderRange, value: number): SliderRange {
  return {
    min: Math.min(range.min, Math.floor(value)),
    max: Math.max(range.max, Math.ceil(value)),
  };
}

/** Weights and bias as link text, `w1,w2,b`. */
export const formatStart = (p: readonly number[]) => p.join(',');

/** Reads `w1,w2,b` back, or says what is wrong; each within `limit` either side of 0. */
export function parseStart(raw: string, limit: number): [number, number, number] | string {
  const parts = raw.split(',');
  if (parts.length !== 3) return 'it needs three numbers, w1,w2,b';
  const values = parts.map((p) => (/^-?[0-9]*\.?[0-9]+(e-?[0-9]+)?$/.test(p) ? Number(p) : NaN));
  if (!values.every((v) => Number.isFinite(v) && Math.abs(v) <= limit))
    return `each must be a number between ${-limit} and ${limit}`;
  return values as [number, number, number];
}

/** The run made by applying the rule to `data`, from the neuron `from`, at each run's rate in turn. */
export function replayLearning(
  from: readonly number[],
  runs: readonly Run[],
  data: Dataset,
): Learning {
  let state = startLearning(stepNeuron(from[0], from[1], from[2]));
  for (const run of runs)
    for (let i = 0; i < run.count; i++) state = learnOne(state, data, run.rate);
  return state;
}
