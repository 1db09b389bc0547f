import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '../../src/lib/plot';
import {
  marginForTicks,
  notebookChart,
  notebookChartSummary,
} from '../../src/lib/charts/notebook-charts';
import { cellHelpers } from '../../src/notebook/cell-helpers';
import type { CellOutput } from '../../src/notebook/outputs';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

describe('notebookChart(Plot, document, chart)', () => {
  it('shades a decision boundary: every contour band has a drawn outline', () => {
    // Output rises from 0 on the left to 1 on the right: bands between every threshold.
    const width = 20;
    const height = 10;
    const values = Array.from({ length: width * height }, (_, i) => (i % width) / (width - 1));
    const svg = notebookChart(Plot, document as unknown as Document, {
      type: 'boundary',
      width,
      height,
      x: [0, 1],
      y: [0, 1],
      values,
      points: [{ x: 0.1, y: 0.5, label: 0 }],
    });
    const bands = [...svg.querySelectorAll('[aria-label="contour"] path')];
    expect(bands.length).toBeGreaterThan(5);
    for (const band of bands) expect(band.getAttribute('d')?.length ?? 0).toBeGreaterThan(10);
  });
});

describe('plot() in a cell', () => {
  const plotted = (...args: unknown[]) => {
    const outputs: CellOutput[] = [];
    (cellHelpers((o) => outputs.push(o)).plot as (...a: unknown[]) => void)(...args);
    return (outputs[0] as Extract<CellOutput, { kind: 'chart' }>).chart;
  };

  it('names the axes from a last argument, and the caption reads them', () => {
    const chart = plotted([0, 10, 20], [0.2, 0.19, 0.162], { x: 'step', y: 'loss' });
    expect(chart).toMatchObject({ type: 'line', xLabel: 'step', yLabel: 'loss' });
    expect(notebookChartSummary(chart)).toBe(
      'A line chart of loss against step, 3 points: step from 0 to 20, loss from 0.162 to 0.2.',
    );
    const svg = notebookChart(Plot, document as unknown as Document, chart);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.some((t) => t?.includes('step'))).toBe(true);
    expect(texts.some((t) => t?.includes('loss'))).toBe(true);
  });

  it('calls the axes x and y when they are not named, in every form', () => {
    expect(plotted([1, 4, 9])).toMatchObject({ xLabel: 'x', yLabel: 'y' });
    expect(plotted([{ x: 1, y: 2 }], { y: 'height' })).toMatchObject({
      xLabel: 'x',
      yLabel: 'height',
    });
    expect(plotted([1, 2], [3, 4])).toMatchObject({
      points: [
        { x: 1, y: 3 },
        { x: 2, y: 4 },
      ],
    });
    // Typed arrays, as the engine hands out losses and weights, on either axis.
    const typed = {
      points: [
        { x: 1, y: 3 },
        { x: 2, y: 4 },
      ],
    };
    expect(plotted(new Float64Array([1, 2]), [3, 4])).toMatchObject(typed);
    expect(plotted([1, 2], new Float64Array([3, 4]))).toMatchObject(typed);
    expect(plotted(new Float64Array([3, 4]))).toMatchObject({
      points: [
        { x: 0, y: 3 },
        { x: 1, y: 4 },
      ],
    });
  });

  it('says what it expected when given something else', () => {
    expect(() => plotted([1, 2], 'loss')).toThrow(/plot\(xs, ys, \{ x: 'step', y: 'loss' \}\)/);
    expect(() => plotted([1, 2], { x: 3 })).toThrow("plot(): the axes' names must be text");
    expect(() => plotted(5)).toThrow('plot(): expected plot(ys)');
    expect(() => plotted(5, [1, 2])).toThrow('plot(): expected plot(ys)');
  });
});

describe('marginForTicks(values)', () => {
  it("leaves Plot's 40 units for short labels and more for long ones", () => {
    expect(marginForTicks([0, 1, 5])).toBe(40);
    // Ticks 0.165 ... 0.200: five characters.
    expect(marginForTicks([0.162, 0.2003])).toBe(14 + 7 * 5);
    // Ticks up to -1,000,000: ten characters with the sign and separators.
    expect(marginForTicks([-1e6, 0])).toBe(14 + 7 * 10);
  });

  it('copes with a flat line and a single point', () => {
    expect(marginForTicks([3, 3, 3])).toBe(40);
    expect(marginForTicks([0.0001])).toBeGreaterThanOrEqual(40);
  });
});
