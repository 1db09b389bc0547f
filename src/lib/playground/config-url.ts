import { optimizerNames } from '../../../engine/index.ts';
import { readUrlState, writeUrlState, type Schema } from '../url-state';
import {
  datasetNames,
  defaultConfig,
  fitConfig,
  hiddenActivations,
  hideableControls,
  learningRates,
  MAX_LAYERS,
  MAX_NEURONS,
  regularizationRates,
  type PlaygroundConfig,
} from './config-model';
import type { Point } from './data';
import { featureNames } from './features';
import { decodePoints, encodePoints } from './points-url';

/** A playground config in the page's URL: `?pg.dataset=spiral&pg.layers=4-4`, every bad value reported. */

/** The URL namespace: `?pg.dataset=spiral&pg.layers=4-4`. */
export const URL_ID = 'pg';

const scalarSchema = {
  dataset: { type: 'choice', values: datasetNames.filter((d) => d !== 'own'), label: 'dataset' },
  noise: { type: 'number', min: 0, max: 0.5, label: 'noise' },
  points: { type: 'number', min: 10, max: 1000, label: 'number of points' },
  testPercent: { type: 'number', min: 0, max: 50, label: 'test set percent' },
  dataSeed: { type: 'number', min: 0, max: 1e6, label: 'data seed' },
  activation: { type: 'choice', values: hiddenActivations, label: 'activation' },
  loss: { type: 'choice', values: ['bce', 'mse', 'crossEntropy'], label: 'loss' },
  optimizer: { type: 'choice', values: optimizerNames, label: 'optimizer' },
  learningRate: { type: 'choice', values: learningRates, label: 'learning rate' },
  batchSize: { type: 'number', min: 1, max: 1000, label: 'batch size' },
  regularization: { type: 'choice', values: ['none', 'l1', 'l2'], label: 'regularization' },
  regularizationRate: { type: 'choice', values: regularizationRates, label: 'regularization rate' },
  seed: { type: 'number', min: 0, max: 1e6, label: 'seed' },
} satisfies Schema;

type Scalars = { [K in keyof typeof scalarSchema]: PlaygroundConfig[K] };

/** Parses `a-b-c` lists: each item must be in `allowed` (or, for numbers, pass `check`). */
function parseList<T>(raw: string, item: (s: string) => T | null, max: number): T[] | null {
  if (raw.length > 120) return null;
  if (raw === '' || raw === 'none') return [];
  const parts = raw.split('-');
  if (parts.length > max) return null;
  const out: T[] = [];
  for (const p of parts) {
    const v = item(p);
    if (v === null) return null;
    out.push(v);
  }
  return out;
}

const neuronCount = (s: string) =>
  /^\d{1,2}$/.test(s) && +s >= 1 && +s <= MAX_NEURONS ? +s : null;
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (s: string): T | null =>
    (values as readonly string[]).includes(s) ? (s as T) : null;

/**
 * Reads a config from a URL's query string; every bad value falls back with a problem message.
 * Own points in the link (`pg.own`) come back as `ownPoints`, with the dataset set to `own`.
 */
export function readConfig(search: string): {
  config: PlaygroundConfig;
  problems: string[];
  ownPoints: Point[] | null;
} {
  const defaults = Object.fromEntries(
    Object.keys(scalarSchema).map((k) => [k, defaultConfig[k as keyof Scalars]]),
  );
  // layers, features and hide are lists, read below.
  const { state, problems } = readUrlState(search, URL_ID, scalarSchema, defaults as never, [
    'layers',
    'features',
    'hide',
  ]);
  const config: PlaygroundConfig = { ...defaultConfig, ...(state as unknown as Scalars) };
  const params = new URLSearchParams(search);
  const list = <T>(
    key: string,
    label: string,
    item: (s: string) => T | null,
    max: number,
    fallback: T[],
    extra?: (v: T[]) => boolean,
  ) => {
    const raw = params.get(`${URL_ID}.${key}`);
    if (raw === null) return fallback;
    const parsed = parseList(raw, item, max);
    if (parsed === null || (extra && !extra(parsed))) {
      problems.push(
        `${label}: “${raw.slice(0, 40)}” is not valid; kept ${fallback.join('-') || 'none'}.`,
      );
      return fallback;
    }
    return parsed;
  };
  config.layers = list(
    'layers',
    'hidden layers (0 to 6 sizes of 1 to 16, like 4-2)',
    neuronCount,
    MAX_LAYERS,
    defaultConfig.layers,
  );
  config.features = list(
    'features',
    'features',
    oneOf(featureNames),
    featureNames.length,
    defaultConfig.features,
    (v) => v.length > 0 && new Set(v).size === v.length,
  );
  config.hide = list(
    'hide',
    'hidden controls',
    oneOf(hideableControls),
    hideableControls.length,
    [],
  );
  for (const key of ['points', 'testPercent', 'dataSeed', 'seed', 'batchSize'] as const) {
    if (!Number.isInteger(config[key])) {
      problems.push(`${key}: “${config[key]}” is not a whole number; kept ${defaultConfig[key]}.`);
      config[key] = defaultConfig[key];
    }
  }
  const rawOwn = params.get(`${URL_ID}.own`);
  let ownPoints: Point[] | null = null;
  if (rawOwn !== null) {
    ownPoints = decodePoints(rawOwn);
    if (ownPoints === null || ownPoints.filter((p) => !p.test).length === 0) {
      problems.push(
        'own points: the points in this link are not valid; the generated data stand in.',
      );
      ownPoints = null;
    } else config.dataset = 'own';
  }
  return {
    config: fitConfig(config, problems, ownPoints?.some((p) => p.y === 2) ?? false),
    problems,
    ownPoints,
  };
}

/**
 * Writes a config into a URL (other parameters untouched; defaults left out), with own points
 * when they are given and fit in a link (see points-url.ts).
 */
export function writeConfig(
  url: string,
  config: PlaygroundConfig,
  ownPoints: readonly Point[] | null = null,
): string {
  const scalars = Object.fromEntries(
    Object.keys(scalarSchema).map((k) => [k, config[k as keyof Scalars]]),
  );
  const defaults = Object.fromEntries(
    Object.keys(scalarSchema).map((k) => [k, defaultConfig[k as keyof Scalars]]),
  );
  if (config.dataset === 'own') scalars.dataset = defaultConfig.dataset;
  const next = new URL(
    writeUrlState(
      url,
      URL_ID,
      scalars as Record<string, string | number>,
      defaults as Record<string, string | number>,
    ),
  );
  const setList = (key: string, value: string, fallback: string) =>
    value === fallback
      ? next.searchParams.delete(`${URL_ID}.${key}`)
      : next.searchParams.set(`${URL_ID}.${key}`, value);
  setList('layers', config.layers.join('-') || 'none', defaultConfig.layers.join('-'));
  setList('features', config.features.join('-'), defaultConfig.features.join('-'));
  setList('hide', config.hide.join('-'), '');
  const own = config.dataset === 'own' && ownPoints ? encodePoints(ownPoints) : null;
  if (own?.ok) next.searchParams.set(`${URL_ID}.own`, own.text);
  else next.searchParams.delete(`${URL_ID}.own`);
  return next.toString();
}
