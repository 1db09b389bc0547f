import { describe, fail } from './errors.ts';

/**
 * Scalar automatic differentiation, in the spirit of micrograd: every number is a `Value` that
 * remembers the operation that made it and its inputs, so `backward()` can walk the graph from the
 * result to the inputs and apply the chain rule at each node. Slow and small on purpose: it exists
 * to be looked at (a graph widget, a cell's output), while training uses the fast path in
 * kernels.ts; `valueNetwork` shows the two agree.
 */

/** The operation a `Value` came from; `input` for a number given directly. */
export type ValueOp =
  | 'input'
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'neg'
  | 'pow'
  | 'exp'
  | 'log'
  | 'tanh'
  | 'sigmoid'
  | 'relu'
  | 'sum';

/** An operation's value and its local derivatives, from its inputs' values. */
interface Rule {
  /** The result from the inputs' values (and `pow`'s exponent). */
  forward(x: readonly number[], n: number): number;
  /** d(result)/d(input i), from the inputs' values and the result. */
  local(x: readonly number[], out: number, n: number, i: number): number;
  /** Why these inputs are outside the operation's domain, or null. */
  refuse?(x: readonly number[], n: number): string | null;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

const RULES: Record<Exclude<ValueOp, 'input'>, Rule> = {
  add: { forward: (x) => x[0] + x[1], local: () => 1 },
  sub: { forward: (x) => x[0] - x[1], local: (_x, _o, _n, i) => (i === 0 ? 1 : -1) },
  mul: { forward: (x) => x[0] * x[1], local: (x, _o, _n, i) => x[1 - i] },
  div: {
    forward: (x) => x[0] / x[1],
    local: (x, _o, _n, i) => (i === 0 ? 1 / x[1] : -x[0] / (x[1] * x[1])),
    refuse: (x) => (x[1] === 0 ? 'division by zero' : null),
  },
  neg: { forward: (x) => -x[0], local: () => -1 },
  pow: {
    forward: (x, n) => x[0] ** n,
    local: (x, _o, n) => (n === 0 ? 0 : n * x[0] ** (n - 1)),
    refuse: (x, n) =>
      x[0] < 0 && !Number.isInteger(n)
        ? 'a negative number to a fractional power has no real value'
        : null,
  },
  exp: { forward: (x) => Math.exp(x[0]), local: (_x, out) => out },
  log: {
    forward: (x) => Math.log(x[0]),
    local: (x) => 1 / x[0],
    refuse: (x) => (x[0] <= 0 ? `the logarithm needs a positive number` : null),
  },
  tanh: { forward: (x) => Math.tanh(x[0]), local: (_x, out) => 1 - out * out },
  sigmoid: { forward: (x) => sigmoid(x[0]), local: (_x, out) => out * (1 - out) },
  // At the kink x = 0 the derivative is taken as 0, as the engine's ReLU does.
  relu: { forward: (x) => (x[0] > 0 ? x[0] : 0), local: (x) => (x[0] > 0 ? 1 : 0) },
  sum: { forward: (x) => x.reduce((s, v) => s + v, 0), local: () => 1 },
};

/**
 * Where a value sits in a network: layer `layer` (1 is the first layer after the inputs) and, for a
 * value that belongs to one neuron (its weights, products, sum, bias, activation), that neuron's
 * number from 1; a value the whole layer shares (softmax's total) has no `neuron`.
 */
export interface ValueGroup {
  layer: number;
  neuron?: number;
}

/** A number in a graph of operations, with the gradient of the graph's output with respect to it. */
export class Value {
  /** The number. Change an input's with `set`, then call `recompute()` on the result. */
  data: number;
  /** d(output)/d(this), filled in by the output's `backward()`; 0 before. */
  grad = 0;
  /** The operation that made this value. */
  readonly op: ValueOp;
  /** The values the operation read, in order (`a` then `b` for `a.sub(b)`). */
  readonly inputs: readonly Value[];
  /** The exponent of a `pow`, else undefined. */
  readonly exponent: number | undefined;
  /** A name to show (`x`, `w(1)_11`), or ''. */
  label: string;
  /** d(this)/d(inputs[i]) at the current data: the number an edge of the graph shows. */
  local: number[];
  /** The network neuron (or layer) this value is part of, when `valueNetwork` made it; else undefined. */
  group: ValueGroup | undefined;

  /** A number given directly: `new Value(2, 'x')`. */
  constructor(data: number, label = '') {
    this.data = checkData('new Value', data, label);
    this.op = 'input';
    this.inputs = [];
    this.exponent = undefined;
    this.label = label;
    this.local = [];
    this.group = undefined;
  }

  add(other: Value | number): Value {
    return derive('add', [this, toValue('add', other)]);
  }
  sub(other: Value | number): Value {
    return derive('sub', [this, toValue('sub', other)]);
  }
  mul(other: Value | number): Value {
    return derive('mul', [this, toValue('mul', other)]);
  }
  div(other: Value | number): Value {
    return derive('div', [this, toValue('div', other)]);
  }
  neg(): Value {
    return derive('neg', [this]);
  }
  /** This value to the power `n`, a fixed number (use `exp` and `log` for a variable power). */
  pow(n: number): Value {
    if (typeof n !== 'number' || !Number.isFinite(n))
      fail('pow', `expected the exponent to be a finite number, got ${describe(n)}`);
    return derive('pow', [this], n);
  }
  exp(): Value {
    return derive('exp', [this]);
  }
  /** The natural logarithm. */
  log(): Value {
    return derive('log', [this]);
  }
  tanh(): Value {
    return derive('tanh', [this]);
  }
  sigmoid(): Value {
    return derive('sigmoid', [this]);
  }
  relu(): Value {
    return derive('relu', [this]);
  }

