import { classifiedRight, formatNumber } from '../../../engine/index.ts';
import { LOOP_SETUP, type LoopView, type StopReason } from '../../lib/training-loop';
import { lossTrend } from '../../lib/loss-trend';
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

/** How many of the four XOR outputs are on their target's side of 0.5. */
function rowsRight(view: LoopView): number {
  const targets = LOOP_SETUP.data.targets;
  return view.predictions.filter((p, i) => classifiedRight([p], targets[i])).length;
}

/**
 * Why the run ended at maxEpochs, in words: only a loss that has stopped falling is "stuck"; a
 * loss still falling is learning slowly (a small η, or a long way down).
 */
function limitMessage(view: LoopView, target: number, maxEpochs: number): string {
  const epochs = maxEpochs.toLocaleString('en-US');
  const loss = formatNumber(view.history.at(-1)?.loss ?? NaN);
  const losses = view.history.map((h) => h.loss);
  const stuck = lossTrend(losses, view.learningRate) === 'stuck';
  if (rowsRight(view) === 4)
    return stuck
      ? `Stopped after ${epochs} epochs: all four outputs are on the right side of 0.5, but the loss, ${loss}, has stopped falling above the target ${formatNumber(target)}.`
      : `Stopped after ${epochs} epochs: all four outputs are on the right side of 0.5, but the loss, ${loss}, is still above the target ${formatNumber(target)}: still learning, slowly.`;
  if (stuck)
    return `Stopped after ${epochs} epochs without reaching the target loss ${formatNumber(target)} (last epoch's loss ${loss}). This start got stuck; try another seed or learning rate.`;
  // A larger η reaches the bottom of this slope sooner, but may end on a plateau instead.
  return `Stopped after ${epochs} epochs without reaching the target loss ${formatNumber(target)}, but the loss (last epoch's ${loss}) is still falling: this run is learning slowly, not stuck. A larger η may get there sooner.`;
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
      return limitMessage(view, target, maxEpochs);
    case 'diverged':
      return 'Stopped: the loss became infinite or not a number (training diverged). The network was put back to its last finite epoch. Lower the learning rate and start again.';
    default:
      return '';
  }
}
