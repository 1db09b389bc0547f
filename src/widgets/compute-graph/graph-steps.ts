import type { ValueGraph } from '../../../engine/index.ts';

/**
 * The order the widget reveals a graph in. The forward pass computes each node from its inputs,
 * so it visits the computed nodes in the graph's topological order (inputs, weights and the target
 * are given, so they are known from the start). The backward pass visits every node in reverse
 * topological order: when it reaches a node, every node that reads it already has its gradient,
 * so the node's own gradient, the sum over those readers, is final.
 */

/** The ids the two passes visit, in order. */
export interface StepOrder {
  forward: number[];
  backward: number[];
}

/** What the first `k` steps have revealed. */
export interface Revealed {
  /** Nodes whose value is shown. */
  values: Set<number>;
  /** Nodes whose gradient is shown. */
  grads: Set<number>;
  /** The node the k-th step revealed, and in which pass; null before the first step. */
  current: { pass: 'forward' | 'backward'; id: number; index: number; of: number } | null;
}

/** The visiting order of both passes over `graph` (whose nodes are in topological order). */
export function stepOrder(graph: ValueGraph): StepOrder {
  const forward = graph.nodes.filter((n) => n.op !== 'input').map((n) => n.id);
  const backward = graph.nodes.map((n) => n.id).reverse();
  return { forward, backward };
}

/** How many steps both passes take together. */
export const stepCount = (order: StepOrder) => order.forward.length + order.backward.length;

/** What is shown after `k` steps (0 ≤ k ≤ stepCount): given values, values computed, gradients found. */
export function revealedAt(graph: ValueGraph, order: StepOrder, k: number): Revealed {
  if (!Number.isInteger(k) || k < 0 || k > stepCount(order))
    throw new Error(`revealedAt: step ${k} is outside 0 to ${stepCount(order)}`);
  const f = order.forward.length;
  const given = graph.nodes.filter((n) => n.op === 'input').map((n) => n.id);
  const values = new Set([...given, ...order.forward.slice(0, Math.min(k, f))]);
  const grads = new Set(order.backward.slice(0, Math.max(0, k - f)));
  const current =
    k === 0
      ? null
      : k <= f
        ? { pass: 'forward' as const, id: order.forward[k - 1], index: k, of: f }
        : {
            pass: 'backward' as const,
            id: order.backward[k - f - 1],
            index: k - f,
            of: order.backward.length,
          };
  return { values, grads, current };
}