  /** The sum of several values in one node (a weighted sum's many terms read better as one). */
  static sum(values: readonly (Value | number)[]): Value {
    if (!Array.isArray(values) || values.length === 0)
      fail('Value.sum', `expected a non-empty array of values, got ${describe(values)}`);
    return derive(
      'sum',
      values.map((v) => toValue('Value.sum', v)),
    );
  }

  /** Sets an input's number; call `recompute()` on the result to update the graph. */
  set(data: number): void {
    if (this.op !== 'input')
      fail('set', `only an input's number can be set; this value is computed by ${this.op}`);
    this.data = checkData('set', data, this.label);
  }

  /**
   * Fills in `grad` of every value this one depends on: d(this)/d(value). Every grad is reset
   * first, so calling it twice gives the same numbers.
   */
  backward(): void {
    const order = topologicalOrder(this, 'backward');
    for (const v of order) v.grad = 0;
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) {
      const v = order[i];
      for (let k = 0; k < v.inputs.length; k++) v.inputs[k].grad += v.local[k] * v.grad;
    }
  }

  /** Recomputes every value this one depends on from its inputs' current numbers (after `set`). */
  recompute(): void {
    for (const v of topologicalOrder(this, 'recompute')) if (v.op !== 'input') evaluate(v);
  }
}

/** A node of `graphOf`: a value with a stable id (its position in topological order). */
export interface GraphNode {
  id: number;
  op: ValueOp;
  data: number;
  grad: number;
  label: string;
  /** `pow`'s exponent. */
  exponent?: number;
  /** The value's network neuron or layer, when it has one. */
  group?: ValueGroup;
}

/** An edge of `graphOf`: input `from` feeds node `to`, whose local derivative d(to)/d(from) is `local`. */
export interface GraphEdge {
  from: number;
  to: number;
  local: number;
}

/** A value's graph as plain data: what `graphOf` returns. */
export interface ValueGraph {
  /** Every value the output depends on, each after its inputs; the output last. */
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A value's graph as plain data, inputs first, the value itself last: for widgets, cells and renderers. */
export function graphOf(value: Value): ValueGraph {
  if (!(value instanceof Value)) fail('graphOf', `expected a Value, got ${describe(value)}`);
  const order = topologicalOrder(value, 'graphOf');
  const id = new Map(order.map((v, i) => [v, i]));
  const nodes = order.map((v, i): GraphNode => {
    const node: GraphNode = { id: i, op: v.op, data: v.data, grad: v.grad, label: v.label };
    if (v.exponent !== undefined) node.exponent = v.exponent;
    if (v.group) node.group = { ...v.group };
    return node;
  });
  const edges = order.flatMap((v, i) =>
    v.inputs.map((input, k) => ({ from: id.get(input)!, to: i, local: v.local[k] })),
  );
  return { nodes, edges };
}

function checkData(where: string, data: unknown, label: string): number {
  if (typeof data !== 'number' || !Number.isFinite(data)) {
    const name = label ? `${label}'s number` : 'the number';
    fail(where, `expected ${name} to be finite, got ${describe(data)}`);
  }
  return data;
}

function toValue(where: string, v: Value | number): Value {
  if (v instanceof Value) return v;
  if (typeof v === 'number') return new Value(checkData(where, v, ''));
  return fail(where, `expected a Value or a number, got ${describe(v)}`);
}

/** A new value made by `op` from `inputs`, computed at once. */
function derive(op: Exclude<ValueOp, 'input'>, inputs: Value[], exponent?: number): Value {
  const v = Object.create(Value.prototype) as Value;
  Object.assign(v, {
    data: 0,
    grad: 0,
    op,
    inputs,
    exponent,
    label: '',
    local: [],
    group: undefined,
  });
  evaluate(v);
  return v;
}

/** Computes `v.data` and `v.local` from its inputs, or throws naming the operation. */
function evaluate(v: Value): void {
  const rule = RULES[v.op as Exclude<ValueOp, 'input'>];
  const x = v.inputs.map((input) => input.data);
  const n = v.exponent ?? 0;
  const shown = `${v.op}(${x.join(', ')}${v.op === 'pow' ? `; ${n}` : ''})`;
  const refusal = rule.refuse?.(x, n);
  if (refusal) fail(v.op, `${refusal}: ${shown}`);
  const out = rule.forward(x, n);
  if (!Number.isFinite(out))
    fail(v.op, `the result is not a finite number: ${shown} = ${describe(out)}`);
  const local = x.map((_, i) => rule.local(x, out, n, i));
  const bad = local.findIndex((d) => !Number.isFinite(d));
  if (bad >= 0)
    fail(v.op, `its derivative with respect to input ${bad + 1} is not a finite number: ${shown}`);
  v.data = out;
  v.local = local;
}

/**
 * Every value `root` depends on, each after its inputs, `root` last. Iterative, so a long chain
 * cannot overflow the stack; a cycle (only possible by editing `inputs` by hand) is refused.
 */
function topologicalOrder(root: Value, where: string): Value[] {
  const order: Value[] = [];
  const state = new Map<Value, 'open' | 'done'>();
  const stack: [Value, number][] = [[root, 0]];
  state.set(root, 'open');
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const [v, next] = top;
    if (next < v.inputs.length) {
      top[1]++;
      const input = v.inputs[next];
      const seen = state.get(input);
      if (seen === 'open')
        fail(
          where,
          `the graph has a cycle: ${input.label || input.op} depends on itself, so it has no order to compute in`,
        );
      if (seen === undefined) {
        state.set(input, 'open');
        stack.push([input, 0]);
      }
    } else {
      stack.pop();
      state.set(v, 'done');
      order.push(v);
    }
  }
  return order;
}
