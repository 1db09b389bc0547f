import type { Markish } from '@observablehq/plot';
import { rgbaPngDataUrl } from './rgba-png';

/**
 * A network's decision region as one SVG picture for a Plot chart: a grid of cells, each in the
 * colour of the class the network says (output >= 0.5: `--nn-region-one`, else
 * `--nn-region-zero`), stronger the surer it is, near 0.5 fading into the page. One `<image>`
 * instead of one rectangle a cell keeps a lesson's page light.
 *
 * The colours are the theme's, applied by an SVG filter, because the picture is also drawn at
 * build time, when no stylesheet can be read: the image's red channel holds the opacity of the
 * class-1 cells, its green channel the class-0 cells', and the filter floods each theme colour
 * through its channel.
 */

/** The grid: `outputs` row by row from the top, `columns` a row, covering x and y in data units. */
export interface RegionGrid {
  outputs: ArrayLike<number>;
  columns: number;
  x: readonly [number, number];
  y: readonly [number, number];
  /** How fast a cell's colour strengthens with its distance from 0.5 (opacity 0.08 + gain |ŷ - 0.5|). */
  gain: number;
}

const SVG = 'http://www.w3.org/2000/svg';
/**
 * Filters are found by id, so each drawing needs its own. The chart drawn at build time stays in
 * the page (hidden) after the browser draws its own, so the two kinds of id differ: at build time
 * a hash of the picture (the same page builds the same), in the browser a count.
 */
let drawnHere = 0;
function filterId(href: string): string {
  if (typeof window !== 'undefined') return `nn-region-p${++drawnHere}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < href.length; i++) hash = Math.imul(hash ^ href.charCodeAt(i), 0x01000193);
  return `nn-region-b${(hash >>> 0).toString(36)}`;
}

/** The red and green channels' opacities as an RGBA picture, opaque. */
export function regionPixels(grid: RegionGrid): Uint8Array {
  const rgba = new Uint8Array(grid.outputs.length * 4);
  for (let i = 0; i < grid.outputs.length; i++) {
    const value = grid.outputs[i];
    const opacity = Math.round(255 * Math.min(1, 0.08 + grid.gain * Math.abs(value - 0.5)));
    rgba[i * 4 + (value >= 0.5 ? 0 : 1)] = opacity;
    rgba[i * 4 + 3] = 255;
  }
  return rgba;
}

/** The region as a Plot mark. */
export function regionImage(document: Document, grid: RegionGrid): Markish {
  const rows = grid.outputs.length / grid.columns;
  const href = rgbaPngDataUrl(grid.columns, rows, regionPixels(grid));
  const id = filterId(href);
  return (_index: number[], scales: { x?: (v: number) => number; y?: (v: number) => number }) => {
    const [left, right] = [scales.x!(grid.x[0]), scales.x!(grid.x[1])];
    const [bottom, top] = [scales.y!(grid.y[0]), scales.y!(grid.y[1])];
    const group = document.createElementNS(SVG, 'g');
    group.append(channelFilter(document, id));
    const image = document.createElementNS(SVG, 'image');
    image.setAttribute('href', href);
    image.setAttribute('x', String(Math.min(left, right)));
    image.setAttribute('y', String(Math.min(top, bottom)));
    image.setAttribute('width', String(Math.abs(right - left)));
    image.setAttribute('height', String(Math.abs(bottom - top)));
    image.setAttribute('preserveAspectRatio', 'none');
    image.setAttribute('filter', `url(#${id})`);
    // Each cell a sharp square, not a blur between cell centres.
    image.setAttribute('style', 'image-rendering: pixelated');
    group.append(image);
    return group as unknown as SVGElement;
  };
}

/** The filter: each theme colour with the opacity its channel holds, one over the other. */
function channelFilter(document: Document, id: string): Element {
  const element = (name: string, attributes: Record<string, string>) => {
    const e = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) e.setAttribute(key, value);
    return e;
  };
  const filter = element('filter', {
    id,
    x: '0',
    y: '0',
    width: '1',
    height: '1',
    'color-interpolation-filters': 'sRGB',
  });
  const zeros = '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0';
  const layers = [
    ['one', '--nn-region-one', `${zeros} 1 0 0 0 0`],
    ['zero', '--nn-region-zero', `${zeros} 0 1 0 0 0`],
  ];
  for (const [name, colour, alphaFromChannel] of layers) {
    filter.append(
      element('feColorMatrix', {
        in: 'SourceGraphic',
        values: alphaFromChannel,
        result: `${name}-alpha`,
      }),
      element('feFlood', { style: `flood-color: var(${colour})`, result: `${name}-flood` }),
      element('feComposite', {
        in: `${name}-flood`,
        in2: `${name}-alpha`,
        operator: 'in',
        result: name,
      }),
    );
  }
  const merge = element('feMerge', {});
  merge.append(element('feMergeNode', { in: 'one' }), element('feMergeNode', { in: 'zero' }));
  filter.append(merge);
  return filter;
}
