import { describe, expect, it } from 'vitest';
import { mlp } from '../../../engine/index.ts';
import { parameterFromKey, parameterKey, parameterKeys } from './parameter-key';

describe('parameterKeys(net)', () => {
  it("lists every weight and bias of a 2-2-1 network once, in the engine's flat order", () => {
    expect(parameterKeys(mlp([2, 2, 1]))).toEqual([
      'w1.1.1',
      'w1.1.2',
      'w1.2.1',
      'w1.2.2',
      'b1.1',
      'b1.2',
      'w2.1.1',
      'w2.1.2',
      'b2.1',
    ]);
  });
});

describe('parameterFromKey(key) and parameterKey(p)', () => {
  it('round-trip weights and biases', () => {
    for (const key of parameterKeys(mlp([2, 3, 1])))
      expect(parameterKey(parameterFromKey(key))).toBe(key);
    expect(parameterFromKey('w2.1.1')).toEqual({ type: 'weight', layer: 2, j: 1, k: 1 });
    expect(parameterFromKey('b1.2')).toEqual({ type: 'bias', layer: 1, j: 2 });
  });
});
