/**
 * npm run bench: the engine against a hand-written Float64Array loop and TensorFlow.js (pure-JS
 * CPU backend) on the three workloads of the engine issue, on the same data, initial weights,
 * learning rate and sample order. Prints the median time of each and the ratios.
 *
 * All three do the same work per epoch: shuffle (mini-batch cases), forward and backward every
 * sample, one plain gradient-descent update per batch, and record the epoch's loss (the engine and
 * the hand loop also its accuracy; tfjs reads its loss back once per batch). The hand loop
 * shuffles with the same mulberry32 draws as the engine, so both must end at the same loss: the
 * table's last column checks that, so a fast but wrong engine cannot pass unnoticed.
 */
import { availableParallelism, loadavg } from 'node:os';
import * as tf from '@tensorflow/tfjs';
import { datasets, gates, mlp, train } from '../engine/index.ts';
import type { Dataset, NetworkWeights } from '../engine/index.ts';

type Act = 'sigmoid' | 'tanh';
interface Workload {
  name: string;
  sizes: number[];
  hidden: Act;
  loss: 'mse' | 'bce';
  data: Dataset;
  batchSize: number;
  epochs: number;
  learningRate: number;
  tfReps: number;
}

const spiral = datasets.spiral({ n: 1000, noise: 0.05, seed: 1 });
const workloads: Workload[] = [
  {
    name: '(a) XOR 2-4-1 sigmoid, MSE, full batch, 10,000 epochs',
    sizes: [2, 4, 1],
    hidden: 'sigmoid',
    loss: 'mse',
    data: gates.XOR,
    batchSize: 4,
    epochs: 10_000,
    learningRate: 0.5,
    tfReps: 3,
  },
  {
    name: '(b) spiral 1,000, 2-16-16-1 tanh/sigmoid, BCE, batch 32, 50 epochs',
    sizes: [2, 16, 16, 1],
    hidden: 'tanh',
    loss: 'bce',
    data: spiral,
    batchSize: 32,
    epochs: 50,
    learningRate: 0.05,
    tfReps: 3,
  },
  {
    name: '(c) spiral 1,000, 2-16-16-1 tanh/sigmoid, BCE, batch 1, 20 epochs',
    sizes: [2, 16, 16, 1],
    hidden: 'tanh',
    loss: 'bce',
    data: spiral,
    batchSize: 1,
    epochs: 20,
    learningRate: 0.01,
    tfReps: 2,
  },
];
const REPS = Number(process.env.BENCH_REPS ?? 11);
/** BENCH_SKIP_TF=1 leaves TensorFlow.js out, for quick comparisons of the two fast contenders. */
/** BENCH_ONLY=a (or b, c, or ab...) runs only those workloads. */
const ONLY = process.env.BENCH_ONLY ?? 'abc';
const SKIP_TF = process.env.BENCH_SKIP_TF === '1';
const SEED = 1;

// ---------------------------------------------------------------- the engine's public API

function runEngine(w: Workload, init: NetworkWeights): number {
  const net = mlp(w.sizes, { activation: w.hidden, output: 'sigmoid', seed: SEED });
  net.setWeights(init);
  const r = train(net, w.data, {
    loss: w.loss,
    learningRate: w.learningRate,
    epochs: w.epochs,
    batchSize: w.batchSize,
    seed: SEED,
  });
  return r.history[r.history.length - 1].loss;
}

// ---------------------------------------------------------------- hand-written Float64Array loop

