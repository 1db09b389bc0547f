import type { NetworkJSON } from '../../../engine/index.ts';
import type { PlaygroundConfig } from './config-model';
import type { Point } from './data';
import type { RunSnapshot } from './run';

/**
 * The messages between the playground page and its training worker. Every message carries the
 * run's generation: a new run (reset, new data, new architecture) bumps it, and the page drops
 * what the worker sends about an older run.
 */
export type ToWorker =
  | {
      type: 'start';
      gen: number;
      config: PlaygroundConfig;
      points: Point[];
      network: NetworkJSON;
    }
  /** New training settings, continuing from the current weights. */
  | { type: 'retrain'; gen: number; config: PlaygroundConfig }
  /** The reader edited a weight or bias on the page: the worker takes every parameter. */
  | { type: 'params'; gen: number; params: Float64Array }
  /** Train one update, one epoch, or up to `epochs` epochs (one animation frame's worth), then report. */
  | { type: 'train'; gen: number; what: 'update' | 'epoch' | 'frame'; epochs: number };

export type FromWorker =
  | { type: 'snapshot'; gen: number; snapshot: RunSnapshot }
  | { type: 'error'; gen: number; message: string };
