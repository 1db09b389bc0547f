import { describe, expect, it } from 'vitest';
import { decodeFirstRun, encodeFirstRun, isWhole, lastEpochOnly } from './first-run';
import { exampleAt, networkAt, outputGrid, penaltyAt, runLab } from './overfit-lab';

describe('the first run in the page', () => {
  const run = runLab(0);

  it('decodeFirstRun(encodeFirstRun(run)) is lastEpochOnly(run), bit for bit', () => {
    const back = decodeFirstRun(encodeFirstRun(run));
    const last = lastEpochOnly(run);
    expect(isWhole(run)).toBe(true);
    expect(isWhole(back)).toBe(false);
    expect(Array.from(back.params)).toEqual(Array.from(last.params));
    expect(back.trainLoss).toEqual(run.trainLoss);
    expect(back.validationLoss).toEqual(run.validationLoss);
    expect({ ...back, params: null }).toEqual({ ...last, params: null });
  });

  it('lastEpochOnly(run) shows the last epoch exactly as the whole run does', () => {
    const last = lastEpochOnly(run);
    const e = run.epochs;
    expect(last.params.length).toBe(run.parameterCount);
    expect(networkAt(last, e).getParams()).toEqual(networkAt(run, e).getParams());
    expect(outputGrid(last, e)).toEqual(outputGrid(run, e));
    expect(penaltyAt(last, e)).toEqual(penaltyAt(run, e));
    expect(exampleAt(last, e, 'validation', 3)).toEqual(exampleAt(run, e, 'validation', 3));
  });
});
