import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState, type Schema } from '../../src/lib/url-state';

const schema = {
  w1: { type: 'number', min: -3, max: 3, label: 'weight w1' },
  activation: { type: 'choice', values: ['step', 'sigmoid'], label: 'activation' },
} satisfies Schema;
const defaults = { w1: 0.5, activation: 'sigmoid' };

describe('readUrlState(search, id, schema, defaults)', () => {
  it('reads valid values under the widget id', () => {
    expect(readUrlState('?neuron.w1=-2.5&neuron.activation=step', 'neuron', schema, defaults)).toEqual({
      state: { w1: -2.5, activation: 'step' },
      problems: [],
    });
  });

  it('ignores other widgets and missing fields', () => {
    expect(readUrlState('?other.w1=1&x=2', 'neuron', schema, defaults)).toEqual({ state: defaults, problems: [] });
  });

  it('keeps the default for each bad value and says what was wrong', () => {
    const { state, problems } = readUrlState('?neuron.w1=9&neuron.activation=<script>', 'neuron', schema, defaults);
    expect(state).toEqual(defaults);
    expect(problems).toEqual([
      'weight w1: “9” is not a number between -3 and 3; kept 0.5.',
      'activation: “<script>” is not one of step, sigmoid; kept sigmoid.',
    ]);
  });

  it('refuses NaN, Infinity, empty and overlong values, and quotes long ones shortened', () => {
    for (const bad of ['NaN', 'Infinity', '', '1'.repeat(500)]) {
      const { state, problems } = readUrlState(`?neuron.w1=${bad}`, 'neuron', schema, defaults);
      expect(state.w1).toBe(0.5);
      expect(problems).toHaveLength(1);
      expect(problems[0].length).toBeLessThan(120);
    }
  });
});

describe('writeUrlState(url, id, state, defaults)', () => {
  it('writes changed values, drops defaults, and keeps other parameters', () => {
    const url = writeUrlState('https://x.test/l/?keep=1&neuron.w1=2', 'neuron', { w1: 0.5, activation: 'step' }, defaults);
    expect(url).toBe('https://x.test/l/?keep=1&neuron.activation=step');
  });

  it('round-trips through readUrlState', () => {
    const state = { w1: -1.2, activation: 'step' };
    const url = writeUrlState('https://x.test/', 'neuron', state, defaults);
    expect(readUrlState(new URL(url).search, 'neuron', schema, defaults)).toEqual({ state, problems: [] });
  });
});
