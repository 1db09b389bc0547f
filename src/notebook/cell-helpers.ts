import { graphOf, Value } from '../../engine/index.ts';
import type { Network, Step, HistoryEntry, Dataset } from '../../engine/index.ts';
import { toDisplay } from './display';
import type { ChartData } from '../lib/charts/chart-data';
import type { CellOutput } from './outputs';
import { canFold } from '../lib/graph/group-graph';

type Emit = (output: CellOutput) => void;

/** The largest graph `graph()` draws: past a few hundred boxes a picture no longer explains. */
const MAX_GRAPH_NODES = 500;
/** The largest network graph it draws, folded into neurons or layers (lib/graph/drawn-fold.ts). */
const MAX_FOLDED_GRAPH_NODES = 5000;

function isStep(value: unknown): value is Step {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}

/** Steps from `show(x)`: a step, an array of steps, or anything with a `steps` array. */
function stepsOf(value: unknown): Step[] {
  if (isStep(value)) return [value];
  if (Array.isArray(value) && value.every(isStep)) return value;
  const inner = (value as { steps?: unknown })?.steps;
  if (Array.isArray(inner) && inner.every(isStep)) return inner;
  throw new Error(
    'show(): expected engine steps: a step, an array of steps, or a result with .steps',
  );
}

const PLOT_USAGE =
  "plot(): expected plot(ys), plot(xs, ys) or plot([{ x, y }, ...]), optionally with the axes' names last: plot(xs, ys, { x: 'step', y: 'loss' })";

/** An array or a typed array (a Float64Array of losses, say): what plot() takes as xs or ys. */
function isNumberList(value: unknown): value is ArrayLike<number> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

interface AxisLabels {
  x?: string;
  y?: string;
}

/** `{ x: 'step', y: 'loss' }`: a plain object whose only keys are x and y, each a string. */
function isAxisLabels(value: unknown): value is AxisLabels {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (ArrayBuffer.isView(value)) return false;
  const entries = Object.entries(value);
  if (entries.length === 0 || entries.some(([k]) => k !== 'x' && k !== 'y')) return false;
  if (entries.some(([, v]) => typeof v !== 'string'))
    throw new Error("plot(): the axes' names must be text, as in { x: 'step', y: 'loss' }");
  return true;
}

function finitePoints(points: { x: number; y: number }[], where: string) {
  const kept = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (kept.length === 0) throw new Error(`${where}: nothing to plot: no finite (x, y) values`);
  return kept;
}

/**
 * The output functions a cell can call, bound to one output stream: `console`, `plot`, `plotLoss`,
 * `plotBoundary`, `table`, `show` and `graph`. They send data; the page decides how to draw it.
 */
