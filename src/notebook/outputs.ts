import type { Step } from '../../engine/index.ts';
import type { Display } from './display';

/** A chart a cell asked for, as data; the page draws it with Plot. */
export type ChartData =
  | { type: 'loss'; points: { epoch: number; loss: number }[] }
  | { type: 'line'; points: { x: number; y: number }[]; xLabel: string; yLabel: string }
  | {
      type: 'boundary';
      /** Network output on a grid over the data's extent, row by row from the bottom. */
      grid: { x: number; y: number; value: number }[];
      points: { x: number; y: number; label: number }[];
    };

/** One thing a cell produced, in order. Plain data: it crosses from the kernel to the page. */
export type CellOutput =
  | { kind: 'stream'; level: 'log' | 'info' | 'warn' | 'error'; parts: Display[] }
  | { kind: 'value'; display: Display }
  | { kind: 'table'; columns: string[]; rows: Display[][] }
  | { kind: 'chart'; chart: ChartData }
  | { kind: 'steps'; steps: Step[] }
  | { kind: 'error'; name: string; message: string; line?: number; column?: number };
