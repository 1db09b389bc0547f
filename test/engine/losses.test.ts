import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/lib/typeset';
import { getLoss, losses, lossNames } from '../../engine/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

describe('losses', () => {
  it('mse.f and mse.df are the squared error and its derivative', () => {
    expect(losses.mse.f(0.75, 1)).toBe(0.0625);
    expect(losses.mse.df(0.75, 1)).toBe(-0.5);
    expect(losses.mse.f(3, 3)).toBe(0);
  });

  it('bce.f and bce.df are binary cross-entropy and its derivative', () => {
    expectClose(losses.bce.f(0.5, 1), Math.log(2));
    expectClose(losses.bce.f(0.9, 0), -Math.log(0.1));
    expectClose(losses.bce.df(0.5, 1), -2);
    expectClose(losses.bce.df(0.8, 0), 1 / 0.2);
  });

  it('bce stays finite when a sigmoid output rounds to exactly 0 or 1', () => {
    for (const [p, y] of [
      [1, 0],
      [0, 1],
      [1, 1],
      [0, 0],
    ]) {
      expect(Number.isFinite(losses.bce.f(p, y))).toBe(true);
      expect(Number.isFinite(losses.bce.df(p, y))).toBe(true);
    }
  });

  it('df matches a central difference of f for every loss', () => {
    const h = 1e-6;
    for (const name of lossNames) {
      for (const [p, y] of [
        [0.3, 1],
        [0.8, 0],
        [0.55, 0.5],
      ]) {
        const numeric = (losses[name].f(p + h, y) - losses[name].f(p - h, y)) / (2 * h);
        expectClose(losses[name].df(p, y), numeric, 1e-7);
      }
    }
  });

  it('every loss has a name matching its key and typesettable latex', () => {
    for (const name of lossNames) {
      expect(losses[name].name).toBe(name);
      expect(() => typeset(losses[name].latex)).not.toThrow();
    }
  });

  it('getLoss() rejects unknown names, listing the valid ones', () => {
    expect(() => getLoss('cross' as never)).toThrow(
      'getLoss: unknown loss "cross"; expected one of mse, bce, crossEntropy',
    );
    expect(() => getLoss({} as never)).toThrow(
      'getLoss: expected a loss name (mse, bce, crossEntropy) or an object { name, f, df, latex }',
    );
    const l1 = {
      name: 'l1',
      f: (p: number, y: number) => Math.abs(p - y),
      df: (p: number, y: number) => Math.sign(p - y),
      latex: '|p - y|',
    };
    expect(getLoss(l1)).toBe(l1);
  });
});
