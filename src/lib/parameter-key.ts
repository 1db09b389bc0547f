import type { ParameterRef } from '../../engine/index.ts';

/** A parameter as a short key for links: `w2.1.1` is the weight w^(2)_11, `b1.2` the bias b^(1)_2. */
export function parameterKey(p: ParameterRef): string {
  return p.type === 'weight' ? `w${p.layer}.${p.j}.${p.k}` : `b${p.layer}.${p.j}`;
}

/** Every parameter key of a network with these layer sizes, weights first layer by layer, then biases. */
export function parameterKeys(sizes: readonly number[]): string[] {
  const keys: string[] = [];
  for (let l = 1; l < sizes.length; l++) {
    for (let j = 1; j <= sizes[l]; j++) {
      for (let k = 1; k <= sizes[l - 1]; k++) keys.push(`w${l}.${j}.${k}`);
      keys.push(`b${l}.${j}`);
    }
  }
  return keys;
}

/** Reads a key made by `parameterKey` back; callers check it against `parameterKeys` first. */
export function parameterFromKey(key: string): ParameterRef {
  const [l, j, k] = key.slice(1).split('.').map(Number);
  return key[0] === 'w' ? { type: 'weight', layer: l, j, k } : { type: 'bias', layer: l, j };
}
