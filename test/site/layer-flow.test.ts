import { describe, expect, it } from 'vitest';
import { toText } from '../../engine/index.ts';
import {
  layerFlowModel,
  layerName,
  layerSteps,
  neuronSteps,
  probeGap,
  stepIndex,
} from '../../src/lib/layer-flow';

describe('layerFlowModel()', () => {
  it('trains the same 2-3-2-1 network every time, and it classifies its training points', () => {
    const a = layerFlowModel();
    const b = layerFlowModel();
    expect(a.net.sizes).toEqual([2, 3, 2, 1]);
    expect(a.net.getWeights()).toEqual(b.net.getWeights());
    expect(a.accuracy).toBeGreaterThan(0.95);
    expect(a.data.inputs).toHaveLength(200);
  });
});

describe('neuronSteps(sizes, steps, layer, j)', () => {
  const { net } = layerFlowModel();
  const out = net.forward([0.2, -0.1]);

  it("picks each neuron's weighted sum and activation, which agree with forward()'s z and a", () => {
    for (let l = 1; l < net.sizes.length; l++) {
      for (let j = 1; j <= net.sizes[l]; j++) {
        const [sum, act] = neuronSteps(net.sizes, out.steps, l, j);
        expect(sum.kind).toBe('weightedSum');
        expect(act.kind).toBe('activation');
        expect(sum.result).toBe(out.z[l - 1][j - 1]);
        expect(act.result).toBe(out.a[l - 1][j - 1]);
        expect(toText(sum)).toMatch(new RegExp(`^z\\(${l}\\)_${j} = `));
      }
    }
  });

  it('stepIndex(sizes, layer, j) counts two steps per earlier neuron', () => {
    expect(stepIndex([2, 3, 2, 1], 1, 1)).toBe(0);
    expect(stepIndex([2, 3, 2, 1], 2, 1)).toBe(6);
    expect(stepIndex([2, 3, 2, 1], 3, 1)).toBe(10);
  });

  it('layerSteps(sizes, steps, layer) returns the whole layer and nothing else', () => {
    expect(layerSteps(net.sizes, out.steps, 1)).toHaveLength(6);
    expect(layerSteps(net.sizes, out.steps, 2)).toHaveLength(4);
    expect(layerSteps(net.sizes, out.steps, 3)).toEqual(out.steps.slice(10));
  });
});

describe('layerName(sizes, layer)', () => {
  it('names the input, hidden and output layers', () => {
    expect([0, 1, 2, 3].map((l) => layerName([2, 3, 2, 1], l))).toEqual([
      'input layer',
      'hidden layer 1',
      'hidden layer 2',
      'output layer',
    ]);
  });
});

describe('probeGap(net, radius, directions)', () => {
  const { net } = layerFlowModel();
  const out = (x: number, y: number) => net.forward([x, y]).output[0];

  it('counts the probe points called inside and agrees with forward() at each of them', () => {
    const p = probeGap(net, 0.6, 8);
    const outputs = Array.from({ length: 8 }, (_, k) => {
      const t = (2 * Math.PI * k) / 8;
      return out(0.6 * Math.cos(t), 0.6 * Math.sin(t));
    });
    expect(p.wronglyInside).toBe(outputs.filter((v) => v > 0.5).length);
    expect(p.maxOutput).toBe(Math.max(...outputs));
    expect(p.minOutput).toBe(Math.min(...outputs));
  });

  it("finds the lesson's point: the trained network gives confident wrong answers in the empty band", () => {
    // Lesson 1 says so with these numbers; were the network to stop doing it, the text would be wrong.
    const p = probeGap(net);
    expect(p.wronglyInside).toBeGreaterThan(0);
    expect(p.maxOutput).toBeGreaterThan(0.9);
    expect(out(-0.6, 0)).toBeGreaterThan(0.5);
    expect(out(0.6, 0)).toBeLessThan(0.5);
    expect(p.boundaryMin).toBeGreaterThan(0.5);
    expect(p.boundaryMax).toBeLessThan(0.7);
  });

  it('each boundary radius is where the output crosses 0.5 along its direction', () => {
    const p = probeGap(net, 0.6, 1);
    expect(out(p.boundaryMin - 1e-6, 0)).toBeGreaterThan(0.5);
    expect(out(p.boundaryMin + 1e-6, 0)).toBeLessThanOrEqual(0.5);
  });
});
