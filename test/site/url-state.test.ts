import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState, type Schema } from '../../src/lib/url-state';

const schema = {
  w1: { type: 'number', min: -3, max: 3, label: 'weight w1' },
  activation: { type: 'choice', values: ['step', 'sigmoid'], label: 'activation' },
} satisfies Schema;
const defaults = { w1: 0.5, activation: 'sigmoid' };

describe('readUrlState(search, id, schema, defaults)', () => {
  it('reads valid values under the widget id', () => {
    expect(
      readUrlState('?neuron.w1=-2.5&neuron.activation=step', 'neuron', schema, defaults),
    ).toEqual({
      state: { w1: -2.5, activation: 'step' },
      problems: [],
    });
  });

  it('ignores other widgets and missing fields', () => {
    expect(readUrlState('?other.w1=1&x=2', 'neuron', schema, defaults)).toEqual({
      state: defaults,
      problems: [],
    });
  });

  it('keeps the default for each bad value and says what was wrong', () => {
    const { state, problems } = readUrlState(
      '?neuron.w1=9&neuron.activation=<script>',
      'neuron',
      schema,
      defaults,
    );
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
    const url = writeUrlState(
      'https://x.test/l/?keep=1&neuron.w1=2',
      'neuron',
      { w1: 0.5, activation: 'step' },
      defaults,
    );
    expect(url).toBe('https://x.test/l/?keep=1&neuron.activation=step');
  });

  it('round-trips through readUrlState', () => {
    const state = { w1: -1.2, activation: 'step' };
    const url = writeUrlState('https://x.test/', 'neuron', state, defaults);
    expect(readUrlState(new URL(url).search, 'neuron', schema, defaults)).toEqual({
      state,
      problems: [],
    });
  });
});

describe('readUrlState with whole numbers, training histories and unknown settings', () => {
  const more = {
    seed: { type: 'number', min: 1, max: 100, integer: true, label: 'seed' },
    trained: { type: 'runs', rate: { min: 0.1, max: 10 }, maxTotal: 3000, label: 'epochs trained' },
  } satisfies Schema;
  const start = { seed: 1, trained: '' };

  it('reads a whole number and a valid history', () => {
    expect(readUrlState('?xor.seed=7&xor.trained=2x100,0.5x20', 'xor', more, start)).toEqual({
      state: { seed: 7, trained: '2x100,0.5x20' },
      problems: [],
    });
  });

  it('refuses a fraction for a whole number, a bad history, and names unknown settings', () => {
    const { state, problems } = readUrlState(
      '?xor.seed=2.5&xor.trained=2x9999&xor.%3Cimg%3E=1',
      'xor',
      more,
      start,
    );
    expect(state).toEqual(start);
    expect(problems).toEqual([
      'seed: “2.5” is not a whole number between 1 and 100; kept 1.',
      'epochs trained: “2x9999” cannot be used (more than 3000 steps in all); started afresh.',
      '“<img>” is not a setting of this widget; ignored.',
    ]);
  });

  it('never throws on truncated percent-encoding', () => {
    expect(() =>
      readUrlState('?xor.seed=%E0%A4%A&xor.trained=2x1%', 'xor', more, start),
    ).not.toThrow();
  });
});

describe('readUrlState: text fields', () => {
  const textSchema = {
    list: {
      type: 'text',
      maxLength: 12,
      check: (raw: string) => (/^[a-c,]*$/.test(raw) ? null : 'only a, b and c'),
      label: 'list',
    },
  } satisfies Schema;

  it('keeps a value its check accepts', () => {
    expect(readUrlState('?w.list=a,b', 'w', textSchema, { list: '' })).toEqual({
      state: { list: 'a,b' },
      problems: [],
    });
  });

  it('refuses a value its check rejects, or one too long, with the reason', () => {
    const bad = readUrlState('?w.list=<b>', 'w', textSchema, { list: '' });
    expect(bad.state.list).toBe('');
    expect(bad.problems).toEqual(['list: “<b>” cannot be used (only a, b and c); started afresh.']);
    const long = readUrlState(`?w.list=${'a'.repeat(13)}`, 'w', textSchema, { list: '' });
    expect(long.state.list).toBe('');
    expect(long.problems[0]).toContain('it is too long');
  });
});
