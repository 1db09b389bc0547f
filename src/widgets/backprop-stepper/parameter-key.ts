import { parameters, type Network, type ParameterRef } from '../../../engine/index.ts';

/** A parameter as a short key for links: `w2.1.1` is the weight w^(2)_11, `b1.2` the bias b^(1)_2. */
export function parameterKey(p: ParameterRef): string {
  return p.type === 'weight' ? `w${p.layer}.${p.j}.${p.k}` : `b${p.layer}.${p.j}`;
}

/** The parameter a key made by `parameterKey` names; callers check the key against the network's own keys first. */
export function parameterFromKey(key: string): ParameterRef {
  const [l, j, k] = key.slice(1).split('.').map(Number);
  return key[0] === 'w' ? { type: 'weight', layer: l, j, k } : { type: 'bias', layer: l, j };
}

/** Every parameter key of `net`, in the engine's flat parameter order. */
export function parameterKeys(net: Network): string[] {
  return parameters(net).map(parameterKey);
}
