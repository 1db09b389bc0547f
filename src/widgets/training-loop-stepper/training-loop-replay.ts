import { STAGES, type Stage, type TrainingLoop } from '../../lib/training-loop';

/** The stage names a link may hold: the four stages, or "start" for before a sample's first stage. */
export const LOOP_POSITIONS = ['start', ...STAGES] as const;

/**
 * Brings a fresh training loop to the position a link names: `updates` updates made and `stage`
 * the last stage done ("start": none yet of the next sample). The loop trains in a fixed order, so
 * the same settings and position give the same weights. Whole epochs run on the fast path. Throws
 * for a position no reader can reach (a finished update with no update made, or a start part-way
 * through an epoch).
 */
export function replayTo(
  loop: TrainingLoop,
  updates: number,
  stage: 'start' | Stage,
  samples: number,
): void {
  if (stage === 'update' && updates === 0)
    throw new Error('an update stage needs at least one update');
  if (stage === 'start' && updates % samples !== 0)
    throw new Error('a step part-way through an epoch starts at its feedforward');
  // Updates finished before the sample on screen, then that sample's stages.
  const before = stage === 'update' ? updates - 1 : updates;
  const epochs = Math.floor(before / samples);
  for (let e = 0; e < epochs; e++) loop.finishEpoch();
  for (let u = epochs * samples; u < before; u++)
    for (let s = 0; s < STAGES.length; s++) loop.next();
  const stagesDone = stage === 'start' ? 0 : STAGES.indexOf(stage) + 1;
  for (let s = 0; s < stagesDone; s++) loop.next();
}
