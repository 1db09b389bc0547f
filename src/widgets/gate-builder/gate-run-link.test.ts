import { describe, expect, it } from 'vitest';
import { gates } from '../../../engine/index.ts';
import { learnOne, startLearning, stepNeuron } from '../../lib/gate-learning';
import { formatStart, parseStart, replayLearning, verdictText } from './gate-run-link';

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
});
