import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeChecks, isCodeCheck, runCodeCheck } from '../../src/lib/exercises/code-checks';

/** A right answer for every check, written as a reader would. */
const right: Record<keyof typeof codeChecks, unknown> = {
  'weighted-sum': (x1: number, x2: number, w1: number, w2: number, b: number) =>
    w1 * x1 + w2 * x2 + b,
  'sigmoid-derivative': (z: number) => {
    const s = 1 / (1 + Math.exp(-z));
    return s * (1 - s);
  },
  'xor-network': (x1: number, x2: number) => {
    const step = (z: number) => (z >= 0 ? 1 : 0);
    return step(step(x1 + x2 - 0.5) + step(-x1 - x2 + 1.5) - 1.5);
  },
  'squared-error': (yHat: number, y: number) => (yHat - y) ** 2,
  'descent-update': (w: number, eta: number, grad: number) => w - eta * grad,
  'updates-per-epoch': (n: number, B: number) => Math.ceil(n / B),
  'output-delta': (a: number, y: number) => 2 * (a - y) * a * (1 - a),
  'binary-cross-entropy': (yHat: number, y: number) =>
    -(y * Math.log(yHat) + (1 - y) * Math.log(1 - yHat)),
  'weight-decay-update': (w: number, eta: number, grad: number, lambda: number) =>
    w - eta * (grad + lambda * w),
  'momentum-update': (w: number, v: number, eta: number, beta: number, grad: number) =>
    w - eta * (beta * v + grad),
  'sigmoid-chain': (z1: number, z2: number, z3: number) => {
    const df = (z: number) => Math.exp(-z) / (1 + Math.exp(-z)) ** 2;
    return df(z1) * df(z2) * df(z3);
  },
  'softmax-cross-entropy': (z1: number, z2: number, z3: number, y: number) => {
    const e = [z1, z2, z3].map(Math.exp);
    return -Math.log(e[y] / (e[0] + e[1] + e[2]));
  },
  'central-difference': (w: number, x: number, y: number, h: number) => {
    const L = (v: number) => (v * x - y) ** 2;
    return (L(w + h) - L(w - h)) / (2 * h);
  },
};

describe('codeChecks', () => {
  it("are exactly the checks the lessons' code exercises name: none missing, none unused", () => {
    const named = readdirSync('lessons')
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) => [
        ...readFileSync(`lessons/${f}`, 'utf8').matchAll(/kind: 'code', test: '([a-z-]+)'/g),
      ])
      .map((m) => m[1]);
    expect(named.every(isCodeCheck)).toBe(true);
    expect([...new Set(named)].sort()).toEqual(Object.keys(codeChecks).sort());
  });
});

describe('runCodeCheck(name, fn)', () => {
  for (const name of Object.keys(codeChecks) as (keyof typeof codeChecks)[]) {
    it(`${name}: accepts a right function on every engine case`, () => {
      expect(runCodeCheck(name, right[name])).toEqual({
        kind: 'right',
        total: codeChecks[name]().length,
      });
    });
  }

  it('rejects a wrong function and names the first case it fails, with the engine value', () => {
    const v = runCodeCheck(
      'descent-update',
      (w: number, eta: number, grad: number) => w + eta * grad,
    );
    expect(v.kind).toBe('wrong');
    expect(v.kind === 'wrong' && v.message).toMatch(
      /^For w = -1, η = 0.1, ∂L\/∂w = .*, your function gives .*; the engine gives /,
    );
    expect(v.kind === 'wrong' && v.passed).toBe(0);
  });

  it('central-difference: rejects the one-sided difference the starter returns', () => {
    const oneSided = (w: number, x: number, y: number, h: number) => {
      const L = (v: number) => (v * x - y) ** 2;
      return (L(w + h) - L(w)) / h;
    };
    const v = runCodeCheck('central-difference', oneSided);
    expect(v.kind).toBe('wrong');
    expect(v.kind === 'wrong' && v.message).toMatch(
      /^For w = 0.5, x = 2, y = 1, h = 0.001, your function gives 0.004; the engine gives /,
    );
  });

  it('rejects an off-by-rounding count and a function that returns text, throws or is missing', () => {
    expect(
      runCodeCheck('updates-per-epoch', (n: number, B: number) => Math.floor(n / B)).kind,
    ).toBe('wrong');
    const text = runCodeCheck('squared-error', () => 'one');
    expect(text.kind === 'wrong' && text.message).toContain('the text “one”, not a number');
    const thrown = runCodeCheck('squared-error', () => {
      throw new TypeError('nope');
    });
    expect(thrown.kind === 'wrong' && thrown.message).toContain('threw TypeError: nope');
    expect(runCodeCheck('squared-error', 42).kind).toBe('invalid');
    expect(runCodeCheck('squared-error', (a: number) => a * NaN).kind).toBe('wrong');
  });

  it("rejects lesson 10's starter, which is right only for a target of 1", () => {
    const v = runCodeCheck('binary-cross-entropy', (yHat: number) => -Math.log(yHat));
    expect(v.kind).toBe('wrong');
    expect(v.kind === 'wrong' && v.message).toMatch(/^For ŷ = 0.2, y = 0, /);
  });

  it('weight-decay-update: rejects an update that forgets the decay', () => {
    const v = runCodeCheck(
      'weight-decay-update',
      (w: number, eta: number, grad: number) => w - eta * grad,
    );
    expect(v.kind).toBe('wrong');
    expect(v.kind === 'wrong' && v.message).toMatch(
      /^For w = 0.8, η = 0.1, ∂L\/∂w = 0.5, λ = 0.01, /,
    );
  });

  it('momentum-update: rejects an update that forgets the old velocity', () => {
    const v = runCodeCheck(
      'momentum-update',
      (w: number, _v: number, eta: number, _beta: number, grad: number) => w - eta * grad,
    );
    expect(v.kind).toBe('wrong');
    expect(v.kind === 'wrong' && v.message).toMatch(/^For w = 1, v = 2, η = 0.1, β = 0.9, /);
  });

  it("sigmoid-chain: rejects lesson 13's starter, which multiplies the activations, not their slopes", () => {
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    const v = runCodeCheck(
      'sigmoid-chain',
      (z1: number, z2: number, z3: number) => sigmoid(z1) * sigmoid(z2) * sigmoid(z3),
    );
    expect(v.kind).toBe('wrong');
    expect(v.kind === 'wrong' && v.message).toMatch(/^For z = 0, 0, 0, /);
  });

  it('knows its own check names only', () => {
    expect(isCodeCheck('descent-update')).toBe(true);
    expect(isCodeCheck('__proto__')).toBe(false);
    expect(isCodeCheck('toString')).toBe(false);
  });
});
