import { describe, expect, it } from 'vitest';
import {
  accuracy,
  confusionMatrix,
  createTrainer,
  datasets,
  decodeDigits,
  encodeDigits,
  mlp,
  setDigitsSource,
} from '../../engine/index.ts';
import { digitsAsset, digitsBytes, DIGITS_TRAIN } from '../../src/integrations/digits-data.ts';

describe('the digits format', () => {
  it('encodeDigits() and decodeDigits() round-trip labels and 16 grey levels', () => {
    const pixels = new Uint8Array(2 * 784);
    pixels[0] = 255;
    pixels[1] = 128; // 128 * 15 / 255 = 7.53, kept as level 8 of 15
    pixels[784 + 783] = 17;
    const bytes = encodeDigits(pixels, [7, 2], 1);
    expect(bytes.length).toBe(16 + 2 + 784);
    const d = decodeDigits(bytes);
    expect(d.trainLabels).toEqual([7]);
    expect(d.testLabels).toEqual([2]);
    expect(d.train.targets[0]).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(d.train.inputs[0].slice(0, 3)).toEqual([1, 8 / 15, 0]);
    expect(d.test.inputs[0][783]).toBe(1 / 15);
  });

  it('decodeDigits() says what is wrong with a bad file', () => {
    const good = encodeDigits(new Uint8Array(784), [1], 1);
    expect(() =>
      decodeDigits(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])),
    ).toThrow(
      'decodeDigits: expected the digits asset to start with "NNDG"; is it still gzipped, or another file?',
    );
    expect(() => decodeDigits(good.subarray(0, 100))).toThrow(
      'decodeDigits: expected 409 bytes for 1 digits, got 100; the asset is truncated or corrupt',
    );
  });

  it('datasets.digits() needs a source, uses it once, and retries after a failure', async () => {
    setDigitsSource(() => Promise.reject(new Error('offline')));
    await expect(datasets.digits()).rejects.toThrow('offline');
    let calls = 0;
    const bytes = encodeDigits(new Uint8Array(2 * 784), [3, 4], 1);
    setDigitsSource(async () => {
      calls++;
      return bytes;
    });
    const a = await datasets.digits();
    const b = await datasets.digits();
    expect(calls).toBe(1);
    expect(a.trainLabels).toEqual([3]);
    expect(a.train.inputs[0]).not.toBe(b.train.inputs[0]); // fresh arrays each call
  });
});

describe('the MNIST digits from the mnist package', () => {
  it(
    'convert to 8,000 training and 2,000 test digits of every class, under 1.5 MB gzipped',
    { timeout: 60_000 },
    () => {
      const d = decodeDigits(digitsBytes());
      expect(d.train.inputs.length).toBe(DIGITS_TRAIN);
      expect(d.test.inputs.length).toBe(2000);
      for (const labels of [d.trainLabels, d.testLabels]) {
        const counts = new Array(10).fill(0);
        for (const l of labels) counts[l]++;
        // About a tenth of each set per class, from the one fixed shuffle.
        expect(Math.min(...counts)).toBeGreaterThan(labels.length * 0.07);
      }
      const size = digitsAsset().length;
      console.log(`digits asset: ${size} bytes gzipped (${digitsBytes().length} unpacked)`);
      expect(size).toBeLessThan(1.5e6);
    },
  );

  it(
    'a 784-32-10 network reaches 90% test accuracy after 3 epochs (seed 1)',
    { timeout: 120_000 },
    async () => {
      setDigitsSource(async () => digitsBytes());
      const { train, test } = await datasets.digits();
      const net = mlp([784, 32, 10], { activation: 'relu', output: 'softmax', seed: 1 });
      const trainer = createTrainer(net, train, {
        loss: 'crossEntropy',
        learningRate: 0.1,
        batchSize: 32,
        seed: 1,
      });
      // How long an epoch takes is a figure for `npm run bench` (bench/digits-bench.ts), not a
      // test: it depends on the machine and on what else runs on it.
      for (let epoch = 0; epoch < 3; epoch++) trainer.runEpoch();
      const acc = accuracy(net, test);
      expect(acc).toBeGreaterThanOrEqual(0.9);
      expect(trainer.diverged).toBe(false);
      const m = confusionMatrix(net, test);
      expect(m.counts.flat().reduce((s, c) => s + c, 0)).toBe(2000);
      expect(m.correct / m.total).toBe(acc);
    },
  );
});
