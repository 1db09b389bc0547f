import { label, losses, type LossName, type LossStep, type Operand } from '../../engine/index.ts';

/**
 * The engine's step record for a loss over the given predictions and targets, its result computed
 * by the engine's own loss (summed or averaged over the outputs, as that loss reduces them). The
 * engine emits loss steps inside a network's passes but has no call for a lone loss, so a lesson's
 * worked answer builds it here; `toLatex` / `toText` render it as everywhere else.
 */
export function lossStep(name: LossName, predictions: Operand[], targets: Operand[]): LossStep {
  if (predictions.length === 0 || predictions.length !== targets.length)
    throw new Error(
      `lossStep: expected as many targets as predictions (at least one), got ${predictions.length} predictions and ${targets.length} targets`,
    );
  const loss = losses[name];
  const total = predictions.reduce((sum, p, i) => sum + loss.f(p.value, targets[i].value), 0);
  return {
    kind: 'loss',
    output: label('L'),
    loss: name,
    predictions,
    targets,
    result: loss.reduction === 'sum' ? total : total / predictions.length,
  };
}
