import { describe, expect, it } from 'vitest';
import { defaultConfig, type PlaygroundConfig } from '../../src/lib/playground/config-model';
import { readConfig, writeConfig } from '../../src/lib/playground/config-url';

describe('playground config in the URL', () => {
  it('writeConfig then readConfig gives the same config back, with pg.-namespaced keys', () => {
    const config: PlaygroundConfig = {
      ...defaultConfig,
      dataset: 'spiral',
      noise: 0.25,
      points: 300,
      testPercent: 30,
      dataSeed: 7,
      features: ['x1', 'x2', 'sinx1', 'x1x2'],
      layers: [16, 3, 1],
      activation: 'relu',
      loss: 'mse',
      optimizer: 'adam',
      learningRate: '0.003',
      batchSize: 25,
      regularization: 'l2',
      regularizationRate: '0.001',
      seed: 42,
      hide: ['math', 'architecture'],
    };
    const url = writeConfig('https://x.test/playground/?other=1', config);
    expect(new URL(url).searchParams.get('pg.layers')).toBe('16-3-1');
    expect(new URL(url).searchParams.get('other')).toBe('1');
    expect(readConfig(new URL(url).search)).toEqual({ config, problems: [], ownPoints: null });
  });

  it('every optimizer the engine has can be chosen by link, RMSProp among them', () => {
    const url = writeConfig('https://x.test/p/', { ...defaultConfig, optimizer: 'rmsprop' });
    expect(new URL(url).searchParams.get('pg.optimizer')).toBe('rmsprop');
    expect(readConfig(new URL(url).search).config.optimizer).toBe('rmsprop');
  });

  it('the defaults write an empty query, and no hidden layers is written "none"', () => {
    expect(writeConfig('https://x.test/p/', defaultConfig)).toBe('https://x.test/p/');
    const url = writeConfig('https://x.test/p/', { ...defaultConfig, layers: [] });
    expect(readConfig(new URL(url).search).config.layers).toEqual([]);
  });

  it('a hostile link falls back to the defaults field by field, each with a message', () => {
    const search =
      '?pg.dataset=<script>&pg.layers=99-1&pg.features=x1-x1&pg.points=1e9&pg.lr=1&pg.learningRate=7&pg.hide=everything&pg.seed=1.5&pg.activation=relu';
    const { config, problems } = readConfig(search);
    expect(config).toEqual({ ...defaultConfig, activation: 'relu' });
    expect(problems).toHaveLength(8);
    expect(problems.join('\n')).toMatch(/dataset: “<script>” is not one of/);
    // pg.lr is not a playground setting (learningRate is): said, not silently dropped.
    expect(problems).toContain('“lr” is not a setting of this widget; ignored.');
    expect(problems.join('\n')).toMatch(/hidden layers .*“99-1” is not valid; kept 8-8/);
  });

  it('a batch size above the training set is lowered to it, and regression sets use MSE', () => {
    const { config, problems } = readConfig('?pg.points=50&pg.batchSize=45&pg.dataset=hill');
    expect(config.batchSize).toBe(40);
    expect(config.loss).toBe('mse');
    expect(problems).toEqual(['batch size: 45 is more than the 40 training points; used 40.']);
  });
});
