import { updatesPerEpoch } from '../../../engine/index.ts';

/**
 * How many updates one epoch makes, as the playground writes it under the batch size: m / B when
 * B divides m, otherwise ⌈m / B⌉ and the size of the smaller last batch, since the engine trains on
 * every example each epoch (notation: ⌈m/B⌉ updates per epoch).
 */
export function epochUpdatesText(m: number, B: number): string {
  const updates = updatesPerEpoch(m, B);
  const noun = updates === 1 ? 'update' : 'updates';
  const rest = m % B;
  return rest === 0
    ? `${m} / ${B} = ${updates} ${noun} per epoch`
    : `⌈${m} / ${B}⌉ = ${updates} ${noun} per epoch (the last batch has ${rest})`;
}
