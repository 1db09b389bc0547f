import { Value } from './autograd.ts';
import type { ValueGroup } from './autograd.ts';
import { checkVector, describe, fail } from './errors.ts';
import { label } from './labels.ts';
import { BCE_EPSILON } from './losses.ts';
import type { LossName } from './losses.ts';
import { coreOf } from './network.ts';
import type { Network } from './network-types.ts';
import { parameterList } from './parameters.ts';

/**
 * A network rebuilt from `Value`s, so its every weighted sum, activation and loss is a node of a
 * graph that `backward()` differentiates one operation at a time. It reads the network's weights
 * once, when it is made: the numbers are the same as the fast path's, the graph is for looking at.
 */

/** What `valueNetwork` returns. */
export interface ValueNetwork {
  /** Every weight and bias as a Value, in the order of `net.getParams()` and labelled like it (`w(1)_11`). */
  parameters: Value[];
  /** The outputs for input x, each the last node of a graph back to x and the parameters. */
  forward(x: readonly number[]): Value[];
}

/** The activations a Value graph can express, as operations on one weighted sum. */
const ACTIVATIONS: Record<string, (z: Value) => Value> = {
  linear: (z) => z,
  sigmoid: (z) => z.sigmoid(),
  tanh: (z) => z.tanh(),
  relu: (z) => z.relu(),
  // 0.01 z + 0.99 relu(z): z above 0, 0.01 z below, and slope 0.01 at the kink z = 0, as the
  // engine's leaky ReLU takes it there.
  leakyRelu: (z) => z.mul(0.01).add(z.relu().mul(0.99)),
  softplus: (z) => z.exp().add(1).log(),
};

/** `net`'s weights and biases as Values, and its forward pass as a graph of them. */
export function valueNetwork(net: Network): ValueNetwork {
  const core = coreOf(net, 'valueNetwork');
  const names = net.activations.map((a) => a.name);
  names.forEach((name, i) => {
    if (name !== 'softmax' && !(name in ACTIVATIONS))
      fail(
        'valueNetwork',
        `layer ${i + 1}'s activation "${name}" has no Value form; expected one of ${[...Object.keys(ACTIVATIONS), 'softmax'].join(', ')}`,
      );
  });
  const params = net.getParams();
  const parameters = parameterList(core.sizes).map((p, i) => new Value(params[i], p.label));
  const sizes = core.sizes;

  const forward = (x: readonly number[]): Value[] => {
    checkVector('forward', 'x', x, sizes[0], ' (one per input)');
    let a = Array.from(x, (v, k) => new Value(v, label('x', [k + 1]).text));
    let at = 0;
    for (let l = 1; l < sizes.length; l++) {
      const ni = sizes[l - 1];
      const no = sizes[l];
      const weights = parameters.slice(at, at + no * ni);
      const biases = parameters.slice(at + no * ni, at + no * ni + no);
      at += no * ni + no;
      const layerInputs = new Set(a);
      const z = biases.map((bias, j) => {
        const terms = a.map((input, k) => weights[j * ni + k].mul(input));
        const sum = Value.sum([...terms, bias]);
        sum.label = label('z', [j + 1], l).text;
        return sum;
      });
      a = names[l - 1] === 'softmax' ? softmaxValues(z) : z.map(ACTIVATIONS[names[l - 1]]);
      a.forEach((v, j) => (v.label = label('a', [j + 1], l).text));
      // Softmax mixes the layer's sums (each output reads them all through their total), so only
      // each neuron's weighted sum is its own; the softmax values are the layer's.
      z.forEach((v, j) => tagGroup(v, layerInputs, { layer: l, neuron: j + 1 }));
      a.forEach((v, j) =>
        tagGroup(
          v,
          layerInputs,
          names[l - 1] === 'softmax' ? { layer: l } : { layer: l, neuron: j + 1 },
        ),
      );
    }
    return a;
  };
  return { parameters, forward };
}

/**
 * Tags the values of a neuron (or a layer) with their place in the network: every value `v`
 * depends on that has no tag yet, up to the layer's inputs (the layer before's activations, or
 * the network's inputs x, which stay untagged). From a neuron's weighted sum that is its weights,
 * their products and its bias; from its activation, whatever the activation computed from z.
 */
function tagGroup(v: Value, layerInputs: ReadonlySet<Value>, group: ValueGroup): void {
  const stack = [v];
  while (stack.length > 0) {
    const u = stack.pop()!;
    if (u.group || layerInputs.has(u)) continue;
    u.group = { ...group };
    stack.push(...u.inputs);
  }
}

/**
 * Softmax as operations: e^{z_j - c} / sum_k e^{z_k - c}. The constant c, the largest z, keeps
 * every exponent at most 0, as the fast path does; a constant shift changes neither the values
 * nor the gradients.
 */
function softmaxValues(z: Value[]): Value[] {
  const c = Math.max(...z.map((v) => v.data));
  const e = z.map((v) => v.sub(c).exp());
  const total = Value.sum(e);
  return e.map((v) => v.div(total));
}

/**
 * A sample's loss as a Value, as the engine's losses define it: the mean over outputs for `mse`
 * and `bce`, the sum for `crossEntropy`. Like the fast path, `bce` and `crossEntropy` need
 * predictions inside (BCE_EPSILON, 1 - BCE_EPSILON): there the clamp the fast path applies does
 * nothing, and a graph cannot show a clamp's flat edge honestly, so outside it is refused.
 */
export function valueLoss(
  outputs: readonly Value[],
  targets: readonly number[],
  loss: LossName,
): Value {
  checkVector('valueLoss', 'targets', targets, outputs.length, ' (one per output)');
  const inRange = (p: Value) => {
    if (p.data <= BCE_EPSILON || p.data >= 1 - BCE_EPSILON)
      fail(
        'valueLoss',
        `${loss} needs predictions strictly between ${BCE_EPSILON} and 1 - ${BCE_EPSILON}, got ${p.data}`,
      );
    return p;
  };
  switch (loss) {
    case 'mse':
      return Value.sum(outputs.map((p, j) => p.sub(targets[j]).pow(2))).div(outputs.length);
    case 'bce':
      return Value.sum(
        outputs.map((p, j) => {
          const y = targets[j];
          inRange(p);
          return p
            .log()
            .mul(y)
            .add(
              p
                .neg()
                .add(1)
                .log()
                .mul(1 - y),
            );
        }),
      )
        .neg()
        .div(outputs.length);
    case 'crossEntropy': {
      // Outputs whose target is 0 add nothing to the loss or its gradient.
      const terms = outputs.flatMap((p, j) =>
        targets[j] === 0 ? [] : [inRange(p).log().mul(targets[j])],
      );
      return terms.length === 0 ? new Value(0, 'L') : Value.sum(terms).neg();
    }
    default:
      return fail('valueLoss', `unknown loss ${describe(loss)}; expected mse, bce or crossEntropy`);
  }
}
