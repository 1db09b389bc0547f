import { typeset } from '../../src/lib/typeset';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { neuron, toLatex } from '../../engine/index.ts';
import { drawGraph } from '../../src/lib/graph/draw-graph';
import * as Plot from '../../src/lib/plot';
import { cellHelpers } from '../../src/notebook/cell-helpers';
import { outputToMimeBundle, resolveChartColours } from '../../src/notebook/jupyter/mime-bundle';
import { outputsToHtml } from '../../src/notebook/outputs-html';
import type { CellOutput } from '../../src/notebook/outputs';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const libs = { typeset, Plot, document: document as unknown as Document, drawGraph };
const outputsOf = (use: (helpers: ReturnType<typeof cellHelpers>) => void) => {
  const outputs: CellOutput[] = [];
  use(cellHelpers((o) => outputs.push(o)));
  return outputs;
};

describe('outputToMimeBundle(output, libs): what the helpers show in Jupyter', () => {
  it('gives a table the same HTML table as the lesson page, and aligned plain text', () => {
    const [output] = outputsOf((h) =>
      h.table([
        { x: 1, y: 0.5 },
        { x: 10, y: -2 },
      ]),
    );
    const bundle = outputToMimeBundle(output, libs);
    expect(outputsToHtml([output], libs)).toBe(
      `<div class="nb-table">${bundle['text/html']}</div>`,
    );
    expect(bundle['text/plain']).toBe('x   y\n1   0.5\n10  -2');
  });

  it("gives steps as display LaTeX, one formula per step, in the engine's notation", () => {
    const result = neuron({ weights: [0.5, -0.3], bias: 0.1, activation: 'sigmoid' }).forward([
      1, 0,
    ]);
    const [output] = outputsOf((h) => h.show(result));
    const bundle = outputToMimeBundle(output, libs);
    expect(bundle['text/latex']).toBe(
      result.steps.map((s) => `$$${toLatex(s, { symbolic: true })}$$`).join('\n'),
    );
    expect(bundle['text/plain'].split('\n')).toHaveLength(result.steps.length);
  });

  it('gives a chart as a standalone SVG with concrete colours, and its summary as text', () => {
    const [output] = outputsOf((h) =>
      h.plotLoss([
        { epoch: 1, loss: 0.5 },
        { epoch: 2, loss: 0.25 },
      ] as never),
    );
    const bundle = outputToMimeBundle(output, libs);
    expect(bundle['image/svg+xml']).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(bundle['image/svg+xml']).not.toContain('var(--');
    expect(bundle['text/plain']).toBe(
      'Loss over 2 epochs, from 0.5000 at epoch 1 to 0.2500 at epoch 2.',
    );
  });

  it('leaves a colour variable it does not know as it is', () => {
    expect(resolveChartColours('stroke="var(--sl-color-accent)" fill="var(--other)"')).toBe(
      'stroke="hsl(234, 75%, 52%)" fill="var(--other)"',
    );
  });
});
