import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Value, graphOf } from '../../engine/index.ts';

/** Central difference of f at x: the slope a gradient must match. */
const slope = (f: (x: number) => number, x: number, h = 1e-6) => (f(x + h) - f(x - h)) / (2 * h);

describe('Value: each operation and its gradient', () => {
  it('computes a small expression and its gradients exactly', () => {
    // f = (a * b + c) ^ 2 at a = 2, b = -3, c = 10: a * b + c = 4, f = 16.
    const a = new Value(2, 'a');
    const b = new Value(-3, 'b');
    const c = new Value(10, 'c');
    const f = a.mul(b).add(c).pow(2);
    f.backward();
    expect(f.data).toBe(16);
    // df/d(ab + c) = 2 * 4 = 8; df/da = 8 * b, df/db = 8 * a, df/dc = 8.
    expect([a.grad, b.grad, c.grad]).toEqual([-24, 16, 8]);
  });

  it('adds the gradient of a value used twice (x * x)', () => {
    const x = new Value(3, 'x');
    const y = x.mul(x);
    y.backward();
    expect(y.data).toBe(9);
    expect(x.grad).toBe(6);
  });

  it('gives the same gradients when backward() runs twice', () => {
    const x = new Value(0.5, 'x');
    const y = x.tanh().mul(x.exp()).add(x.sigmoid());
    y.backward();
    const first = x.grad;
    y.backward();
    expect(x.grad).toBe(first);
  });

  it.each([
    ['add 2', (v: Value) => v.add(2), (x: number) => x + 2],
    ['sub 2', (v: Value) => v.sub(2), (x: number) => x - 2],
    ['2 - x', (v: Value) => new Value(2).sub(v), (x: number) => 2 - x],
    ['mul 3', (v: Value) => v.mul(3), (x: number) => 3 * x],
    ['div 4', (v: Value) => v.div(4), (x: number) => x / 4],
    ['1 / x', (v: Value) => new Value(1).div(v), (x: number) => 1 / x],
    ['neg', (v: Value) => v.neg(), (x: number) => -x],
    ['pow 3', (v: Value) => v.pow(3), (x: number) => x ** 3],
    ['pow -1', (v: Value) => v.pow(-1), (x: number) => 1 / x],
    ['exp', (v: Value) => v.exp(), Math.exp],
    ['log', (v: Value) => v.log(), Math.log],
    ['tanh', (v: Value) => v.tanh(), Math.tanh],
    ['sigmoid', (v: Value) => v.sigmoid(), (x: number) => 1 / (1 + Math.exp(-x))],
    ['relu', (v: Value) => v.relu(), (x: number) => Math.max(0, x)],
  ])('%s matches its finite difference at x = 0.7 and x = 1.9', (_name, op, f) => {
    for (const x0 of [0.7, 1.9]) {
      const x = new Value(x0);
      const y = op(x);
      y.backward();
      expect(y.data).toBeCloseTo(f(x0), 14);
      expect(x.grad).toBeCloseTo(slope(f, x0), 6);
    }
  });

  it('matches finite differences on random expressions of three inputs', () => {
    // An expression tree drawn at random: leaves are the inputs, nodes safe operations.
    type Tree =
      { leaf: number } | { op: 'add' | 'sub' | 'mul' | 'tanh' | 'sigmoid' | 'exp'; args: Tree[] };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
      t: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.record({ leaf: fc.integer({ min: 0, max: 2 }) }),
        fc.record({ op: fc.constantFrom('add', 'sub', 'mul'), args: fc.tuple(tie('t'), tie('t')) }),
        fc.record({ op: fc.constantFrom('tanh', 'sigmoid', 'exp'), args: fc.tuple(tie('t')) }),
      ) as fc.Arbitrary<Tree>,
    })).t;
    const build = (t: Tree, xs: Value[]): Value =>
      'leaf' in t
        ? xs[t.leaf]
        : t.op === 'add' || t.op === 'sub' || t.op === 'mul'
          ? build(t.args[0], xs)[t.op](build(t.args[1], xs))
          : build(t.args[0], xs)[t.op]();
    fc.assert(
      fc.property(
        tree,
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (t, x0) => {
          const xs = x0.map((v) => new Value(v));
          let out: Value;
          try {
            out = build(t, xs);
          } catch {
            return; // exp of exp of ... overflowed: refused with a message, tested elsewhere
          }
          out.backward();
          x0.forEach((_, i) => {
            const at = (v: number) =>
              build(
                t,
                x0.map((u, k) => new Value(k === i ? v : u)),
              ).data;
            const numeric = slope(at, x0[i], 1e-5);
            expect(Math.abs(xs[i].grad - numeric)).toBeLessThanOrEqual(
              1e-5 * (1 + Math.abs(numeric)),
            );
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('sums many values in one node, each with local derivative 1', () => {
    const xs = [1, 2, 3].map((v, i) => new Value(v, `x${i + 1}`));
    const s = Value.sum([...xs, 4]);
    s.backward();
    expect(s.data).toBe(10);
    expect(xs.map((x) => x.grad)).toEqual([1, 1, 1]);
  });

  it('recomputes the graph after an input is set', () => {
    const x = new Value(1, 'x');
    const y = x.mul(x).add(x);
    x.set(3);
    y.recompute();
    y.backward();
    expect(y.data).toBe(12);
    expect(x.grad).toBe(7);
  });

  it('handles a chain of 20,000 operations without overflowing the stack', () => {
    let v = new Value(0, 'x');
    const x = v;
    for (let i = 0; i < 20_000; i++) v = v.add(1);
    v.backward();
    expect(v.data).toBe(20_000);
    expect(x.grad).toBe(1);
  });
});

describe('graphOf', () => {
  it('lists nodes inputs first and edges with their local derivatives', () => {
    const a = new Value(2, 'a');
    const b = new Value(-3, 'b');
    const y = a.mul(b);
    y.label = 'y';
    y.backward();
    expect(graphOf(y)).toEqual({
      nodes: [
        { id: 0, op: 'input', data: 2, grad: -3, label: 'a' },
        { id: 1, op: 'input', data: -3, grad: 2, label: 'b' },
        { id: 2, op: 'mul', data: -6, grad: 1, label: 'y' },
      ],
      edges: [
        { from: 0, to: 2, local: -3 },
        { from: 1, to: 2, local: 2 },
      ],
    });
  });

  it("records pow's exponent and a shared input once", () => {
    const x = new Value(2, 'x');
    const g = graphOf(x.pow(3).add(x));
    expect(g.nodes.map((n) => n.op)).toEqual(['input', 'pow', 'add']);
    expect(g.nodes[1].exponent).toBe(3);
    expect(g.edges).toEqual([
      { from: 0, to: 1, local: 12 },
      { from: 1, to: 2, local: 1 },
      { from: 0, to: 2, local: 1 },
    ]);
  });
});

describe('Value: bad input gets a message that names the operation', () => {
  it.each([
    [
      'a NaN input',
      () => new Value(NaN, 'x'),
      "new Value: expected x's number to be finite, got NaN",
    ],
    [
      'an infinite input',
      () => new Value(Infinity),
      'new Value: expected the number to be finite, got Infinity',
    ],
    [
      'a NaN operand',
      () => new Value(1).add(NaN),
      'add: expected the number to be finite, got NaN',
    ],
    [
      'a string operand',
      () => new Value(1).mul('2' as unknown as number),
      'mul: expected a Value or a number, got "2"',
    ],
    ['log of 0', () => new Value(0).log(), 'log: the logarithm needs a positive number: log(0)'],
    ['log of -1', () => new Value(-1).log(), 'log: the logarithm needs a positive number: log(-1)'],
    ['division by zero', () => new Value(1).div(0), 'div: division by zero: div(1, 0)'],
    [
      'exp overflowing',
      () => new Value(800).exp(),
      'exp: the result is not a finite number: exp(800) = Infinity',
    ],
    [
      'a fractional power of a negative number',
      () => new Value(-4).pow(0.5),
      'pow: a negative number to a fractional power has no real value: pow(-4; 0.5)',
    ],
    [
      'a square root at 0',
      () => new Value(0).pow(0.5),
      'pow: its derivative with respect to input 1 is not a finite number: pow(0; 0.5)',
    ],
    [
      'an empty sum',
      () => Value.sum([]),
      'Value.sum: expected a non-empty array of values, got an array of length 0',
    ],
    [
      'setting a computed value',
      () => new Value(1).add(1).set(2),
      "set: only an input's number can be set; this value is computed by add",
    ],
  ])('%s', (_name, make, message) => {
    expect(make).toThrow(message);
  });

  it('refuses a graph with a cycle', () => {
    const x = new Value(1, 'x');
    const y = x.add(1);
    y.label = 'y';
    // Only possible by editing a value's inputs by hand.
    (x.inputs as Value[]).push(y);
    expect(() => y.backward()).toThrow('backward: the graph has a cycle: y depends on itself');
    expect(() => graphOf(y)).toThrow('graphOf: the graph has a cycle');
  });
});
