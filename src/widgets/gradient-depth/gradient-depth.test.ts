import { describe, expect, it } from 'vitest';
import { activations, datasets, layerGradients, mlp } from '../../../engine/index.ts';
import {
  DEPTH_ACTIVATIONS,
  DEPTH_INITS,
  depthData,
  depthNetwork,
  depthRun,
  GRADIENT_DEPTH,
  layerChain,
  pathSlopes,
  relativeToOutput,
  type DepthInit,
} from './gradient-depth';
import { DEPTH_CHART, isPowerOfTen, layerAtFraction } from './gradient-depth-chart';

describe('depthRun(activation, depth, init)', () => {
  it('is the engine’s layerGradients of a 2-8-...-8-1 network on the fixed moons', () => {
    const run = depthRun('tanh', 4, 'he');
    expect(run.net.sizes).toEqual([2, 8, 8, 8, 8, 1]);
    const net = mlp([2, 8, 8, 8, 8, 1], {
      activation: 'tanh',
      output: 'sigmoid',
      init: 'he',
      seed: GRADIENT_DEPTH.seed,
    });
    expect(run.stats).toEqual(layerGradients(net, datasets.moons(GRADIENT_DEPTH.data), 'bce'));
    expect(run.stats).toHaveLength(5);
  });

  it('builds every activation, depth and init the widget offers', () => {
    for (const activation of DEPTH_ACTIVATIONS)
      for (const init of Object.keys(DEPTH_INITS) as DepthInit[]) {
        const net = depthNetwork(activation, GRADIENT_DEPTH.maxDepth, init);
        expect(net.sizes).toHaveLength(GRADIENT_DEPTH.maxDepth + 2);
        expect(net.activations[0].name).toBe(activation);
      }
  });

  it('shows the first sigmoid layer getting under a thousandth of the output layer’s gradient', () => {
    const { activation, depth, init } = GRADIENT_DEPTH.start;
    const run = depthRun(activation, depth, init);
    expect(relativeToOutput(run, depth + 1)).toBe(1);
    expect(relativeToOutput(run, 1)).toBeLessThan(1e-3);
    // With ReLU and He the same depth keeps every layer within a factor of ten of the output.
    const relu = depthRun('relu', depth, 'he');
    for (let l = 1; l <= depth; l++) {
      expect(relativeToOutput(relu, l)).toBeGreaterThan(0.1);
      expect(relativeToOutput(relu, l)).toBeLessThan(10);
    }
  });
});

describe('layerChain(run, layer)', () => {
  it('is the engine’s gradient of w(l)_11 for the first example, with a sigmoid slope of at most 1/4 per layer above', () => {
    const run = depthRun('sigmoid', 3, 'xavier');
    const data = depthData();
    const all = run.net.gradients(data.inputs[0], data.targets[0], 'bce');
    for (let l = 1; l <= 4; l++) {
      const chain = layerChain(run, l);
      expect(chain.value).toBe(all.weights[l - 1][0][0]);
      const slopes = chain.steps.flatMap((s) =>
        s.kind === 'activationDerivative' ? [s.result] : [],
      );
      expect(slopes.length).toBeGreaterThanOrEqual(5 - l);
      for (const slope of slopes) expect(slope).toBeLessThanOrEqual(activations.sigmoid.df(0));
    }
  });
});

describe('pathSlopes(run, layer)', () => {
  it('lists the slopes the chain-rule steps use, from the output layer down to the layer', () => {
    const run = depthRun('sigmoid', 5, 'xavier');
    const path = pathSlopes(run, 2);
    expect(path.map((p) => p.layer)).toEqual([6, 5, 4, 3, 2]);
    const stepped = layerChain(run, 2).steps.flatMap((s) =>
      s.kind === 'activationDerivative' ? [s.result] : [],
    );
    for (const p of path) {
      expect(stepped).toContain(p.slope);
      expect(p.slope).toBe(activations.sigmoid.df(p.z));
    }
  });
});

describe('layerAtFraction(fraction, layers)', () => {
  it('maps the plot area’s left and right edges to the first and last layer, and clamps outside', () => {
    const { width, marginLeft, marginRight } = DEPTH_CHART;
    const left = marginLeft / width;
    const right = (width - marginRight) / width;
    expect(layerAtFraction(left + 0.001, 9)).toBe(1);
    expect(layerAtFraction(right - 0.001, 9)).toBe(9);
    expect(layerAtFraction(0, 9)).toBe(1);
    expect(layerAtFraction(1, 9)).toBe(9);
    expect(layerAtFraction((left + right) / 2, 9)).toBe(5);
  });
});

describe('isPowerOfTen(d)', () => {
  it('is true for the log axis ticks worth a label only', () => {
    for (const d of [1e-7, 0.001, 1, 10, 1e4]) expect(isPowerOfTen(d)).toBe(true);
    for (const d of [2e-7, 0.005, 3, 20]) expect(isPowerOfTen(d)).toBe(false);
  });
});
