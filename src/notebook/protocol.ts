import type { CellOutput } from './outputs';

/** What the page asks of the kernel worker. */
export type ToKernel = { type: 'run'; run: number; source: string } | { type: 'stop' };

/** What the kernel worker tells the page, tagged with the run it belongs to. */
export type FromKernel =
  | { type: 'output'; run: number; output: CellOutput }
  | { type: 'progress'; run: number; epoch: number; epochs: number; loss: number | null }
  | { type: 'done'; run: number; ok: boolean };
