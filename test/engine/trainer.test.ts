import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/lib/typeset';
import { createTrainer, datasets, gates, mlp, toLatex, train } from '../../engine/index.ts';
import { expectClose } from '../helpers/expect-close.ts';
import { flatParams, line, meanGradient } from '../helpers/params.ts';

describe('createTrainer', () => {
  it('createTrainer().step() makes one update per call and reports epochs as they end', () => {
    const t = createTrainer(mlp([2, 2, 1], { seed: 1 }), gates.XOR, {
      loss: 'mse',
      learningRate: 0.5,
      batchSize: 3,
    });
    const a = t.step();
    expect([a.epoch, a.batch, a.samples, a.epochEnded]).toEqual([1, 1, 3, null]);
    const b = t.step();
    expect([b.epoch, b.batch, b.samples]).toEqual([1, 2, 1]);
    expect(b.epochEnded?.epoch).toBe(1);
    expect(t.updates).toBe(2);
    expect(t.epoch).toBe(1);
    expect(t.step().epoch).toBe(2);
  });

  it('createTrainer() stepping and train() give identical networks', () => {
    const data = datasets.moons({ n: 50, noise: 0.1, seed: 2 });
    const opts = {
      loss: 'bce' as const,
      learningRate: 0.1,
      batchSize: 7,
      optimizer: 'adam' as const,
      seed: 3,
    };
    const a = mlp([2, 5, 1], { seed: 2 });
    const b = mlp([2, 5, 1], { seed: 2 });
    const r = train(a, data, { ...opts, epochs: 4 });
    const t = createTrainer(b, data, opts);
    while (t.epoch < 4) t.step({ explain: t.updates % 5 === 0 });
    expect(flatParams(b)).toEqual(flatParams(a));
    expect(t.history).toEqual(r.history);
  });

  it('step({ explain: true }) returns the batch average and the update of every parameter', () => {
    const net = mlp([2, 2, 1], { seed: 1 });
    const before = flatParams(net);
    const t = createTrainer(net, gates.XOR, { loss: 'mse', learningRate: 0.5, batchSize: 4 });
    const u = t.step({ explain: true });
    const g = meanGradient(mlp([2, 2, 1], { seed: 1 }), gates.XOR, 'mse');
    expect(u.steps).toHaveLength(2 * net.parameterCount);
    const averages = u.steps.filter((s) => s.kind === 'average');
    const updates = u.steps.filter((s) => s.kind === 'update');
    expectClose(
      averages.map((s) => s.result),
      g,
      1e-12,
    );
    expect(updates.map((s) => s.kind === 'update' && s.old)).toEqual(before);
    expect(updates.map((s) => s.result)).toEqual(flatParams(net));
    expect(averages[0].kind === 'average' && averages[0].values).toHaveLength(4);
    expect(toLatex(updates[0], { symbolic: true })).toMatch(
      /^w\^\{\(1\)\}_\{11\} \\leftarrow w\^\{\(1\)\}_\{11\} - \\eta \\frac\{\\partial L\}\{\\partial w\^\{\(1\)\}_\{11\}\} = /,
    );
    for (const s of u.steps) expect(() => typeset(toLatex(s, { symbolic: true }))).not.toThrow();
  });

  it('step({ explain: true }) with momentum, rmsprop and adam emits their update kinds, rendering as MathML', () => {
    for (const [optimizer, kind] of [
      ['momentum', 'momentumUpdate'],
      ['rmsprop', 'rmspropUpdate'],
      ['adam', 'adamUpdate'],
    ] as const) {
      const t = createTrainer(mlp([2, 2, 1], { seed: 1 }), gates.XOR, {
        loss: 'bce',
        learningRate: 0.5,
        batchSize: 2,
        optimizer,
      });
      t.step();
      const u = t.step({ explain: true });
      const ups = u.steps.filter((s) => s.kind === kind);
      expect(ups).toHaveLength(9);
      for (const s of ups) expect(() => typeset(toLatex(s, { symbolic: true }))).not.toThrow();
    }
  });

  it('a diverged trainer stops: step() reports diverged, loss null, and changes nothing', () => {
    const net = mlp([1, 1], { activation: 'linear', output: 'linear', seed: 1 });
    const t = createTrainer(net, line, { loss: 'mse', learningRate: 10, batchSize: 20 });
    let u = t.step();
    while (!u.diverged) u = t.step();
    expect(u.loss).toBeNull();
    expect(t.divergedAtEpoch).toBe(t.epoch + 1);
    const params = flatParams(net);
    expect(t.step()).toMatchObject({ diverged: true, loss: null, samples: 0 });
    expect(t.runEpoch()).toBeNull();
    expect(flatParams(net)).toEqual(params);
  });
});

describe('fast path allocation', () => {
  it('runEpoch() allocates nothing per sample for tanh/BCE/sgd and relu/MSE/adam (V8 sampling heap profiler in a child process)', () => {
    // Load on the machine must not change the figure. The sampling interval is constant instead of
    // random, and V8 optimises hot functions on the main thread instead of a background thread that
    // a busy machine starves (until it runs, unoptimised code boxes numbers: bytes per sample that
    // belong to the machine, not to runEpoch). Warm-up can only add allocation, never remove it, so
    // the least of up to three runs is the figure.
    const flags = ['--no-concurrent-recompilation', '--sampling-heap-profiler-suppress-randomness'];
    const probe = (mode: string) =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [...flags, 'test/engine/fixtures/allocation-probe.ts', mode],
          { encoding: 'utf8', timeout: 120_000 },
        ),
      ) as { samples: number; bytesPerSample: number; diverged: boolean };
    const limit = 2; // one boxed number per sample would be 16 bytes
    for (const mode of ['fast', 'relu-adam']) {
      const runs: number[] = [];
      while (runs.length < 3 && !(Math.min(...runs) < limit)) {
        const run = probe(mode);
        expect(run.diverged).toBe(false);
        runs.push(run.bytesPerSample);
      }
      expect(
        Math.min(...runs),
        `${mode}: bytes per sample in each run ${runs.join(', ')}`,
      ).toBeLessThan(limit);
    }
    // The probe is sensitive: one small object per activation call shows up as hundreds of bytes.
    expect(probe('control').bytesPerSample).toBeGreaterThan(100);
  }, 400_000);
});
