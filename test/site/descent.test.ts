import { describe, expect, it } from 'vitest';
import {
  describeDescent,
  descentSetups,
  descentStatus,
  descentStep,
  lossFunction,
  startDescent,
  type DescentRecord,
  type DescentSetup,
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
    expect(descentStatus(global, false)).toBe('stopped');
    const g = global.at(-1)!;
    const l = local.at(-1)!;
    expect(Math.hypot(l.dw, l.db)).toBeLessThan(1e-3);
    expect(l.loss!).toBeGreaterThan(g.loss! + 0.03);
  });
});

describe('descentStatus(records, diverged)', () => {
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
  it('names each kind of run', () => {
    expect(descentStatus([], false)).toBe('ready');
    expect(descentStatus([rec(3, -1), rec(2, -0.8)], false)).toBe('descending');
    expect(descentStatus([rec(3, -1), rec(2, 0.8), rec(1, -0.5)], false)).toBe('oscillating');
    // At the edge η the loss stays put while w jumps (rounding moves it in the 15th digit).
    expect(
      descentStatus([rec(9.23, -1), rec(9.229999999999999, 1), rec(9.22999999999997, -1)], false),
    ).toBe('bouncing');
    expect(descentStatus([rec(1, -1), rec(2, 1.5), rec(3, -2), rec(4, 2.5)], false)).toBe(
      'diverging',
    );
    expect(descentStatus([rec(1, 0.00001, -0.00002)], false)).toBe('stopped');
    expect(descentStatus([rec(1, 1)], true)).toBe('diverged');
  });
});

describe('describeDescent(status, at)', () => {
  const at = { w: 2.03333, b: 0, loss: null, steps: 7, withBias: false, offChart: true };
  it("says where the ball is with the engine's formatting, and never prints NaN", () => {
    expect(describeDescent('descending', { ...at, loss: 0.5 })).toBe(
      'Descending: after 7 steps the ball is at w = 2.0333, L = 0.5.',
    );
    expect(describeDescent('bouncing', { ...at, loss: 9.23 })).toBe(
      'Bouncing: every step jumps across the valley and L stays at 9.23 (at w = 2.0333): this η is exactly at the edge, where the steps neither shrink nor grow. A little lower and the ball settles; a little higher and it diverges.',
    );
    expect(describeDescent('diverging', at)).toContain('to not a finite number');
    expect(describeDescent('diverging', at)).toContain('the ball has left the chart');
    expect(describeDescent('stopped', { ...at, withBias: true, b: -1, loss: 0.1 })).toContain(
      'at w = 2.0333, b = -1, L = 0.1',
    );
  });
});
