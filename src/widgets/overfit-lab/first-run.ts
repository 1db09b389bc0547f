import { labData, type LabRun } from './overfit-lab';

/**
 * The run the lab shows first, cut to what its first state needs: both loss curves, early
 * stopping, and the last epoch's parameters (337 numbers rather than 1,501 epochs of them). The
 * build writes it into the page, so the widget hydrates on the numbers it was rendered with and
 * the whole run can follow from the worker without the main thread training.
 */
export function lastEpochOnly(run: LabRun): LabRun {
  const P = run.parameterCount;
  const from = (run.epochs - run.paramsFrom) * P;
  return { ...run, params: run.params.slice(from, from + P), paramsFrom: run.epochs };
}

/** Whether the run keeps every epoch's parameters. */
export function isWhole(run: LabRun): boolean {
  return run.paramsFrom === 0;
}

function toBase64(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(Float64Array.from(values).buffer);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): Float64Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Float64Array(bytes.buffer);
}

/**
 * The run's last epoch as text for the page. Numbers travel as the bytes of 64-bit floats
 * (base64), so they come back bit for bit and take about half the room of decimal JSON; the data
 * sets are not written, since labData() makes them again from their seeds.
 */
export function encodeFirstRun(run: LabRun): string {
  const last = lastEpochOnly(run);
  return JSON.stringify({
    decay: last.decay,
    params: toBase64(last.params),
    paramsFrom: last.paramsFrom,
    parameterCount: last.parameterCount,
    epochs: last.epochs,
    trainLoss: toBase64(last.trainLoss),
    validationLoss: toBase64(last.validationLoss),
    best: last.best,
    earlyStop: last.earlyStop,
  });
}

/** The run encodeFirstRun wrote, with its data sets made again. */
export function decodeFirstRun(text: string): LabRun {
  const r = JSON.parse(text);
  return {
    decay: r.decay,
    data: labData(),
    params: fromBase64(r.params),
    paramsFrom: r.paramsFrom,
    parameterCount: r.parameterCount,
    epochs: r.epochs,
    trainLoss: Array.from(fromBase64(r.trainLoss)),
    validationLoss: Array.from(fromBase64(r.validationLoss)),
    best: r.best,
    earlyStop: r.earlyStop,
  };
}
