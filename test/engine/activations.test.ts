import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/lib/typeset';
import { activations, activationNames, getActivation } from '../../engine/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

describe('activations', () => {
  it('activations have the exact values the issue fixes', () => {
    expect(activations.sigmoid.f(0)).toBe(0.5);
    expect(activations.sigmoid.df(0)).toBe(0.25);
    expect(activations.relu.f(-2)).toBe(0);
    expect(activations.step.f(0.5)).toBe(1);
    expect(activations.step.f(-0.5)).toBe(0);
  });

  it('step.f(0) is 1 and step.df is 0 everywhere', () => {
    expect(activations.step.f(0)).toBe(1);
    for (const z of [-3, -0.1, 0, 0.1, 3]) expect(activations.step.df(z)).toBe(0);
  });

  it('a few fixed values: tanh, relu, leakyRelu, linear, softplus, elu', () => {
    expect(activations.tanh.f(0)).toBe(0);
    expect(activations.tanh.df(0)).toBe(1);
    expect(activations.relu.f(3)).toBe(3);
    expect(activations.relu.df(3)).toBe(1);
    expect(activations.relu.df(-3)).toBe(0);
    expect(activations.leakyRelu.f(-2)).toBe(-0.02);
    expect(activations.leakyRelu.df(-2)).toBe(0.01);
    expect(activations.linear.f(-1.5)).toBe(-1.5);
    expectClose(activations.softplus.f(0), Math.log(2));
    expectClose(activations.elu.f(-1), Math.exp(-1) - 1);
    expectClose(activations.sigmoid.f(0.6), 0.6456563062257954);
  });

  it('df matches a central difference of f for every activation away from kinks', () => {
    const h = 1e-6;
    for (const name of activationNames) {
      const act = activations[name];
      for (const z of [-2.3, -0.7, 0.4, 1.9]) {
        const numeric = (act.f(z + h) - act.f(z - h)) / (2 * h);
        expectClose(act.df(z), numeric, 1e-8);
      }
    }
  });

  it('sigmoid and softplus stay finite for huge |z|', () => {
    for (const z of [-1000, 1000]) {
      for (const name of ['sigmoid', 'tanh', 'softplus', 'elu'] as const) {
        expect(Number.isFinite(activations[name].f(z))).toBe(true);
        expect(Number.isFinite(activations[name].df(z))).toBe(true);
      }
    }
  });

  it('every activation has a name matching its key and typesettable latex and symbol', () => {
    for (const name of activationNames) {
      const act = activations[name];
      expect(act.name).toBe(name);
      expect(() => typeset(act.latex)).not.toThrow();
      expect(() => typeset(`${act.symbol}(z)`)).not.toThrow();
      expect(act.textSymbol).toMatch(/^[A-Za-z]+$/);
    }
    expect(activations.sigmoid.latex).toBe(String.raw`\sigma(z) = \frac{1}{1 + e^{-z}}`);
  });

  it('getActivation(name) rejects unknown names, listing the valid ones', () => {
    expect(() => getActivation('sigmod' as never)).toThrow(
      'getActivation: unknown activation "sigmod"; expected one of step, linear, sigmoid, tanh, relu, leakyRelu, softplus, elu',
    );
    expect(() => getActivation(42 as never)).toThrow(/expected an activation name/);
  });

  it('getActivation(object) accepts a custom activation and fills in its symbols', () => {
    const square = getActivation({ name: 'my square!', f: (z) => z * z, df: (z) => 2 * z });
    expect(square.f(3)).toBe(9);
    expect(square.symbol).toBe(String.raw`\operatorname{mysquare}`);
    expect(square.textSymbol).toBe('my square!');
    expect(() => typeset(square.latex)).not.toThrow();
  });
});

describe('tanh is a rescaled sigmoid (lesson 3 rests on it)', () => {
  it("tanh(z) = 2 sigma(2z) - 1, and tanh(0) = 0 with slope 1 = 4 sigma'(0)", () => {
    for (const z of [-6, -2, -0.3, 0, 0.7, 1, 3, 8])
      expectClose(activations.tanh.f(z), 2 * activations.sigmoid.f(2 * z) - 1, 1e-12);
    expect(activations.tanh.f(0)).toBe(0);
    expect(activations.tanh.df(0)).toBe(1);
    expect(activations.tanh.df(0)).toBe(4 * activations.sigmoid.df(0));
  });
});