/** mulberry32 as the engine seeds it, so the hand loop visits samples in the same order. */
function shuffler(seed: number) {
  const bits = new Int32Array(2);
  bits[0] =
    Math.imul((Math.floor(seed) ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^
    Math.floor((seed % 1) * 0x100000000);
  return (order: Int32Array) => {
    for (let i = order.length - 1; i > 0; i--) {
      bits[0] = bits[0] + 0x6d2b79f5;
      let t = bits[0];
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const j = ((t ^ (t >>> 14)) & 0x7fffffff) % (i + 1);
      const tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
  };
}

/** The hand loop's preallocated state: per-layer weights, biases, gradients, activations, deltas. */
interface Hand {
  sizes: number[];
  L: number;
  W: Float64Array[];
  B: Float64Array[];
  GW: Float64Array[];
  GB: Float64Array[];
  A: Float64Array[];
  D: Float64Array[];
  tanhHidden: boolean;
}

function handForward(h: Hand, X: Float64Array, s: number): number {
  const { sizes, L, W, B, A } = h;
  const nIn = sizes[0];
  const a0 = A[0];
  for (let k = 0; k < nIn; k++) a0[k] = X[s * nIn + k];
  for (let l = 1; l <= L; l++) {
    const ni = sizes[l - 1];
    const no = sizes[l];
    const wl = W[l];
    const bl = B[l];
    const prev = A[l - 1];
    const al = A[l];
    for (let j = 0; j < no; j++) {
      let z = 0;
      for (let k = 0; k < ni; k++) z += wl[j * ni + k] * prev[k];
      al[j] = z + bl[j];
    }
    if (l === L || !h.tanhHidden) for (let j = 0; j < no; j++) al[j] = 1 / (1 + Math.exp(-al[j]));
    else for (let j = 0; j < no; j++) al[j] = Math.tanh(al[j]);
  }
  return A[L][0];
}

/** Backpropagates dL/dp (for a sigmoid output p) and adds this sample's gradients. */
function handBackward(h: Hand, dLdp: number, p: number): void {
  const { sizes, L, W, GW, GB, A, D } = h;
  D[L][0] = dLdp * (p * (1 - p));
  for (let l = L; l >= 1; l--) {
    const ni = sizes[l - 1];
    const no = sizes[l];
    const wl = W[l];
    const gw = GW[l];
    const gb = GB[l];
    const prev = A[l - 1];
    const d = D[l];
    if (l > 1) {
      const dPrev = D[l - 1];
      dPrev.fill(0);
      for (let j = 0; j < no; j++) {
        const dj = d[j];
        gb[j] += dj;
        for (let k = 0; k < ni; k++) {
          gw[j * ni + k] += dj * prev[k];
          dPrev[k] += wl[j * ni + k] * dj;
        }
      }
      if (h.tanhHidden) for (let k = 0; k < ni; k++) dPrev[k] *= 1 - prev[k] * prev[k];
      else for (let k = 0; k < ni; k++) dPrev[k] *= prev[k] * (1 - prev[k]);
    } else {
      for (let j = 0; j < no; j++) {
        const dj = d[j];
        gb[j] += dj;
        for (let k = 0; k < ni; k++) gw[j * ni + k] += dj * prev[k];
      }
    }
  }
}

function handUpdate(h: Hand, lr: number, count: number): void {
  for (let l = 1; l <= h.L; l++) {
    const wl = h.W[l];
    const gw = h.GW[l];
    for (let i = 0; i < wl.length; i++) wl[i] -= lr * (gw[i] / count);
    const bl = h.B[l];
    const gb = h.GB[l];
    for (let i = 0; i < bl.length; i++) bl[i] -= lr * (gb[i] / count);
    gw.fill(0);
    gb.fill(0);
  }
}

function runHand(w: Workload, init: NetworkWeights): number {
  const sizes = w.sizes;
  const L = sizes.length - 1;
  const n = w.data.inputs.length;
  const nIn = sizes[0];
  const X = new Float64Array(n * nIn);
  const Y = new Float64Array(n);
  w.data.inputs.forEach((row, i) => X.set(row, i * nIn));
  w.data.targets.forEach((row, i) => (Y[i] = row[0]));
  const h: Hand = {
    sizes,
    L,
    W: [new Float64Array(0), ...init.weights.map((rows) => Float64Array.from(rows.flat()))],
    B: [new Float64Array(0), ...init.biases.map((b) => Float64Array.from(b))],
    GW: sizes.map((s, l) => new Float64Array(l === 0 ? 0 : s * sizes[l - 1])),
    GB: sizes.map((s, l) => new Float64Array(l === 0 ? 0 : s)),
    A: sizes.map((s) => new Float64Array(s)),
    D: sizes.map((s) => new Float64Array(s)),
    tanhHidden: w.hidden === 'tanh',
  };
  const bce = w.loss === 'bce';
  const order = new Int32Array(n).map((_, i) => i);
  const shuffle = shuffler(SEED);
  // The history the engine keeps too: loss and accuracy per epoch.
  const losses = new Float64Array(w.epochs);
  const accuracy = new Float64Array(w.epochs);
  const lr = w.learningRate;
  for (let e = 0; e < w.epochs; e++) {
    if (w.batchSize < n) shuffle(order);
    let epochLoss = 0;
    let correct = 0;
    for (let start = 0; start < n; start += w.batchSize) {
      const end = Math.min(n, start + w.batchSize);
      for (let i = start; i < end; i++) {
        const s = order[i];
        const p = handForward(h, X, s);
        const y = Y[s];
        if ((p >= 0.5 ? 1 : 0) === y) correct++;
        if (bce) {
          const q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
          epochLoss += -(y * Math.log(q) + (1 - y) * Math.log(1 - q));
          handBackward(h, (q - y) / (q * (1 - q)), p);
        } else {
          epochLoss += (p - y) * (p - y);
          handBackward(h, 2 * (p - y), p);
        }
      }
      handUpdate(h, lr, end - start);
    }
    losses[e] = epochLoss / n;
    accuracy[e] = correct / n;
  }
  return losses[w.epochs - 1];
}

// ---------------------------------------------------------------- TensorFlow.js, CPU backend

function runTf(w: Workload, init: NetworkWeights): number {
  const L = w.sizes.length - 1;
  const vars = init.weights.map((rows, l) => ({
    // tfjs multiplies row vectors by [in, out] matrices: transpose our [out][in] rows.
    w: tf.variable(tf.tensor2d(rows).transpose()),
    b: tf.variable(tf.tensor1d(init.biases[l])),
  }));
  const n = w.data.inputs.length;
  const X = tf.tensor2d(w.data.inputs);
  const Y = tf.tensor2d(w.data.targets);
  const opt = tf.train.sgd(w.learningRate);
  const order = new Int32Array(n).map((_, i) => i);
  const shuffle = shuffler(SEED);
  let last = 0;
  for (let e = 0; e < w.epochs; e++) {
    if (w.batchSize < n) shuffle(order);
    let epochLoss = 0;
    for (let start = 0; start < n; start += w.batchSize) {
      const end = Math.min(n, start + w.batchSize);
      const idx = tf.tensor1d(order.subarray(start, end), 'int32');
      const xb = tf.gather(X, idx);
      const yb = tf.gather(Y, idx);
      const cost = opt.minimize(() => {
        let a: tf.Tensor = xb;
        for (let l = 0; l < L; l++) {
          const z = a.matMul(vars[l].w).add(vars[l].b);
          a = l === L - 1 || w.hidden === 'sigmoid' ? tf.sigmoid(z) : tf.tanh(z);
        }
        if (w.loss === 'mse') return tf.mean(tf.square(tf.sub(a, yb))) as tf.Scalar;
        const q = tf.clipByValue(a, 1e-12, 1 - 1e-12);
        return tf.neg(
          tf.mean(tf.add(tf.mul(yb, tf.log(q)), tf.mul(tf.sub(1, yb), tf.log(tf.sub(1, q))))),
        ) as tf.Scalar;
      }, true);
      // The epoch's loss, as the other two record it (read back once per batch).
      epochLoss += cost!.dataSync()[0] * (end - start);
      tf.dispose([idx, xb, yb, cost!]);
    }
    last = epochLoss / n;
  }
  tf.dispose([X, Y, ...vars.flatMap((v) => [v.w, v.b])]);
  opt.dispose();
  return last;
}

// ---------------------------------------------------------------- timing

/** Wall-clock and CPU time (this process, all threads) of one run. */
function time(fn: () => number): { ms: number; cpu: number; loss: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const loss = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpu: (c.user + c.system) / 1000, loss };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
  await tf.setBackend('cpu');
  await tf.ready();
  const loadAtStart = loadavg()[0];
  const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
  const rows: string[][] = [];
  for (const w of workloads.filter((_, i) => ONLY.includes('abc'[i]))) {
    const init = mlp(w.sizes, { activation: w.hidden, output: 'sigmoid', seed: SEED }).getWeights();
    // One untimed run of each fast contender, so the JIT has compiled both before timing.
    runEngine(w, init);
    runHand(w, init);
    const t: Record<'engine' | 'hand' | 'tf', number[]> = { engine: [], hand: [], tf: [] };
    const cpu: Record<'engine' | 'hand', number[]> = { engine: [], hand: [] };
    const loss: Record<'engine' | 'hand' | 'tf', number> = { engine: NaN, hand: NaN, tf: NaN };
    // Paired runs, the one that goes first alternating, so that neither always inherits the
    // other's garbage or warm caches, and drift in machine load hits both alike. TensorFlow.js
    // runs after all of them: its garbage would otherwise be collected during the run after it.
    for (let r = 0; r < REPS; r++) {
      const engineFirst = r % 2 === 0;
      const first = time(() => (engineFirst ? runEngine(w, init) : runHand(w, init)));
      const second = time(() => (engineFirst ? runHand(w, init) : runEngine(w, init)));
      const [e, h] = engineFirst ? [first, second] : [second, first];
      t.engine.push(e.ms);
      t.hand.push(h.ms);
      cpu.engine.push(e.cpu);
      cpu.hand.push(h.cpu);
      loss.engine = e.loss;
      loss.hand = h.loss;
      process.stderr.write('.');
    }
    for (let r = 0; !SKIP_TF && r < w.tfReps; r++) {
      const f = time(() => runTf(w, init));
      t.tf.push(f.ms);
      loss.tf = f.loss;
      process.stderr.write('.');
    }
    const [me, mh, mt] = [median(t.engine), median(t.hand), median(t.tf)];
    // The ratio is the median of per-repetition ratios: each engine run is paired with the hand
    // run right after it, so load from other processes mostly cancels out.
    const paired = median(t.engine.map((e, i) => e / t.hand[i]));
    // CPU time is not stretched while the process waits for a core, so it suffers less from load.
    const pairedCpu = median(cpu.engine.map((e, i) => e / cpu.hand[i]));
    rows.push([
      w.name,
      fmt(me),
      fmt(mh),
      SKIP_TF ? 'skipped' : `${fmt(mt)} (${w.tfReps} runs)`,
      `${paired.toFixed(2)}x`,
      `${pairedCpu.toFixed(2)}x`,
      SKIP_TF ? 'skipped' : `${(mt / me).toFixed(1)}x`,
      `${loss.engine.toFixed(6)} / ${loss.hand.toFixed(6)} / ${SKIP_TF ? 'skipped' : loss.tf.toFixed(6)}`,
    ]);
  }
  process.stderr.write('\n');
  const header = [
    'workload',
    'engine',
    'hand loop',
    'tfjs cpu',
    'engine / hand (median of paired runs)',
    'same, CPU time',
    'tfjs / engine',
    'final loss engine / hand / tfjs',
  ];
  console.log(
    `Median of ${REPS} runs (tfjs: fewer, as noted), node ${process.version}, tfjs ${tf.version.tfjs}, ` +
      `${availableParallelism()} cores, load average ${loadAtStart.toFixed(1)} at start and ` +
      `${loadavg()[0].toFixed(1)} at end (other processes slow every contender alike; the paired ratio is the robust figure)\n`,
  );
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

await main();
