import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gates } from '../../../engine/index.ts';
import { learnOne, learnUntilRight, startLearning, stepNeuron } from '../../lib/gate-learning';
import {
  formatStart,
  HAND_LIMIT,
  parseStart,
  replayLearning,
  RUN_LIMIT,
  widenRange,
  HAND_RANGE,
  verdictText,
} from './gate-run-link';

describe('gate builder run links', () => {
  it('replays a run at its rates to the same neuron and counters as stepping by hand', () => {
    let s = startLearning(stepNeuron(1, 1, -0.5));
    for (let i = 0; i < 3; i++) s = learnOne(s, gates.NAND, 0.5);
    for (let i = 0; i < 6; i++) s = learnOne(s, gates.NAND, 0.25);
    const replayed = replayLearning(
      [1, 1, -0.5],
      [
        { rate: 0.5, count: 3 },
        { rate: 0.25, count: 6 },
      ],
      gates.NAND,
    );
    const plain = (l: typeof s) => ({
      weights: l.neuron.weights,
      bias: l.neuron.bias,
      counters: [l.epoch, l.next, l.mistakes, l.updates],
      history: l.history,
      last: l.last && { sample: l.last.sample, error: l.last.error, steps: l.last.steps },
    });
    expect(plain(replayed)).toEqual(plain(s));
    expect(s.updates).toBe(9);
  });

  it('reads the start back and refuses bad ones', () => {
    expect(parseStart(formatStart([1, -0.5, 0.25]), 4)).toEqual([1, -0.5, 0.25]);
    expect(parseStart('1,2', 4)).toBe('it needs three numbers, w1,w2,b');
    expect(parseStart('1,2,9', 4)).toBe('each must be a number between -4 and 4');
    expect(parseStart('1,2,<b>', 4)).toBe('each must be a number between -4 and 4');
    expect(parseStart('1,,2', 4)).toBe('each must be a number between -4 and 4');
  });

  it('words each verdict from the run', () => {
    const s = { ...startLearning(stepNeuron(0, 0, 0)), updates: 7 };
    expect(verdictText('none', s, 'AND', 50)).toBeNull();
    expect(verdictText('converged', s, 'AND', 50)?.text).toContain('after 7 updates');
    expect(verdictText('stopped', s, 'XOR', 50)).toEqual({
      right: false,
      text: 'Stopped after 50 more epochs with XOR still wrong somewhere: the rule has not settled.',
    });
  });

  it("a perceptron run can leave the sliders' range, and the slider then stretches to show it", () => {
    const { state, solved } = learnUntilRight(
      startLearning(stepNeuron(4, -4, -4)),
      gates.OR,
      1,
      50,
    );
    expect(solved).toBe(true);
    expect(state.neuron.weights).toEqual([5, 1]);
    expect(state.neuron.weights[0]).toBeGreaterThan(HAND_LIMIT);
    expect(widenRange(HAND_RANGE, 5)).toEqual({ min: -4, max: 5 });
    expect(widenRange(HAND_RANGE, -5.8)).toEqual({ min: -6, max: 4 });
    expect(widenRange(HAND_RANGE, 0.5)).toEqual({ min: -4, max: 4 });
    expect(widenRange(HAND_RANGE, -4)).toEqual({ min: -4, max: 4 });
    // Once stretched, a range stays so when the value comes back inside it.
    expect(widenRange(widenRange(HAND_RANGE, 5), 0.5)).toEqual({ min: -4, max: 5 });
  });

  it("every run to a settled gate from the sliders' range stays well inside what a link accepts", () => {
    const tenths = fc.integer({ min: -10 * HAND_LIMIT, max: 10 * HAND_LIMIT }).map((n) => n / 10);
    const names = Object.keys(gates) as (keyof typeof gates)[];
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        tenths,
        tenths,
        tenths,
        fc.integer({ min: 5, max: 100 }).map((n) => n / 100),
        (gate, w1, w2, b, eta) => {
          const { neuron } = learnUntilRight(
            startLearning(stepNeuron(w1, w2, b)),
            gates[gate],
            eta,
            50,
          ).state;
          const reached = Math.max(...neuron.weights.map(Math.abs), Math.abs(neuron.bias));
          const range = widenRange(HAND_RANGE, neuron.weights[0]);
          return (
            reached < RUN_LIMIT / 4 &&
            range.min <= neuron.weights[0] &&
            neuron.weights[0] <= range.max
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
