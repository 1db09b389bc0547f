import { networkFromJSON, type Network } from '../../../engine/index.ts';
import { DOMAIN } from './data';
import { paint, paintClass, type HeatPalette } from './heatmap-colors';
import { cellCenter, forEachPrediction, GRID, NEURON_GRID, type GridScratch } from './heatmap-grid';
import { featurizeInto, type FeatureName } from './features';

/** Painting the heat maps: the output's, each neuron's and each input feature's. */

/** Predicts every cell of the output grid with `predictInto` and paints it. */
export function paintOutput(
  net: Network,
  features: readonly FeatureName[],
  regression: boolean,
  discretize: boolean,
  pixels: Uint8ClampedArray,
  palette: HeatPalette,
  s: GridScratch,
  size = GRID,
): void {
  const input = s.input.subarray(0, features.length);
  forEachPrediction(net, features, input, s.out, size, (cell, out) => {
    if (out.length === 3) {
      // The winning class's colour, from grey at a three-way tie (1/3) to full at certainty.
      const best = out[0] >= out[1] ? (out[0] >= out[2] ? 0 : 2) : out[1] >= out[2] ? 1 : 2;
      s.values[cell] = best;
      paintClass(pixels, cell, best, discretize ? 1 : (out[best] - 1 / 3) * 1.5, palette);
      return;
    }
    const v = regression ? out[0] : 2 * out[0] - 1;
    s.values[cell] = v;
    paint(pixels, cell, v, discretize, palette);
  });
}

/** Paints each softmax output neuron's own heat map: its class's colour at the strength of its probability. */
export function paintOutputNeurons(
  net: Network,
  features: readonly FeatureName[],
  pixels: Uint8ClampedArray[],
  palette: HeatPalette,
  s: GridScratch,
  size = NEURON_GRID,
): void {
  const input = s.input.subarray(0, features.length);
  forEachPrediction(net, features, input, s.out, size, (cell, out) => {
    for (let j = 0; j < pixels.length; j++) paintClass(pixels[j], cell, j, out[j], palette);
  });
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
    palette: HeatPalette,
  ): void {
    // Each probe's parameters are the first ones of the network's, in the engine's flat order.
    const params = this.net.getParams(this.params);
    const size = NEURON_GRID;
    const input = this.input.subarray(0, features.length);
    this.probes.forEach((probe, i) => {
      probe.setParams(params.subarray(0, probe.parameterCount));
      forEachPrediction(probe, features, input, this.outs[i], size, (cell, out) => {
        for (let j = 0; j < pixels[i].length; j++)
          paint(pixels[i][j], cell, out[j], discretize, palette);
      });
    });
  }
}

/** Paints one input feature's heat map (it never changes while training). */
export function paintFeature(
  feature: FeatureName,
  pixels: Uint8ClampedArray,
  palette: HeatPalette,
  size = NEURON_GRID,
): void {
  const one = new Float64Array(1);
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) {
      featurizeInto([feature], cellCenter(c, size), -cellCenter(r, size), one);
      paint(pixels, r * size + c, one[0] / DOMAIN, false, palette);
    }
}
