import { describe, expect, it } from 'vitest';
import { answerLabRequest } from './lab-protocol';
import { runLab, type LabRun } from './overfit-lab';

describe('answerLabRequest()', () => {
  it('answerLabRequest({ decay }) sends the same run as runLab(decay) on the main thread, bit for bit', () => {
    const decay = 0.003;
    const { answer, transfer } = answerLabRequest({ decay });
    // What postMessage does with the answer: a structured clone, the parameters' buffer moved.
    const received = structuredClone(answer, { transfer });
    expect('run' in received).toBe(true);
    const run = (received as { run: LabRun }).run;
    const main = runLab(decay);
    expect(Array.from(run.params)).toEqual(Array.from(main.params));
    expect(run.params.length).toBe(main.parameterCount * (main.epochs + 1));
    expect(run.trainLoss).toEqual(main.trainLoss);
    expect(run.validationLoss).toEqual(main.validationLoss);
    expect(run.earlyStop).toEqual(main.earlyStop);
    expect(run.best).toEqual(main.best);
    expect(run.data).toEqual(main.data);
    expect({ ...run, params: null }).toEqual({ ...main, params: null });
  });

  it('answerLabRequest() with a rate the engine refuses answers with its message, not a run', () => {
    const { answer, transfer } = answerLabRequest({ decay: Number.NaN });
    expect(transfer).toEqual([]);
    expect('error' in answer && answer.error).toMatch(/rate/);
  });
});