export function cellHelpers(emit: Emit) {
  // Returns nothing, as console.log does, so a cell ending in console.log(...) displays no value.
  const log =
    (level: 'log' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]): void => {
      emit({ kind: 'stream', level, parts: parts.map((p) => toDisplay(p)) });
    };
  const chart = (data: ChartData) => emit({ kind: 'chart', chart: data });

  return {
    console: {
      log: log('log'),
      info: log('info'),
      warn: log('warn'),
      error: log('error'),
      debug: log('log'),
    },

    /**
     * plot(ys), plot(xs, ys) or plot([{ x, y }, ...]): a line chart. A last argument
     * `{ x: 'step', y: 'loss' }` names the axes (the chart's caption reads them too).
     */
    plot(a: unknown, ...rest: unknown[]) {
      const last = rest.at(-1);
      const labels = isAxisLabels(last) ? (rest.pop() as AxisLabels) : {};
      const b = rest[0];
      let points: { x: number; y: number }[];
      if (b !== undefined) {
        if (!isNumberList(a) || !isNumberList(b)) throw new Error(PLOT_USAGE);
        points = Array.from(a, (x, i) => ({ x: Number(x), y: Number(b[i]) }));
      } else if (
        Array.isArray(a) &&
        a.every((p) => typeof p === 'object' && p !== null && 'x' in p)
      )
        points = a as { x: number; y: number }[];
      else if (isNumberList(a)) points = Array.from(a, (y, x) => ({ x, y: Number(y) }));
      else throw new Error(PLOT_USAGE);
      chart({
        type: 'line',
        points: finitePoints(points, 'plot()'),
        xLabel: labels.x ?? 'x',
        yLabel: labels.y ?? 'y',
      });
    },

    /** plotLoss(history): the loss per epoch from train(). */
    plotLoss(history: HistoryEntry[] | { history: HistoryEntry[] }) {
      const entries = Array.isArray(history) ? history : history?.history;
      if (!Array.isArray(entries))
        throw new Error('plotLoss(): expected the history array that train() returns');
      const points = entries
        .filter((h) => Number.isFinite(h.loss))
        .map((h) => ({ epoch: h.epoch, loss: h.loss }));
      chart({ type: 'loss', points });
    },

    /** plotBoundary(net, data): the network's output over the plane, with the data on top. */
    plotBoundary(net: Network, data: Dataset, resolution = 40) {
      const xs = data.inputs.map((p) => p[0]);
      const ys = data.inputs.map((p) => p[1]);
      const pad = (lo: number, hi: number) => [
        lo - 0.1 * (hi - lo || 1),
        hi + 0.1 * (hi - lo || 1),
      ];
      const [x0, x1] = pad(Math.min(...xs), Math.max(...xs));
      const [y0, y1] = pad(Math.min(...ys), Math.max(...ys));
      const values: number[] = [];
      for (let j = 0; j < resolution; j++) {
        for (let i = 0; i < resolution; i++) {
          const x = x0 + ((x1 - x0) * (i + 0.5)) / resolution;
          const y = y0 + ((y1 - y0) * (j + 0.5)) / resolution;
          values.push(net.predict([x, y])[0]);
        }
      }
      const points = data.inputs.map((p, i) => ({ x: p[0], y: p[1], label: data.targets[i][0] }));
      chart({
        type: 'boundary',
        width: resolution,
        height: resolution,
        x: [x0, x1],
        y: [y0, y1],
        values,
        points,
      });
    },

    /** table(rows): an array of objects (columns from their keys) or of arrays. */
    table(rows: unknown[]) {
      if (!Array.isArray(rows)) throw new Error('table(): expected an array of rows');
      const objects = rows.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r));
      const columns = objects
        ? [...new Set(rows.flatMap((r) => Object.keys(r as object)))]
        : Array.from(
            { length: Math.max(0, ...rows.map((r) => (Array.isArray(r) ? r.length : 1))) },
            (_, i) => String(i),
          );
      const cells = rows.map((r) =>
        columns.map((c, i) =>
          toDisplay(
            objects
              ? (r as Record<string, unknown>)[c]
              : Array.isArray(r)
                ? r[i]
                : i === 0
                  ? r
                  : undefined,
          ),
        ),
      );
      emit({ kind: 'table', columns, rows: cells });
    },

    /** show(steps): typeset engine steps, e.g. show(net.forward(x)). */
    show(value: unknown) {
      emit({ kind: 'steps', steps: stepsOf(value) });
    },

    /**
     * graph(value): the computational graph of a Value, after value.backward(), so every node
     * shows its gradient: graph(new Value(2, 'x').mul(3).tanh()). A network's big graph
     * (valueNetwork) is drawn with its neurons or layers folded into boxes.
     */
    graph(value: unknown) {
      if (!(value instanceof Value))
        throw new Error(
          "graph(): expected a Value, e.g. graph(new Value(2, 'x').mul(3)); got " +
            (value === null ? 'null' : typeof value),
        );
      value.backward();
      const graph = graphOf(value);
      const folds = canFold(graph);
      const most = folds ? MAX_FOLDED_GRAPH_NODES : MAX_GRAPH_NODES;
      if (graph.nodes.length > most)
        throw new Error(
          `graph(): this graph has ${graph.nodes.length} values; graph() draws at most ${most}` +
            (folds ? ' of a network, folded into its neurons or layers' : ''),
        );
      emit({ kind: 'graph', graph });
    },
  };
}
