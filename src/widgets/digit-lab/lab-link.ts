import { updatesPerEpoch } from '../../../engine/index.ts';
import { DIGIT_OPTIMISERS } from '../../lib/digits/digit-run';
import type { Schema } from '../../lib/url-state';
import { decodeDrawing, MAX_DRAWING_LENGTH } from './drawing-link';
import { BATCH_SIZE, TRAIN_DIGITS } from './train-protocol';

/** The most epochs a link may ask the lab to replay (50 take a few minutes in the worker). */
export const MAX_TRAINED = 50;

/**
 * The digit lab's state in a link: its settings, how far its network trained (whole epochs and
 * batches into the next; the lab trains again that far to rebuild the very same weights), and the
 * drawing on its pad (drawing-link.ts). A link from before the lab had optimisers has no
 * `optimizer`, and opens with the lab's default, plain SGD, as it was trained.
 */
export function labLinkSchema(hiddenChoices: readonly number[]) {
  return {
    hidden: { type: 'choice', values: hiddenChoices.map(String), label: 'hidden neurons' },
    optimizer: { type: 'choice', values: [...DIGIT_OPTIMISERS], label: 'optimiser' },
    learningRate: { type: 'number', min: 0.01, max: 1, label: 'learning rate' },
    seed: { type: 'number', min: 1, max: 9999, integer: true, label: 'random seed' },
    epochs: { type: 'number', min: 1, max: 10, integer: true, label: 'epochs per press' },
    trained: { type: 'number', min: 0, max: MAX_TRAINED, integer: true, label: 'epochs trained' },
    batches: {
      type: 'number',
      min: 0,
      max: updatesPerEpoch(TRAIN_DIGITS, BATCH_SIZE) - 1,
      integer: true,
      label: 'batches trained into the next epoch',
    },
    drawing: {
      type: 'text',
      maxLength: MAX_DRAWING_LENGTH,
      check: (raw: string) => {
        const pixels = decodeDrawing(raw);
        return typeof pixels === 'string' ? pixels : null;
      },
      label: 'drawing',
    },
  } satisfies Schema;
}
