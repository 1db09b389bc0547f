import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  claim,
  gateRun,
  GATE_RUN_EPOCHS,
  loopRun,
  xorCellRun,
  xorRowsRight,
  xorWidgetRun,
  XOR_MAX_EPOCHS,
} from '../../src/lib/run-claims.ts';
import {
  descentTrace,
  explorerStop,
  firstFlat,
  lossNeverRises,
} from '../../src/lib/descent-trace.ts';
import {
  descentSetups,
  descentStatus,
  descentStep,
  lossFunction,
  startDescent,
  STOP_GRADIENT,
  type DescentRecord,
} from '../../src/lib/descent.ts';

describe('claim', () => {
  it('returns the value when the sentence holds, and names the sentence when it does not', () => {
    expect(claim(3, (v) => v > 2, 'three is more than two')).toBe(3);
    expect(() => claim(1, (v) => v > 2, 'one is more than two')).toThrow(
      `A lesson's claim is no longer true: "one is more than two" (got 1)`,
    );
  });
});

describe('the runs the lessons describe', () => {
  it('XOR widget: seed 1 learns after 616 epochs, seed 8 is stuck with 3 of 4 right', () => {
    expect(xorWidgetRun(1)).toMatchObject({ learned: true, epochs: 616, right: 4 });
    expect(xorWidgetRun(8)).toMatchObject({ learned: false, epochs: XOR_MAX_EPOCHS, right: 3 });
  });

  it("lesson 5's cell: seeds 2, 4, 6, 10 and 13 stall among the first 13, seed 1 does not", () => {
    const stalled = Array.from({ length: 13 }, (_, i) => xorCellRun(i + 1))
      .filter((r) => r.stalled)
      .map((r) => r.seed);
    expect(stalled).toEqual([2, 4, 6, 10, 13]);
    expect(xorCellRun(1)).toMatchObject({ stalled: false, right: 4 });
  });

  it("lesson 6's stepper: seed 5 ends at 2,000 epochs without XOR, seed 1 reaches the target", () => {
    expect(loopRun(5, 0.5)).toMatchObject({ stop: 'max-epochs', epochs: 2000 });
    expect(loopRun(1, 0.5)).toMatchObject({ stop: 'target', right: 4 });
  });

  it('gateRun(gate, start, eta) stops after GATE_RUN_EPOCHS unless given more, as one press of the builder does', () => {
    expect(gateRun('AND', [1, 1, -0.5], 0.5)).toEqual({ solved: true, epochs: 2 });
    expect(gateRun('AND', [-4, -4, 4], 0.05).solved).toBe(false);
    const far = gateRun('AND', [-4, -4, 4], 0.05, 1000);
    expect(far.solved).toBe(true);
    expect(far.epochs).toBeGreaterThan(GATE_RUN_EPOCHS);
  });
  it("loopRun records every epoch's loss and the final outputs", () => {
    const run = loopRun(1, 0.5);
    expect(run.losses).toHaveLength(run.epochs);
    expect(run.losses.at(-1)).toBe(run.loss);
    expect(run.predictions).toHaveLength(4);
  });
  it('counts the XOR rows on the right side of 0.5', () => {
    expect(xorRowsRight((x) => (x[0] !== x[1] ? 0.9 : 0.1))).toBe(4);
    expect(xorRowsRight(() => 0.5)).toBe(2);
  });
});

describe('descentTrace', () => {
  it('from (8, -5) the loss never rises and the run reaches the bottom the start reaches', () => {
    const shelf = descentTrace(8, -5, 2, 3200);
    const bottom = firstFlat(descentTrace(-1, 3, 2, 300), STOP_GRADIENT)!;
    expect(lossNeverRises(shelf)).toBe(true);
    const out = firstFlat(shelf.slice(300), STOP_GRADIENT)!;
    expect(Math.abs(out.loss - bottom.loss)).toBeLessThan(1e-6);
  });

  it('explorerStop is where the explorer, stepping as it does, says it has stopped', () => {
    for (const [w, b, eta] of [
      [-1, 3, 2],
      [-1, 3, 12],
      [9, -5, 2],
    ]) {
      const records: DescentRecord[] = [];
      const lossAt = lossFunction(descentSetups.contour);
      let at = { w, b };
      while (descentStatus(records, false, lossAt(at.w, at.b)) !== 'stopped') {
        const r = descentStep(
          startDescent(descentSetups.contour, at.w, at.b, eta),
          records.length + 1,
        )!;
        records.push(r);
        at = { w: r.wNext, b: r.bNext };
      }
      const stop = explorerStop(descentTrace(w, b, eta, 300), STOP_GRADIENT)!;
      expect(stop.step).toBe(records.length);
      expect(stop.w).toBeCloseTo(at.w, 12);
      expect(stop.b).toBeCloseTo(at.b, 12);
    }
  });

  it("reads the gradient the engine's explained step reports", () => {
    const [first] = descentTrace(8, -5, 2, 1);
    const explained = descentStep(startDescent(descentSetups.contour, 8, -5, 2), 1)!;
    expect(first.gradientNorm).toBeCloseTo(Math.hypot(explained.dw, explained.db), 15);
    expect(first.loss).toBe(explained.loss);
  });
});

/** The instructor guide is plain Markdown: its links that claim a run are checked here. */
describe("the instructor guide's claims about runs", () => {
  const guide = readFileSync(new URL('../../content/instructor-guide.md', import.meta.url), 'utf8');
  const links = [...guide.matchAll(/\[([^\]]*(?:learned|stuck)[^\]]*)\]\(([^)]*)\)/g)];

  it('finds the XOR links', () => expect(links.length).toBeGreaterThanOrEqual(2));

  for (const [, text, url] of links) {
    it(`"${text}" is what the engine does`, () => {
      const query = new URLSearchParams(url.split('?')[1].split('#')[0]);
      const seed = Number(query.get('xor.seed') ?? 1);
      const [rate, count] = (query.get('xor.trained') ?? '').split('x').map(Number);
      const epochs = Number(/after ([\d,]+) epochs/.exec(text)![1].replace(/,/g, ''));
      expect(epochs).toBe(count);
      const run = xorWidgetRun(seed, rate, count);
      if (/learned/.test(text)) expect(run).toMatchObject({ learned: true, epochs: count });
      else expect(run.learned).toBe(false);
    });
  }
});
