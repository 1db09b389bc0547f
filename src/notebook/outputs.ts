import type { Step, ValueGraph } from '../../engine/index.ts';
import type { ChartData } from '../lib/charts/chart-data';
import type { Display } from './display';

/** One thing a cell produced, in order. Plain data: it crosses from the kernel to the page. */
export type CellOutput =
  | { kind: 'stream'; level: 'log' | 'info' | 'warn' | 'error'; parts: Display[] }
  | { kind: 'value'; display: Display }
  | { kind: 'table'; columns: string[]; rows: Display[][] }
  | { kind: 'chart'; chart: ChartData }
  | { kind: 'steps'; steps: Step[] }
  | { kind: 'graph'; graph: ValueGraph }
  | { kind: 'error'; name: string; message: string; line?: number; column?: number };
