import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../lib/url-state';
import { labLinkSchema } from './lab-link';

const schema = labLinkSchema([32, 64, 128]);
const defaults = {
  hidden: '32',
  optimizer: 'sgd',
  learningRate: 0.1,
  seed: 1,
  epochs: 3,
  trained: 0,
  batches: 0,
  drawing: '',
};

describe('labLinkSchema', () => {
  it('readUrlState() reads the optimiser and its rate from a link', () => {
    const { state, problems } = readUrlState(
      '?digits.optimizer=adam&digits.learningRate=0.01&digits.trained=2',
      'digits',
      schema,
      defaults,
    );
    expect(problems).toEqual([]);
    expect([state.optimizer, state.learningRate, state.trained]).toEqual(['adam', 0.01, 2]);
  });

  it('a link from before the optimiser opens as SGD, with its training kept', () => {
    const { state, problems } = readUrlState(
      '?digits.learningRate=0.2&digits.trained=3&digits.batches=40',
      'digits',
      schema,
      defaults,
    );
    expect(problems).toEqual([]);
    expect([state.optimizer, state.learningRate, state.trained, state.batches]).toEqual([
      'sgd',
      0.2,
      3,
      40,
    ]);
  });

  it('an unknown optimiser is refused with a message naming the choices; the rest is read', () => {
    const { state, problems } = readUrlState(
      '?digits.optimizer=adagrad&digits.seed=7',
      'digits',
      schema,
      defaults,
    );
    expect(state.optimizer).toBe('sgd');
    expect(state.seed).toBe(7);
    expect(problems).toEqual([
      'optimiser: “adagrad” is not one of sgd, momentum, rmsprop, adam; kept sgd.',
    ]);
  });
});
