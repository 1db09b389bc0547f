import { toLatex, toText } from '../../../engine/index.ts';
import type { PlotModule } from '../../lib/heavy-libs.svelte';
import { notebookChart, notebookChartSummary } from '../../lib/charts/notebook-charts';
import { drawGraph } from '../../lib/graph/draw-graph';
import { drawnSummary } from '../../lib/graph/drawn-fold';
import { graphSentences } from '../../lib/graph/graph-text';
import type { Display } from '../display';
import { tableToHtml } from '../outputs-html';
import type { CellOutput } from '../outputs';

/** A Jupyter MIME bundle: one rendering of an output per media type, `text/plain` always among them. */
export type MimeBundle = Record<string, string>;

/**
 * The site's chart colours. A chart in Jupyter is a standalone SVG image, outside the site's
 * stylesheet, so its `var(--...)` colours are written out (the light theme's, readable on white).
 */
const CHART_COLOURS: Record<string, string> = {
  '--sl-color-accent': 'hsl(234, 75%, 52%)',
  '--nn-positive': 'hsl(212, 85%, 40%)',
  '--nn-negative': 'hsl(4, 72%, 44%)',
  '--sl-color-text': 'currentColor',
};

/** Replaces the site's CSS variables in an SVG with concrete colours. */
export function resolveChartColours(svg: string): string {
  return svg.replace(/var\((--[\w-]+)\)/g, (whole, name: string) => CHART_COLOURS[name] ?? whole);
}

/** A displayed value as plain text (strings bare, as in a table cell). */
function plainText(d: Display): string {
  switch (d.t) {
    case 'array':
      return `[${d.items.map(plainText).join(', ')}${d.length > d.items.length ? ', …' : ''}]`;
    case 'matrix':
      return `[${d.cells.map((row) => `[${row.join(', ')}]`).join(', ')}]`;
    case 'object':
      return `{ ${d.entries.map(([k, v]) => `${k}: ${plainText(v)}`).join(', ')} }`;
    case 'error':
      return `${d.name}: ${d.message}`;
    case 'circular':
      return '[circular]';
    case 'depth':
      return `${d.name} {…}`;
    default:
      return d.text;
  }
}

/** A table as text with aligned columns, for a terminal or a front end without HTML. */
function tableText(columns: string[], rows: Display[][]): string {
  const cells = [columns, ...rows.map((row) => row.map(plainText))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  return cells
    .map((row) =>
      row
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** What draws a chart: Plot and a document to build its SVG in (linkedom outside a browser). */
export interface ChartLibraries {
  Plot: PlotModule;
  document: Document;
}

/**
 * One output of `table`, `plot`, `plotLoss`, `plotBoundary` or `show` as a Jupyter MIME bundle:
 * a table as HTML, a chart as SVG, steps as LaTeX. The HTML and the chart come from the same code
 * that writes the lesson pages' saved outputs.
 */
export function outputToMimeBundle(output: CellOutput, libs: ChartLibraries): MimeBundle {
  switch (output.kind) {
    case 'table':
      return {
        'text/plain': tableText(output.columns, output.rows),
        'text/html': tableToHtml(output),
      };
    case 'chart': {
      const svg = notebookChart(libs.Plot, libs.document, output.chart);
      if (!svg.getAttribute('xmlns')) svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      return {
        'text/plain': notebookChartSummary(output.chart),
        'image/svg+xml': resolveChartColours(svg.outerHTML),
      };
    }
    case 'graph':
      return {
        'text/plain': [drawnSummary(output.graph), ...graphSentences(output.graph)].join('\n'),
        'image/svg+xml': resolveChartColours(drawGraph(output.graph)),
      };
    case 'steps':
      return {
        'text/plain': output.steps.map((step) => toText(step, { symbolic: true })).join('\n'),
        'text/latex': output.steps
          .map((step) => `$$${toLatex(step, { symbolic: true })}$$`)
          .join('\n'),
      };
    case 'stream':
      return { 'text/plain': output.parts.map(plainText).join(' ') };
    case 'value':
      return { 'text/plain': plainText(output.display) };
    case 'error':
      return { 'text/plain': `${output.name}: ${output.message}` };
  }
}
