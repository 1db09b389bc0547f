import { networkFromJSON, type Network } from '../../../engine/index.ts';
import { DOMAIN } from './data';
import { featurizeInto, type FeatureName } from './features';

/** Output heat map resolution: GRID x GRID predictions a frame. */
export const GRID = 64;
/** Per-neuron heat map resolution. */
export const NEURON_GRID = 20;

// Class 0 / negative is orange, class 1 / positive is blue, 0 is a pale grey: readable with
// either theme, since the heat map is a picture with its own background. A third class is a
// reddish purple, which stays apart from both for the common colour-vision deficiencies (the
// Okabe-Ito palette's choice); its points are also a different shape.
const NEG = [245, 147, 34];
const MID = [232, 234, 235];
const POS = [8, 119, 189];
const THIRD = [170, 68, 153];
/** The class colours, class 0 to 2, as RGB. */
export const CLASS_RGB = [NEG, POS, THIRD] as const;
/** The class colours as CSS, for points and legends. */
export const CLASS_CSS = CLASS_RGB.map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`);
/** The class colours' names, for text. */
export const CLASS_NAMES = ['orange', 'blue', 'purple'] as const;

/** Writes class c's colour at strength f (0: the pale grey, 1: the full colour) at pixel i. */
export function paintClass(pixels: Uint8ClampedArray, i: number, c: number, f: number): void {
  const end = CLASS_RGB[c];
  const t = f > 1 ? 1 : f < 0 ? 0 : f;
  const o = i * 4;
  pixels[o] = MID[0] + (end[0] - MID[0]) * t;
  pixels[o + 1] = MID[1] + (end[1] - MID[1]) * t;
  pixels[o + 2] = MID[2] + (end[2] - MID[2]) * t;
  pixels[o + 3] = 255;
}

/** Writes the colour of v (clamped to [-1, 1]) at pixel i of an RGBA buffer. */
export function paint(pixels: Uint8ClampedArray, i: number, v: number, discretize: boolean): void {
  const t = discretize ? (v >= 0 ? 1 : -1) : v > 1 ? 1 : v < -1 ? -1 : v;
  const end = t >= 0 ? POS : NEG;
  const f = Math.abs(t);
  const o = i * 4;
  pixels[o] = MID[0] + (end[0] - MID[0]) * f;
  pixels[o + 1] = MID[1] + (end[1] - MID[1]) * f;
  pixels[o + 2] = MID[2] + (end[2] - MID[2]) * f;
  pixels[o + 3] = 255;
}

/** The plane coordinate of grid cell c (row or column) of a size x size grid; rows run top (x2 = +1.5) down. */
export const cellCenter = (c: number, size: number) => -DOMAIN + ((c + 0.5) * 2 * DOMAIN) / size;

/** Buffers reused every frame, so drawing allocates nothing per pixel. */
export interface GridScratch {
  input: Float64Array;
  out: Float64Array;
  /** The output at every cell, row by row, as the colour scale reads it (2p - 1 for a probability; the winning class for three). */
  values: Float64Array;
}

export function createScratch(size = GRID, outputs = 1): GridScratch {
  return {
    input: new Float64Array(7),
    out: new Float64Array(outputs),
    values: new Float64Array(size * size),
  };
}

/** Predicts every cell of the output grid with `predictInto` and paints it. */
export function paintOutput(
  net: Network,
  features: readonly FeatureName[],
  regression: boolean,
  discretize: boolean,
  pixels: Uint8ClampedArray,
  s: GridScratch,
  size = GRID,
): void {
  const input = s.input.subarray(0, features.length);
  for (let r = 0; r < size; r++) {
    const x2 = -cellCenter(r, size);
    for (let c = 0; c < size; c++) {
      featurizeInto(features, cellCenter(c, size), x2, input);
      const out = net.predictInto(input, s.out);
      if (out.length === 3) {
        // The winning class's colour, from grey at a three-way tie (1/3) to full at certainty.
        const best = out[0] >= out[1] ? (out[0] >= out[2] ? 0 : 2) : out[1] >= out[2] ? 1 : 2;
        s.values[r * size + c] = best;
        paintClass(pixels, r * size + c, best, discretize ? 1 : (out[best] - 1 / 3) * 1.5);
        continue;
      }
      const v = regression ? out[0] : 2 * out[0] - 1;
      s.values[r * size + c] = v;
      paint(pixels, r * size + c, v, discretize);
    }
  }
}

/** Paints each softmax output neuron's own heat map: its class's colour at the strength of its probability. */
export function paintOutputNeurons(
  net: Network,
  features: readonly FeatureName[],
  pixels: Uint8ClampedArray[],
  s: GridScratch,
  size = NEURON_GRID,
): void {
  const input = s.input.subarray(0, features.length);
  for (let r = 0; r < size; r++) {
    const x2 = -cellCenter(r, size);
    for (let c = 0; c < size; c++) {
      featurizeInto(features, cellCenter(c, size), x2, input);
      const out = net.predictInto(input, s.out);
      for (let j = 0; j < pixels.length; j++) paintClass(pixels[j], r * size + c, j, out[j]);
    }
  }
}

/**
 * Networks made of the first l layers of a network, one per hidden layer: predicting with the
 * l-th gives every neuron of hidden layer l at once, through the engine's fast path.
 */
export class LayerProbes {
  private probes: Network[] = [];
  private outs: Float64Array[] = [];
  private readonly input = new Float64Array(7);
  private readonly params: Float64Array;

  constructor(private readonly net: Network) {
    this.params = new Float64Array(net.parameterCount);
    const json = net.toJSON();
    for (let l = 1; l < net.sizes.length - 1; l++) {
      this.probes.push(
        networkFromJSON({
          sizes: json.sizes.slice(0, l + 1),
          activations: json.activations.slice(0, l),
          weights: json.weights.slice(0, l),
          biases: json.biases.slice(0, l),
        }),
      );
      this.outs.push(new Float64Array(json.sizes[l]));
    }
  }

  /** Paints each hidden neuron's heat map: pixels[l - 1][j - 1] for neuron j of hidden layer l. */
  paint(
    features: readonly FeatureName[],
    discretize: boolean,
    pixels: Uint8ClampedArray[][],
  ): void {
    // Each probe's parameters are the first ones of the network's, in the engine's flat order.
    const params = this.net.getParams(this.params);
    const size = NEURON_GRID;
    const input = this.input.subarray(0, features.length);
    this.probes.forEach((probe, i) => {
      probe.setParams(params.subarray(0, probe.parameterCount));
      for (let r = 0; r < size; r++) {
        const x2 = -cellCenter(r, size);
        for (let c = 0; c < size; c++) {
          featurizeInto(features, cellCenter(c, size), x2, input);
          const out = probe.predictInto(input, this.outs[i]);
          for (let j = 0; j < pixels[i].length; j++)
            paint(pixels[i][j], r * size + c, out[j], discretize);
        }
      }
    });
  }
}

/** Paints one input feature's heat map (it never changes while training). */
export function paintFeature(
  feature: FeatureName,
  pixels: Uint8ClampedArray,
  size = NEURON_GRID,
): void {
  const one = new Float64Array(1);
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) {
      featurizeInto([feature], cellCenter(c, size), -cellCenter(r, size), one);
      paint(pixels, r * size + c, one[0] / DOMAIN, false);
    }
}

const REGION_NAMES = [
  ['top left', 'top', 'top right'],
  ['left', 'centre', 'right'],
  ['bottom left', 'bottom', 'bottom right'],
];

/** Words for the heat map: which ninths of the square the network gives to each class, or where the output is high and low. */
export function describeRegions(values: Float64Array, regression: boolean, size = GRID): string {
  const sums = Array.from({ length: 9 }, () => ({ pos: 0, total: 0, sum: 0 }));
  let positive = 0;
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) {
      const v = values[r * size + c];
      const cell =
        sums[Math.min(2, Math.floor((r * 3) / size)) * 3 + Math.min(2, Math.floor((c * 3) / size))];
      cell.total++;
      cell.sum += v;
      if (v >= 0) {
        cell.pos++;
        positive++;
      }
    }
  const name = (i: number) => REGION_NAMES[Math.floor(i / 3)][i % 3];
  if (regression) {
    const means = sums.map((s) => s.sum / s.total);
    const hi = means.indexOf(Math.max(...means));
    const lo = means.indexOf(Math.min(...means));
    return `The output is highest in the ${name(hi)} (mean ${means[hi].toFixed(2)}) and lowest in the ${name(lo)} (mean ${means[lo].toFixed(2)}).`;
  }
  const blue: string[] = [];
  const orange: string[] = [];
  const mixed: string[] = [];
  sums.forEach((s, i) =>
    (s.pos / s.total >= 0.7 ? blue : s.pos / s.total <= 0.3 ? orange : mixed).push(name(i)),
  );
  const pct = Math.round((100 * positive) / (size * size));
  const list = (a: string[]) => (a.length ? a.join(', ') : 'nowhere');
  return `Class 1 (blue) covers ${pct}% of the square: mostly ${list(blue)}. Class 0 (orange): mostly ${list(orange)}. Both classes: ${list(mixed)}.`;
}

/** Words for a three-class heat map (values hold each cell's class): each class's share of the square and where it wins. */
export function describeClasses(values: Float64Array, size = GRID): string {
  const share = [0, 0, 0];
  const cells = Array.from({ length: 9 }, () => [0, 0, 0]);
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) {
      const k = values[r * size + c];
      share[k]++;
      cells[Math.min(2, Math.floor((r * 3) / size)) * 3 + Math.min(2, Math.floor((c * 3) / size))][
        k
      ]++;
    }
  const name = (i: number) => REGION_NAMES[Math.floor(i / 3)][i % 3];
  const mixed: string[] = [];
  const parts = [0, 1, 2].map((k) => {
    const where: string[] = [];
    cells.forEach((n, i) => {
      const total = n[0] + n[1] + n[2];
      if (n[k] / total >= 0.7) where.push(name(i));
      else if (k === 0 && Math.max(...n) / total < 0.7) mixed.push(name(i));
    });
    const pct = Math.round((100 * share[k]) / (size * size));
    return `Class ${k} (${CLASS_NAMES[k]}) covers ${pct}%${where.length ? `, mostly ${where.join(', ')}` : ''}.`;
  });
  return `${parts.join(' ')} Mixed: ${mixed.length ? mixed.join(', ') : 'nowhere'}.`;
}
