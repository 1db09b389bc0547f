/**
 * npm run bench (second part): how long one epoch of the digit lab's default network takes in
 * Node, a 784-32-10 relu/softmax network on the bundled digits with batch size 32 (the workload of
 * digits.test.ts, which asserts its accuracy). Prints each epoch's time, the fastest (the first
 * carries the JIT's warm-up) and the test accuracy, with the machine's load so a slow figure can be
 * read in context. The digit lab's target is an epoch under 2 s.
 */
import { availableParallelism, loadavg } from 'node:os';
import { accuracy, createTrainer, datasets, mlp, setDigitsSource } from '../engine/index.ts';
import { digitsBytes } from '../src/integrations/digits-data.ts';

setDigitsSource(async () => digitsBytes());
const { train, test } = await datasets.digits();
const net = mlp([784, 32, 10], { activation: 'relu', output: 'softmax', seed: 1 });
const trainer = createTrainer(net, train, {
  loss: 'crossEntropy',
  learningRate: 0.1,
  batchSize: 32,
  seed: 1,
});
const times: number[] = [];
for (let epoch = 0; epoch < 3; epoch++) {
  const start = performance.now();
  trainer.runEpoch();
  times.push(performance.now() - start);
}
const load = loadavg()[0].toFixed(1);
console.log(
  `digits 784-32-10 on ${train.inputs.length} images, batch 32: epochs ${times
    .map((t) => `${t.toFixed(0)} ms`)
    .join(
      ', ',
    )}; fastest ${Math.min(...times).toFixed(0)} ms (target < 2000 ms); test accuracy ${accuracy(net, test)}` +
    ` (load ${load} on ${availableParallelism()} cores)`,
);
