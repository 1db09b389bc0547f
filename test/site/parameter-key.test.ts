import { describe, expect, it } from 'vitest';
import { parameterFromKey, parameterKey, parameterKeys } from '../../src/lib/parameter-key';

describe('parameterKeys(sizes)', () => {
  it('lists every weight and bias of a 2-2-1 network once', () => {
    const keys = parameterKeys([2, 2, 1]);
    expect(keys).toHaveLength(9);
    expect(new Set(keys).size).toBe(9);
    expect(keys).toContain('w2.1.2');
    expect(keys).toContain('b1.2');
  });
});

describe('parameterFromKey(key) and parameterKey(p)', () => {
  it('round-trip weights and biases', () => {
    for (const key of parameterKeys([2, 3, 1]))
      expect(parameterKey(parameterFromKey(key))).toBe(key);
    expect(parameterFromKey('w2.1.1')).toEqual({ type: 'weight', layer: 2, j: 1, k: 1 });
    expect(parameterFromKey('b1.2')).toEqual({ type: 'bias', layer: 1, j: 2 });
  });
});
