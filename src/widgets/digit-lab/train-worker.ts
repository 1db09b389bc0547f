/// <reference lib="webworker" />
import {
  decodeDigits,
  updatesPerEpoch,
  type DigitsData,
  type Network,
  type Trainer,
} from '../../../engine/index.ts';
import { createDigitRun, digitRunKey } from '../../lib/digits/digit-run.ts';
import { fetchDigitBytes } from '../../lib/digits/digit-source.ts';
import { testReport } from '../../lib/digits/test-report.ts';
import {
  BATCH_SIZE,
  type EpochRecord,
  type FromWorker,
  type ToWorker,
  type TrainSettings,
} from './train-protocol.ts';

/**
 * The digit lab's training worker: downloads the digits once, trains with the engine in short
 * slices, and reports after each slice, so the page never waits on training and a Stop message
 * is read within a slice (about 50 ms). Training is the engine's trainer, so a seed gives the
 * same run here as in Node, to the last bits in which Node's and the browser's Math.exp differ.
 */

const SLICE_MS = 50;
/** How often the test accuracy is measured mid-epoch (2,000 forward passes each time). */
const TEST_EVERY_MS = 700;

const post = (message: FromWorker) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

let data: DigitsData | null = null;
/** The download under way, shared by every press of Train made before it ends. */
let loading: Promise<DigitsData> | null = null;
let run: { key: string; net: Network; trainer: Trainer; history: EpochRecord[] } | null = null;
/** The trainer's update count at which this press of Train (or a replay) stops. */
let target = 0;
let running = false;
let generation = 0;

const DOWNLOADING = 'Downloading the 10,000 digits (about 1 MB)…';

async function download(url: string): Promise<DigitsData> {
  const bytes = await fetchDigitBytes(url);
  post({ type: 'status', message: 'Unpacking the digits…' });
  data = decodeDigits(bytes);
  return data;
}

/** The digits, downloaded once; a failed download is tried again on the next press. */
function load(url: string): Promise<DigitsData> {
  if (data) return Promise.resolve(data);
  // Said on every press: a press after Stop has cleared the status is still waiting for it.
  post({ type: 'status', message: DOWNLOADING });
  loading ??= download(url).finally(() => (loading = null));
  return loading;
}

const batchesPerEpoch = () => (data ? updatesPerEpoch(data.train.inputs.length, BATCH_SIZE) : 1);

/** Whole epochs and the batches after them; a diverged run is back at its last whole epoch. */
function trainedSoFar(trainer: Trainer) {
  const batches = trainer.diverged ? 0 : trainer.updates - trainer.epoch * batchesPerEpoch();
  return { epochs: trainer.epoch, batches };
}

function snapshot(): void {
  if (!run || !data) return;
  const report = testReport(run.net, data);
  post({
    type: 'snapshot',
    network: run.net.toJSON(),
    history: run.history,
    confusion: report.confusion,
    mistakes: report.mistakes,
    testAccuracy: report.accuracy,
    trained: trainedSoFar(run.trainer),
    running,
    finished:
      !running && run.trainer.updates >= target && run.trainer.updates % batchesPerEpoch() === 0,
  });
}

function slice(mine: number): void {
  if (!running || mine !== generation || !run || !data) return;
  const { trainer } = run;
  const batches = batchesPerEpoch();
  const end = performance.now() + SLICE_MS;
  while (performance.now() < end) {
    const u = trainer.step();
    if (u.diverged) {
      running = false;
      snapshot();
      post({ type: 'diverged', epoch: u.epoch });
      // The engine put the network back to its last finite epoch; the next Train starts afresh.
      run = null;
      return;
    }
    sums.loss += u.loss ?? 0;
    sums.batches += 1;
    if (u.epochEnded) {
      const report = testReport(run.net, data, false);
      run.history.push({
        epoch: u.epochEnded.epoch,
        loss: u.epochEnded.loss,
        trainAccuracy: u.epochEnded.accuracy ?? 0,
        testAccuracy: report.accuracy,
      });
      sums.loss = 0;
      sums.batches = 0;
    }
    // A replay may end mid-epoch, so the target is checked after every update.
    if (trainer.updates >= target) running = false;
    if (u.epochEnded || !running) {
      snapshot();
      if (!running) return;
      break;
    }
  }
  let testAccuracy: number | null = null;
  if (performance.now() - sums.tested > TEST_EVERY_MS) {
    testAccuracy = testReport(run.net, data, false).accuracy;
    sums.tested = performance.now();
  }
  post({
    type: 'progress',
    epoch: trainer.epoch + 1,
    batch: sums.batches,
    batches,
    loss: sums.batches ? sums.loss / sums.batches : NaN,
    testAccuracy,
  });
  setTimeout(() => slice(mine), 0);
}

const sums = { loss: 0, batches: 0, tested: 0 };

async function train(settings: TrainSettings): Promise<void> {
  const mine = ++generation;
  const digits = await load(settings.url);
  if (mine !== generation) return;
  // The optimiser is part of the key: changing it, like the learning rate, starts a new run.
  const key = digitRunKey(settings);
  if (!run || run.key !== key || settings.replay) {
    post({ type: 'status', message: 'Building the network…' });
    const { net, trainer } = createDigitRun(settings, digits.train);
    run = { key, net, trainer, history: [] };
    sums.loss = 0;
    sums.batches = 0;
  }
  const { replay } = settings;
  const perEpoch = batchesPerEpoch();
  target = replay
    ? replay.epochs * perEpoch + Math.min(replay.batches, perEpoch - 1)
    : (run.trainer.epoch + settings.epochs) * perEpoch;
  if (run.trainer.updates >= target) {
    // A replay of no updates at all: the untrained network, reported as it is.
    running = false;
    snapshot();
    return;
  }
  running = true;
  sums.tested = performance.now();
  slice(mine);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'train') {
    train(message.settings).catch((error: unknown) => {
      running = false;
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    });
  } else if (message.type === 'stop') {
    running = false;
    generation++;
    // Without a network there is no snapshot, and the page would wait for one forever.
    if (run && data) snapshot();
    else post({ type: 'cancelled' });
  } else if (message.type === 'reset') {
    running = false;
    generation++;
    run = null;
  }
};
