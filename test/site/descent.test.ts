import { describe, expect, it } from 'vitest';
import {
  describeDescent,
  descentSetups,
  descentStatus,
  descentStep,
  DIVERGING_RISES,
  lossFunction,
  lastStepTrend,
  startDescent,
  type DescentRecord,
  type DescentSetup,
  type DescentStatus,
} from '../../src/lib/descent';

/** Runs `steps` engine updates from (w, b) at eta, a fresh trainer per step as the widget does. */
function run(
  setup: DescentSetup,
  w: number,
  b: number,
  eta: number,
  steps: number,
): DescentRecord[] {
  const out: DescentRecord[] = [];
  for (let k = 1; k <= steps; k++) {
    const r = descentStep(startDescent(setup, w, b, eta), k);
    if (!r) break;
    out.push(r);
    ({ wNext: w, bNext: b } = r);
  }
  return out;
}

describe('descentSetups.curve', () => {
  it('keeps the bias exactly 0: the mirror pairs cancel its gradient at every step', () => {
    for (const eta of [0.03, 0.35, 0.85, 1.05]) {
      for (const r of run(descentSetups.curve, -1, 0, eta, 40)) {
        expect(r.db).toBe(0);
        expect(r.bNext).toBe(0);
      }
    }
  });

  // Eight steps: the factor 1 - 2 eta is then about 0.1 in size, and later gradients are rounding noise.
  it('approaches from one side below eta = 0.5, oscillates between 0.5 and 1, diverges above 1', () => {
    const flips = (rs: DescentRecord[]) =>
      rs.slice(1).filter((r, i) => Math.sign(r.dw) !== Math.sign(rs[i].dw)).length;
    const losses = (rs: DescentRecord[]) => rs.map((r) => r.loss!);
    const slow = run(descentSetups.curve, -1, 0, 0.45, 8);
    expect(flips(slow)).toBe(0);
    const wobbly = run(descentSetups.curve, -1, 0, 0.55, 8);
    expect(flips(wobbly)).toBe(7);
    expect(losses(wobbly).every((l, i, a) => i === 0 || l < a[i - 1])).toBe(true);
    const wild = run(descentSetups.curve, -1, 0, 1.05, 20);
    expect(flips(wild)).toBe(19);
    expect(losses(wild).every((l, i, a) => i === 0 || l > a[i - 1])).toBe(true);
  });
});

describe('descentStep(trainer, k)', () => {
  it('reads w, b, the loss and both gradients from the engine update it made', () => {
    const trainer = startDescent(descentSetups.contour, -1, 3, 2);
    const r = descentStep(trainer, 1)!;
    expect(r.k).toBe(1);
    expect([r.w, r.b]).toEqual([-1, 3]);
    expect(r.wNext).toBe(trainer.net.getWeight(1, 1, 1));
    expect(r.bNext).toBe(trainer.net.getBias(1, 1));
    expect(r.wNext).toBeCloseTo(-1 - 2 * r.dw, 12);
    expect(r.loss).toBe(lossFunction(descentSetups.contour)(-1, 3));
    expect(r.steps.map((s) => s.kind)).toEqual(['average', 'average', 'update', 'update']);
  });

  it('returns null once the loss overflows, never a NaN record', () => {
    const records = run(descentSetups.curve, 6, 0, 1.2, 2000);
    expect(records.length).toBeLessThan(2000);
    expect(records.every((r) => Number.isFinite(r.wNext) && r.loss !== null)).toBe(true);
  });
});

describe('descentSetups.contour', () => {
  it('has a local minimum: from (8, -5) descent settles higher than from the start', () => {
    const global = run(descentSetups.contour, -1, 3, 2, 300);
    const local = run(descentSetups.contour, 8, -5, 2, 300);
    const lossAt = lossFunction(descentSetups.contour);
    expect(descentStatus(global, false, lossAt(global.at(-1)!.wNext, global.at(-1)!.bNext))).toBe(
      'stopped',
    );
    const g = global.at(-1)!;
    const l = local.at(-1)!;
    expect(Math.hypot(l.dw, l.db)).toBeLessThan(1e-3);
    expect(l.loss!).toBeGreaterThan(g.loss! + 0.03);
  });
});

