import { escapeHtml } from '../escape-html';
import {
  GRAPH_FONT_SIZE,
  GRAPH_LINE_HEIGHT,
  GRAPH_PADDING,
  type GraphLayout,
} from './graph-layout';

const round = (x: number) => Math.round(x * 10) / 10;

/** An arrowhead at the end of a polyline, pointing along its last segment. */
function arrowhead(points: { x: number; y: number }[]): string {
  const tip = points[points.length - 1];
  const from = points[points.length - 2] ?? tip;
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const side = (turn: number) =>
    `${round(tip.x - 7 * Math.cos(angle + turn))},${round(tip.y - 7 * Math.sin(angle + turn))}`;
  return `<polygon points="${round(tip.x)},${round(tip.y)} ${side(0.45)} ${side(-0.45)}" fill="currentColor"/>`;
}

/**
 * A laid-out value graph as an SVG string: a box per value (name, value, gradient) and an arrow
 * per edge labelled with its local derivative. Colours are the theme's CSS variables with
 * fallbacks, so the same markup reads in the page (light and dark) and as a standalone image in
 * Jupyter. An edge's label sits in a gap of its line (a box of the background's colour), so the
 * line does not strike it through; an edge with no label (an arrow between folded boxes) is a bare
 * arrow. Hidden from screen readers: the figure around it carries the text (graph-text.ts).
 */
export function graphSvg(
  layout: GraphLayout<
    { id: number; op?: string; kind?: string; key?: string },
    { from: number; to: number }
  >,
): string {
  const edges = layout.edges
    .map((edge) => {
      const points = edge.points;
      const line = points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
      const { x, y, width, height, text } = edge.label;
      return (
        `<polyline points="${line}" fill="none" stroke="currentColor" stroke-opacity="0.55"/>` +
        arrowhead(points) +
        (text
          ? `<rect x="${round(x - width / 2)}" y="${round(y - height / 2)}" width="${round(width)}" height="${round(height)}" style="fill: var(--sl-color-bg, #fff)"/>` +
            `<text x="${round(x)}" y="${round(y + GRAPH_FONT_SIZE / 3)}" text-anchor="middle" style="fill: var(--nn-graph-local, #555)">${escapeHtml(text)}</text>`
          : '')
      );
    })
    .join('');
  const nodes = layout.nodes
    .map((node) => {
      const left = node.x - node.width / 2;
      const top = node.y - node.height / 2;
      const text = node.lines
        .map(
          (line, i) =>
            `<text x="${round(left + GRAPH_PADDING)}" y="${round(top + GRAPH_PADDING / 2 + GRAPH_LINE_HEIGHT * (i + 0.75))}"${i === 2 ? ' style="fill: var(--sl-color-accent)"' : ''}>${escapeHtml(line)}</text>`,
        )
        .join('');
      const input = node.op === 'input';
      // A folded neuron or layer has a doubled border: a box of boxes.
      const folded = node.kind === 'neuron' || node.kind === 'layer';
      const group = folded ? ` data-group="${node.key}"` : '';
      const border = folded ? ' stroke-width="2.5"' : '';
      return `<g data-node="${node.id}"${group}><rect x="${round(left)}" y="${round(top)}" width="${round(node.width)}" height="${round(node.height)}" rx="${input ? 12 : 4}" stroke="currentColor"${border} style="fill: var(--sl-color-bg, #fff)"/>${text}</g>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" font-family="ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" font-size="${GRAPH_FONT_SIZE}" fill="currentColor" aria-hidden="true">${edges}${nodes}</svg>`;
}
