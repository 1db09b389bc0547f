import { formatNumber } from '../../../engine/index.ts';
import type { LoopView, StopReason } from '../../lib/training-loop';
import { weightName } from '../../lib/network-diagram-layout';

type Tone = 'forward' | 'loss' | 'backward' | 'update';

/** What the training loop's NetworkDiagram draws for a snapshot: values, notes, edge labels, highlight, and the same in words. */
export function loopDiagram(view: LoopView) {
  const sizes = view.weights.weights.map((layer) => layer.length);
  const L = sizes.length;
  const hidden = (l: number) => Array.from({ length: sizes[l - 1] }, () => undefined);
  const values: (number | undefined)[][] = [
    view.x,
    ...(view.forward ? view.forward.a : sizes.map((_, l) => hidden(l + 1))),
  ];
  const g = view.gradients;
  const backward = view.stage === 'backprop' && g !== null;
  // dL/dz of a neuron equals dL/db of its bias (dz/db = 1), so the bias gradients are the deltas.
  const notes = backward
    ? [[], ...g.biases.map((row) => row.map((d) => `∂L/∂z = ${formatNumber(d)}`))]
    : undefined;
  const edgeText = backward
    ? g.weights.map((rows) => rows.map((row) => row.map((x) => formatNumber(x))))
    : ('weights' as const);
  const showLoss = g !== null && view.stage !== 'feedforward';
  const tone: Tone | null =
    view.stage === 'feedforward'
      ? 'forward'
      : view.stage === 'loss'
        ? 'loss'
        : view.stage === 'backprop'
          ? 'backward'
          : view.stage === 'update'
            ? 'update'
            : null;
  const layers =
    tone === 'loss' ? [L, L + 1] : tone ? Array.from({ length: L }, (_, i) => i + 1) : [];
  const active = tone ? { layers, tone } : null;

  const weightsText = view.weights.weights
    .flatMap((rows, l) =>
      rows.flatMap((row, j) =>
        row.map((w, k) => `${weightName(l + 1, j + 1, k + 1)} = ${formatNumber(w)}`),
      ),
    )
    .join(', ');
  const valuesText = view.forward
    ? `outputs of the neurons ${view.forward.a.map((row, l) => row.map((a, j) => `a(${l + 1})${j + 1} = ${formatNumber(a)}`).join(', ')).join('; ')}`
    : 'neuron outputs not computed yet';
  const label =
    `The XOR network, ${sizes.length === 0 ? '' : `${view.x.length}-${sizes.join('-')}`}, on input x = (${view.x.join(', ')}) with target y = ${view.y[0]}. ` +
    `${valuesText}. ${showLoss ? `Loss L = ${formatNumber(g!.loss)}. ` : ''}` +
    `${backward ? 'Numbers on the connections are the gradients dL/dw. ' : ''}Weights: ${weightsText}.`;

  return {
    weights: view.weights.weights,
    values,
    notes,
    edgeText,
    tail: { value: showLoss ? g!.loss : undefined, note: `y = ${view.y[0]}` },
    active,
    label,
  };
}

/** The sentence that says why training stopped, or '' while it may go on. */
export function stopMessage(
  stop: StopReason,
  view: LoopView,
  target: number,
  maxEpochs: number,
): string {
  const last = view.history.at(-1);
  switch (stop) {
    case 'target':
      return `Stopped: epoch ${last!.epoch}'s loss, ${formatNumber(last!.loss)}, is below the target ${formatNumber(target)}. The network has learned XOR to that standard.`;
    case 'max-epochs':
      return `Stopped after ${maxEpochs} epochs without reaching the target loss ${formatNumber(target)} (last epoch's loss ${formatNumber(last?.loss ?? NaN)}). This start got stuck; try another seed or learning rate.`;
    case 'diverged':
      return 'Stopped: the loss became infinite or not a number (training diverged). The network was put back to its last finite epoch. Lower the learning rate and start again.';
    default:
      return '';
  }
}