describe('descentStatus(records, diverged, lossNow)', () => {
  const rec = (loss: number, dw: number, db = 0): DescentRecord => ({
    k: 0,
    w: 0,
    b: 0,
    loss,
    dw,
    db,
    wNext: 0,
    bNext: 0,
    steps: [],
  });
  // Each record holds the loss before its step; lossNow is the loss after the last one.
  it('names each kind of run from the last step, judged by the loss it led to', () => {
    expect(descentStatus([], false, 3)).toBe('ready');
    expect(descentStatus([rec(3, -1), rec(2, -0.8)], false, 1.5)).toBe('descending');
    expect(descentStatus([rec(3, -1), rec(2, 0.8), rec(1, -0.5)], false, 0.5)).toBe('oscillating');
    // At the edge η the loss stays put while w jumps (rounding moves it in the 15th digit).
    expect(descentStatus([rec(9.23, -1), rec(9.229999999999999, 1)], false, 9.22999999999997)).toBe(
      'bouncing',
    );
    expect(descentStatus([rec(1, -1)], false, 2)).toBe('rising');
    expect(descentStatus([rec(1, -1), rec(2, 1.5)], false, 3)).toBe('rising');
    expect(descentStatus([rec(1, -1), rec(2, 1.5), rec(3, -2)], false, 4)).toBe('diverging');
    expect(descentStatus([rec(1, 0.00001, -0.00002)], false, 1)).toBe('stopped');
    expect(descentStatus([rec(1, 1)], true, null)).toBe('diverged');
  });

  it('was wrong before: a rising loss was "descending", and a rise after flips "oscillating"', () => {
    // The old verdicts read only the losses before each step, so they came one step late.
    expect(descentStatus([rec(9.23, -1), rec(11.16, 1)], false, 13.5)).toBe('rising');
    expect(descentStatus([rec(9.23, -1), rec(11.16, 1), rec(13.5, -1)], false, 16.33)).toBe(
      'diverging',
    );
    // Flips while the loss falls, then one step that raises it: no longer "L still falls".
    expect(descentStatus([rec(3, -1), rec(2, 1), rec(1, -1)], false, 1.2)).toBe('rising');
    // Flips with the loss falling at the last step but not at the one before: only descending.
    expect(descentStatus([rec(3, -1), rec(1, 1), rec(2, -1)], false, 1.5)).toBe('descending');
  });

  it('counts a loss that is no longer finite as a rise', () => {
    expect(descentStatus([rec(1e300, 1)], false, null)).toBe('rising');
    expect(lastStepTrend([rec(1e300, 1)], null)).toEqual({
      before: 1e300,
      after: null,
      change: 'rose',
      running: 1,
    });
  });

  it('says stopped where the gradient is all but 0, whatever the loss did', () => {
    expect(descentStatus([rec(1, -1), rec(2, 1), rec(3, 0.00001)], false, 4)).toBe('stopped');
    expect(descentStatus([rec(1, -1), rec(1, 0.00001)], false, 1)).toBe('stopped');
  });
});

describe('lastStepTrend(records, lossNow)', () => {
  const rec = (loss: number): DescentRecord => ({
    k: 0,
    w: 0,
    b: 0,
    loss,
    dw: 1,
    db: 0,
    wNext: 0,
    bNext: 0,
    steps: [],
  });
  it('gives the loss before and after the last step, and how many steps in a row moved it so', () => {
    expect(lastStepTrend([], 1)).toBeNull();
    expect(lastStepTrend([rec(5), rec(4), rec(6), rec(7)], 8)).toEqual({
      before: 7,
      after: 8,
      change: 'rose',
      running: 3,
    });
    expect(lastStepTrend([rec(5), rec(6), rec(4)], 3)).toMatchObject({
      change: 'fell',
      running: 2,
    });
    expect(lastStepTrend([rec(5), rec(4), rec(4)], 4 + 1e-14)).toMatchObject({
      change: 'level',
      running: 2,
    });
    // A change of 1e-10 is real: a slow run near its stop changes the loss by about that much.
    expect(lastStepTrend([rec(0.05)], 0.05 - 1e-10)).toMatchObject({ change: 'fell', running: 1 });
  });
});

/** The explorer's verdict after each of `steps` steps from (w, b) at eta, made as the widget makes them. */
function verdicts(
  setup: DescentSetup,
  w: number,
  b: number,
  eta: number,
  steps: number,
): { records: DescentRecord[]; statuses: DescentStatus[]; lines: string[] } {
  const lossAt = lossFunction(setup);
  const records: DescentRecord[] = [];
  const statuses: DescentStatus[] = [];
  const lines: string[] = [];
  for (const r of run(setup, w, b, eta, steps)) {
    records.push(r);
    const loss = lossAt(r.wNext, r.bNext);
    const status = descentStatus(records, false, loss);
    statuses.push(status);
    lines.push(
      describeDescent(status, {
        w: r.wNext,
        b: r.bNext,
        loss,
        steps: records.length,
        withBias: setup.view === 'contour',
        offChart: r.wNext < setup.wRange[0] || r.wNext > setup.wRange[1],
        trend: lastStepTrend(records, loss),
      }),
    );
  }
  return { records, statuses, lines };
}

