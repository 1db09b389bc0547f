/**
 * npm run bench (second part): one epoch of the digit lab's default network, a 784-32-10
 * relu/softmax network with cross-entropy, plain gradient descent (eta 0.1) and batch size 32, on
 * the bundled 8,000 training digits, in the engine and in TensorFlow.js (pure-JS CPU backend) side
 * by side in one process, from the same initial weights. Per contender: each epoch's time, the
 * fastest (the first carries the JIT's warm-up), the heap left after an epoch and a full garbage
 * collection (memory an epoch keeps; run with --expose-gc, as `npm run bench` does) and the test
 * accuracy, so a fast but wrong run shows. The digit lab's target is an epoch under 2 s.
 */
import { availableParallelism, loadavg } from 'node:os';
import * as tf from '@tensorflow/tfjs';
import { accuracy, createTrainer, datasets, mlp, setDigitsSource } from '../engine/index.ts';
import type { Dataset, NetworkWeights } from '../engine/index.ts';
import { digitsBytes } from '../src/integrations/digits-data.ts';

const EPOCHS = 3;
const BATCH = 32;
const ETA = 0.1;

setDigitsSource(async () => digitsBytes());
const { train, test } = await datasets.digits();
const init = () => mlp([784, 32, 10], { activation: 'relu', output: 'softmax', seed: 1 });

/** The heap in use after a full collection, in MB (NaN without --expose-gc). */
function settledHeapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return NaN;
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

interface Run {
  times: number[];
  /** Heap growth over the epochs after the first, per epoch, in MB. */
  keptPerEpochMb: number;
  accuracy: number;
}

function measure(epoch: () => void, accuracyNow: () => number): Run {
  const times: number[] = [];
  const heaps: number[] = [];
  for (let e = 0; e < EPOCHS; e++) {
    const start = performance.now();
    epoch();
    times.push(performance.now() - start);
    heaps.push(settledHeapMb());
  }
  return {
    times,
    keptPerEpochMb: (heaps[EPOCHS - 1] - heaps[0]) / (EPOCHS - 1),
    accuracy: accuracyNow(),
  };
}

function engineRun(): Run {
  const net = init();
  const trainer = createTrainer(net, train, {
    loss: 'crossEntropy',
    learningRate: ETA,
    batchSize: BATCH,
    seed: 1,
  });
  return measure(
    () => trainer.runEpoch(),
    () => accuracy(net, test),
  );
}

function tfRun(weights: NetworkWeights, data: Dataset): Run {
  const vars = weights.weights.map((rows, l) => ({
    // tfjs multiplies row vectors by [in, out] matrices: transpose our [out][in] rows.
    w: tf.variable(tf.tensor2d(rows).transpose()),
    b: tf.variable(tf.tensor1d(weights.biases[l])),
  }));
  const forward = (x: tf.Tensor) =>
    vars.reduce(
      (a, v, l) =>
        l === vars.length - 1 ? a.matMul(v.w).add(v.b) : tf.relu(a.matMul(v.w).add(v.b)),
      x,
    );
  const X = tf.tensor2d(data.inputs);
  const Y = tf.tensor2d(data.targets);
  const opt = tf.train.sgd(ETA);
  const n = data.inputs.length;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const run = measure(
    () => {
      tf.util.shuffle(order);
      for (let start = 0; start < n; start += BATCH) {
        const end = Math.min(n, start + BATCH);
        tf.tidy(() => {
          const idx = tf.tensor1d(order.subarray(start, end), 'int32');
          const xb = tf.gather(X, idx);
          const yb = tf.gather(Y, idx);
          // Softmax and cross-entropy from the logits, as the engine computes them.
          opt.minimize(() => tf.losses.softmaxCrossEntropy(yb, forward(xb)) as tf.Scalar);
        });
      }
    },
    () =>
      tf.tidy(() => {
        const predicted = forward(tf.tensor2d(test.inputs)).argMax(1);
        const truth = tf.tensor2d(test.targets).argMax(1);
        return predicted.equal(truth).mean().dataSync()[0];
      }),
  );
  tf.dispose([X, Y, ...vars.flatMap((v) => [v.w, v.b])]);
  opt.dispose();
  return run;
}

await tf.setBackend('cpu');
await tf.ready();
const load = loadavg()[0].toFixed(1);
const engine = engineRun();
const tfjs = tfRun(init().getWeights(), train);
const fastest = (r: Run) => Math.min(...r.times);
const line = (name: string, r: Run) =>
  `  ${name}: epochs ${r.times.map((t) => `${t.toFixed(0)} ms`).join(', ')}; fastest ${fastest(r).toFixed(0)} ms; ` +
  `heap kept per epoch ${r.keptPerEpochMb.toFixed(2)} MB; test accuracy ${r.accuracy.toFixed(4)}`;
console.log(
  `digits 784-32-10 relu/softmax, cross-entropy, batch ${BATCH}, eta ${ETA}, ${train.inputs.length} images (load ${load} on ${availableParallelism()} cores):`,
);
console.log(line('engine          ', engine));
console.log(line('TensorFlow.js cpu', tfjs));
console.log(
  `  engine / TensorFlow.js, fastest epoch: ${(fastest(engine) / fastest(tfjs)).toFixed(2)}x (target < 1; the lab's target: an epoch < 2000 ms)`,
);
