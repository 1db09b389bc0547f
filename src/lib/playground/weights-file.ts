import { networkFromJSON, type Network, type NetworkJSON } from '../../../engine/index.ts';
import { hiddenActivations, MAX_LAYERS, MAX_NEURONS, type HiddenActivation } from './config-model';
import { featureNames, type FeatureName } from './features';

/** The weights file's format name, so that a stray JSON file is recognised as not ours. */
export const WEIGHTS_FORMAT = 'neural-notebook-playground-weights';

/** A saved network with the features it was trained on. */
export interface WeightsFile {
  format: typeof WEIGHTS_FORMAT;
  version: 1;
  features: FeatureName[];
  network: NetworkJSON;
}

/** The network and its features as a JSON text to download. */
export function weightsToJson(net: Network, features: readonly FeatureName[]): string {
  const file: WeightsFile = {
    format: WEIGHTS_FORMAT,
    version: 1,
    features: [...features],
    network: net.toJSON(),
  };
  return JSON.stringify(file, null, 1);
}

/** What loading a weights file gives: the network and what the playground must set to use it. */
export type LoadedWeights =
  | {
      ok: true;
      net: Network;
      features: FeatureName[];
      layers: number[];
      activation: HiddenActivation;
    }
  | { ok: false; message: string };

/** Reads a weights file; anything wrong is a message, and nothing is changed then. */
export function weightsFromJson(text: string): LoadedWeights {
  let file: Partial<WeightsFile>;
  try {
    file = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `This is not JSON: ${(error as Error).message}` };
  }
  if (file === null || typeof file !== 'object' || file.format !== WEIGHTS_FORMAT) {
    return {
      ok: false,
      message: `This is not a playground weights file (its "format" should be "${WEIGHTS_FORMAT}").`,
    };
  }
  const features = file.features;
  if (
    !Array.isArray(features) ||
    features.length === 0 ||
    !features.every((f) => featureNames.includes(f))
  ) {
    return { ok: false, message: `"features" should list some of ${featureNames.join(', ')}.` };
  }
  let net: Network;
  try {
    net = networkFromJSON(file.network as NetworkJSON);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const sizes = net.sizes;
  const layers = sizes.slice(1, -1);
  if (sizes[0] !== features.length)
    return {
      ok: false,
      message: `The network has ${sizes[0]} inputs but ${features.length} features are listed.`,
    };
  const outputs = sizes[sizes.length - 1];
  if (outputs !== 1 && outputs !== 3)
    return {
      ok: false,
      message: `The playground's networks have 1 output (or 3, for three classes); this one has ${outputs}.`,
    };
  if (layers.length > MAX_LAYERS || layers.some((n) => n > MAX_NEURONS)) {
    return {
      ok: false,
      message: `The playground takes up to ${MAX_LAYERS} hidden layers of up to ${MAX_NEURONS} neurons; this network is ${sizes.join('-')}.`,
    };
  }
  const names = net.activations.map((a) => a.name);
  const hidden = (names[0] ?? 'tanh') as HiddenActivation;
  if (
    layers.length > 0 &&
    (!hiddenActivations.includes(hidden) || names.slice(0, -1).some((n) => n !== hidden))
  ) {
    return {
      ok: false,
      message: `The hidden layers must share one of ${hiddenActivations.join(', ')}; this file has ${names.slice(0, -1).join(', ')}.`,
    };
  }
  const output = names[names.length - 1];
  if (outputs === 1 && output !== 'sigmoid' && output !== 'linear')
    return {
      ok: false,
      message: `The output activation of one output must be sigmoid or linear, got ${output}.`,
    };
  if (outputs === 3 && output !== 'softmax')
    return {
      ok: false,
      message: `The output activation of three outputs must be softmax, got ${output}.`,
    };
  return {
    ok: true,
    net,
    features: [...features],
    layers,
    activation: layers.length > 0 ? hidden : 'tanh',
  };
}