describe("the curve explorer's verdicts on engine runs", () => {
  const { curve } = descentSetups;

  it('η = 1.05 from w = -1: the loss rises at once, and three rises running are diverging', () => {
    const { statuses, lines } = verdicts(curve, -1, 0, 1.05, 5);
    expect(statuses).toEqual(['rising', 'rising', 'diverging', 'diverging', 'diverging']);
    expect(lines.slice(0, 4)).toEqual([
      'Rising: the last step raised the loss from 9.23 to 11.1622. The step was too long: it went past the lowest point on its way and landed higher, at w = 5.37.',
      'Rising: the last step raised the loss from 11.1622 to 13.5002 (it has risen for 2 steps running). The step was too long: it went past the lowest point on its way and landed higher, at w = -1.637.',
      'Diverging: the loss rose for 3 steps running, to 16.3292. Each step overshoots further than the last. Lower η and start again.',
      'Diverging: the loss rose for 4 steps running, to 19.7523. Each step overshoots further than the last. Lower η and start again.',
    ]);
    // Step 5 is the first off the chart, where Run stops.
    expect(lines[4]).toBe(
      'Diverging: the loss rose for 5 steps running, to 23.8942. Each step overshoots further than the last; the ball has left the chart. Lower η and start again.',
    );
  });

  it('η = 1.2 from w = -1 counts as diverging at step 3, the third rise, not a step later', () => {
    const { records, statuses } = verdicts(curve, -1, 0, 1.2, 4);
    expect(statuses).toEqual(['rising', 'rising', 'diverging', 'diverging']);
    const losses = [...records.map((r) => r.loss!), lossFunction(curve)(records[3].wNext, 0)!];
    expect(losses.every((l, i) => i === 0 || l > losses[i - 1])).toBe(true);
    expect(DIVERGING_RISES).toBe(3);
  });

  it('η = 1: the ball bounces between w and its mirror image, and the loss stays at 9.23 from the first step', () => {
    const { statuses, lines } = verdicts(curve, -1, 0, 1, 40);
    expect(new Set(statuses)).toEqual(new Set(['bouncing']));
    expect(lines[0]).toBe(
      'Bouncing: the ball jumps across the valley and L stays at 9.23 (the same loss before and after the last step; now at w = 5.0667): this η is exactly at the edge, where the steps neither shrink nor grow. A little lower and the ball settles; a little higher and it diverges.',
    );
    expect(lines[2]).toBe(
      'Bouncing: the ball jumps across the valley and L stays at 9.23 (the same loss for 3 steps running; now at w = 5.0667): this η is exactly at the edge, where the steps neither shrink nor grow. A little lower and the ball settles; a little higher and it diverges.',
    );
  });

  it('η = 0.1: every step lowers the loss and says descending', () => {
    const { statuses, lines } = verdicts(curve, -1, 0, 0.1, 20);
    expect(new Set(statuses)).toEqual(new Set(['descending']));
    expect(lines[0]).toBe('Descending: after 1 step the ball is at w = -0.3933, L = 5.9176.');
    expect(lines[2]).toBe('Descending: after 3 steps the ball is at w = 0.4803, L = 2.4409.');
  });

  it('η = 0.85: descending until three rows show dL/dw flipping, then oscillating while the loss falls', () => {
    const { statuses, lines } = verdicts(curve, -1, 0, 0.85, 8);
    expect(statuses).toEqual([
      'descending',
      'descending',
      ...Array<DescentStatus>(6).fill('oscillating'),
    ]);
    expect(lines[2]).toBe(
      'Oscillating: the ball keeps jumping across the valley (the sign of dL/dw flips from step to step), but L still falls: 1.1114 at w = 3.0738.',
    );
  });

  it('a rise after a descent says rising, and the rises are counted from it', () => {
    const slow = run(curve, -1, 0, 0.1, 5);
    const { wNext } = slow.at(-1)!;
    const records = [...slow, ...run(curve, wNext, 0, 1.05, 3).map((r, i) => ({ ...r, k: 6 + i }))];
    const lossAt = lossFunction(curve);
    const statusAfter = (n: number) =>
      descentStatus(records.slice(0, n), false, lossAt(records[n - 1].wNext, 0));
    expect([5, 6, 7, 8].map(statusAfter)).toEqual(['descending', 'rising', 'rising', 'diverging']);
  });
});

describe('describeDescent(status, at)', () => {
  const at = {
    w: 2.03333,
    b: 0,
    loss: null,
    steps: 7,
    withBias: false,
    offChart: true,
    trend: null,
  };
  it("says where the ball is with the engine's formatting, and never prints NaN", () => {
    expect(describeDescent('descending', { ...at, loss: 0.5 })).toBe(
      'Descending: after 7 steps the ball is at w = 2.0333, L = 0.5.',
    );
    expect(describeDescent('descending', { ...at, loss: 0.5, steps: 1 })).toBe(
      'Descending: after 1 step the ball is at w = 2.0333, L = 0.5.',
    );
    const rising = { before: 120, after: null, change: 'rose' as const, running: 4 };
    expect(describeDescent('diverging', { ...at, trend: rising })).toBe(
      'Diverging: the loss rose for 4 steps running, to not a finite number. Each step overshoots further than the last; the ball has left the chart. Lower η and start again.',
    );
    expect(describeDescent('rising', { ...at, trend: { ...rising, running: 1 } })).toBe(
      'Rising: the last step raised the loss from 120 to not a finite number. The step was too long: it went past the lowest point on its way and landed higher, at w = 2.0333. The ball has left the chart.',
    );
    expect(describeDescent('stopped', { ...at, withBias: true, b: -1, loss: 0.1 })).toContain(
      'at w = 2.0333, b = -1, L = 0.1',
    );
  });
});
