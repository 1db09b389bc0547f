import { toLatex, toText, type ValueGraph } from '../../engine/index.ts';
import type { PlotModule } from '../lib/heavy-libs.svelte';
import { escapeHtml } from '../lib/escape-html';
import { notebookChart, notebookChartSummary } from '../lib/charts/notebook-charts';
import { drawnSummary } from '../lib/graph/drawn-fold';
import { graphSentences } from '../lib/graph/graph-text';
import { displayToHtml } from './display-html';
import { tableCellHtml } from './table-cell-html';
import type { Display } from './display';
import type { CellOutput } from './outputs';

/**
 * The libraries that draw outputs; passed in so this code runs at build time and in the browser.
 * The page loads each only when an output needs it, so all but `document` may be missing: an output
 * whose library is missing fails with a message naming both.
 */
export interface OutputLibraries {
  document: Document;
  /** Typesets LaTeX as MathML (see `src/lib/math-markup.ts`): `steps` outputs. */
  typeset?: (latex: string) => string;
  /** Observable Plot: `chart` outputs. */
  Plot?: PlotModule;
  /** Draws a value graph as SVG (src/lib/graph/draw-graph.ts, with dagre): `graph` outputs. */
  drawGraph?: (graph: ValueGraph) => string;
  /**
   * Slims a chart's SVG without changing its picture (src/lib/charts/lean-chart-svg.ts): given at
   * build time, where the chart is written once into the page; a chart drawn in the browser is Plot's own.
   */
  leanChart?: (svg: Element) => Element;
}

function need<K extends 'typeset' | 'Plot' | 'drawGraph'>(
  libs: OutputLibraries,
  name: K,
  kind: CellOutput['kind'],
): NonNullable<OutputLibraries[K]> {
  const lib = libs[name];
  if (!lib) throw new Error(`A ${kind} output needs ${name}, which was not loaded.`);
  return lib as NonNullable<OutputLibraries[K]>;
}

/** console.log shows strings bare, as a terminal does; other values as the notebook displays them. */
const streamPart = (d: Display) => (d.t === 'string' ? escapeHtml(d.text) : displayToHtml(d));

/**
 * A `table(rows)` output as an HTML table (the page and Jupyter show the same markup). A wide table
 * scrolls sideways (Starlight makes the table its own scroll box), so it takes keyboard focus:
 * without it a keyboard reader could not reach its right-hand columns.
 */
export function tableToHtml(output: Extract<CellOutput, { kind: 'table' }>): string {
  const head = output.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const rows = output.rows
    .map((row) => `<tr>${row.map((d) => `<td>${tableCellHtml(d)}</td>`).join('')}</tr>`)
    .join('');
  return `<table tabindex="0"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function outputToHtml(output: CellOutput, libs: OutputLibraries): string {
  switch (output.kind) {
    case 'stream':
      return `<div class="nb-stream nb-${output.level}">${output.parts.map(streamPart).join(' ')}</div>`;
    case 'value':
      return `<div class="nb-value">${displayToHtml(output.display)}</div>`;
    case 'table':
      return `<div class="nb-table">${tableToHtml(output)}</div>`;
    case 'chart': {
      const drawn = notebookChart(need(libs, 'Plot', 'chart'), libs.document, output.chart);
      const svg = libs.leanChart ? libs.leanChart(drawn) : drawn;
      svg.setAttribute('aria-hidden', 'true');
      return `<figure class="nb-chart">${svg.outerHTML}<figcaption>${escapeHtml(notebookChartSummary(output.chart))}</figcaption></figure>`;
    }
    case 'steps': {
      const typeset = need(libs, 'typeset', 'steps');
      const items = output.steps
        .map((step) => {
          const math = typeset(toLatex(step, { symbolic: true }));
          return `<li><span aria-hidden="true">${math}</span><span class="nn-sr-only">${escapeHtml(toText(step, { symbolic: true }))}</span></li>`;
        })
        .join('');
      // A step wider than a phone scrolls sideways in the list's own box, so the list takes
      // keyboard focus, as a notebook table does.
      return `<ol class="nb-steps" tabindex="0">${items}</ol>`;
    }
    case 'graph': {
      // The picture scrolls sideways in its own box, so it takes keyboard focus; its text (a
      // summary, and every value in a list) is what screen readers read.
      const values = graphSentences(output.graph)
        .map((s) => `<li>${escapeHtml(s)}</li>`)
        .join('');
      return `<figure class="nb-graph"><div class="nb-graph-scroll" tabindex="0" role="group" aria-label="The graph, scrollable">${need(libs, 'drawGraph', 'graph')(output.graph)}</div><figcaption>${escapeHtml(drawnSummary(output.graph))}</figcaption><details><summary>Every value, in order</summary><ol>${values}</ol></details></figure>`;
    }
    case 'error': {
      const where = output.line
        ? ` (line ${output.line}${output.column ? `, column ${output.column}` : ''})`
        : '';
      return `<div class="nb-error"><strong>${escapeHtml(output.name)}</strong>${escapeHtml(where)}: ${escapeHtml(output.message)}</div>`;
    }
  }
}

/** Renders a cell's outputs, in order, as HTML. */
export function outputsToHtml(outputs: readonly CellOutput[], libs: OutputLibraries): string {
  return outputs.map((output) => outputToHtml(output, libs)).join('');
}
