import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import * as Plot from '../../src/lib/plot';
import { regionImage, regionPixels } from '../../src/lib/charts/region-image';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

describe('regionPixels', () => {
  it('puts a class-1 cell’s opacity in red, a class-0 cell’s in green, every pixel opaque', () => {
    // Opacity 0.08 + gain |ŷ - 0.5|, capped at 1, as 0-255: with gain 1, ŷ 1 -> 0.58 (148),
    // 0.5 -> 0.08 (20, class 1), 0.25 -> 0.33 (84), 0 -> 0.58 (148); with gain 3, ŷ 1 -> 1 (255).
    const pixels = regionPixels({
      outputs: [1, 0.5, 0.25, 0],
      columns: 2,
      x: [0, 1],
      y: [0, 1],
      gain: 1,
    });
    expect([...pixels]).toEqual([148, 0, 0, 255, 20, 0, 0, 255, 0, 84, 0, 255, 0, 148, 0, 255]);
    const sure = regionPixels({ outputs: [1], columns: 1, x: [0, 1], y: [0, 1], gain: 3 });
    expect([...sure]).toEqual([255, 0, 0, 255]);
  });
});

describe('regionImage', () => {
  const svg = Plot.plot({
    document: document as unknown as Document,
    width: 200,
    height: 200,
    x: { domain: [-1, 1] },
    y: { domain: [-1, 1] },
    marks: [
      regionImage(document as unknown as Document, {
        outputs: [0.9, 0.1, 0.2, 0.8],
        columns: 2,
        x: [-1, 1],
        y: [-1, 1],
        gain: 1.5,
      }),
    ],
  });
  const image = svg.querySelector('image')!;
  const filter = svg.querySelector('filter')!;

  it('draws one image over the extent, filtered by a filter in the same chart', () => {
    expect(svg.querySelectorAll('image')).toHaveLength(1);
    expect(image.getAttribute('filter')).toBe(`url(#${filter.getAttribute('id')})`);
    expect(filter.getAttribute('id')).toMatch(/^nn-region-b[0-9a-z]+$/);
    const png = Buffer.from(image.getAttribute('href')!.split(',')[1], 'base64');
    // 2 x 2 pixels, rows stored after a filter byte each.
    expect(png.readUInt32BE(16)).toBe(2);
    expect(png.readUInt32BE(20)).toBe(2);
    const idat = png.subarray(png.indexOf('IDAT') + 4);
    expect(inflateSync(idat).length).toBe(2 * (1 + 2 * 4));
  });

  it('floods the theme’s region colours through the red and the green channel', () => {
    const floods = [...filter.querySelectorAll('feFlood')].map((f) => f.getAttribute('style'));
    expect(floods).toEqual([
      'flood-color: var(--nn-region-one)',
      'flood-color: var(--nn-region-zero)',
    ]);
    const alphaRows = [...filter.querySelectorAll('feColorMatrix')].map((m) =>
      m.getAttribute('values')!.split(' ').slice(15).join(' '),
    );
    expect(alphaRows).toEqual(['1 0 0 0 0', '0 1 0 0 0']);
    expect(filter.getAttribute('color-interpolation-filters')).toBe('sRGB');
  });

  it('gives each picture its own filter id', () => {
    const again = regionImage(document as unknown as Document, {
      outputs: [0.5],
      columns: 1,
      x: [0, 1],
      y: [0, 1],
      gain: 1,
    });
    const chart = Plot.plot({
      document: document as unknown as Document,
      x: { domain: [0, 1] },
      y: { domain: [0, 1] },
      marks: [again],
    });
    expect(chart.querySelector('filter')!.getAttribute('id')).not.toBe(filter.getAttribute('id'));
  });
});
