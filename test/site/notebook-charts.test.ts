import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '../../src/lib/plot';
import { notebookChart } from '../../src/lib/charts/notebook-charts';

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
