import { describe, expect, it } from 'vitest';
import { watch } from '../../../test/helpers/watch.svelte.ts';
import { advanceLane, createLane, raceData } from './batch-race';
import { RaceRun } from './race-run.svelte.ts';

/** A clock that moves `step` milliseconds each time it is read, so a frame's budget is counted in reads. */
function fakeClock(step: number) {
  let t = 0;
  return () => (t += step);
}

const settings = { epochs: 2, batchSize: 100, eta: 0.5 };

describe('RaceRun', () => {
  it('new RaceRun(settings) builds three untrained lanes that show their planned updates', () => {
    const race = new RaceRun(settings);
    expect(race.lanes.map((l) => [l.name, l.batchSize, l.total])).toEqual([
      ['Stochastic', 1, 2000],
      ['Mini-batch', 100, 20],
      ['Batch', 1000, 2],
    ]);
    expect(race.reached).toEqual([0, 0, 0]);
    expect([race.started, race.finished, race.running]).toEqual([false, false, false]);
  });

  it('frame(now) trains a slice of each lane, and a view of the standings follows every frame', () => {
    const race = new RaceRun(settings);
    const view = watch(() => race.standings.map((s) => s.updates));
    race.train();
    race.frame(fakeClock(1));
    const first = view.latest();
    expect(first.every((u) => u > 0)).toBe(true);
    expect(first).toEqual(race.lanes.map((l) => l.trainer.updates));
    race.frame(fakeClock(1));
    expect(view.latest()[0]).toBeGreaterThan(first[0]);
    expect(race.started).toBe(true);
    view.stop();
  });

  it('charts are read at the first frame, then at most once a second of the clock, and at the end', () => {
    const race = new RaceRun({ ...settings, epochs: 20 });
    race.train();
    // Each read of this clock is 0.1 ms: a frame's 10 ms budget lasts many updates, but a second
    // of clock time passes only after several frames.
    const clock = fakeClock(0.1);
    race.frame(clock);
    const firstCharts = race.charts;
    expect(firstCharts.last.map((l) => l.updates)).toEqual(race.reached);
    race.frame(clock);
    expect(race.charts).toBe(firstCharts);
    while (race.frame(clock));
    expect(race.finished).toBe(true);
    expect(race.running).toBe(false);
    expect(race.charts.last.map((l) => l.updates)).toEqual(race.lanes.map((l) => l.total));
  });

  it('a lane trained by frames ends where the same lane trained in one go ends', () => {
    const race = new RaceRun(settings);
    race.train();
    while (race.frame(fakeClock(1)));
    const data = raceData();
    const alone = createLane('Mini-batch', data, 100, 2, 0.5);
    advanceLane(alone, Infinity, data, () => 0);
    expect(race.lanes[1].trainer.net.getWeights()).toEqual(alone.trainer.net.getWeights());
    expect(race.standings[1].finalLoss).toBe(alone.finalLoss);
  });

  it('choose(settings) builds fresh lanes and stops the race; the same settings change nothing', () => {
    const race = new RaceRun(settings);
    race.train();
    race.frame(fakeClock(1));
    const lanes = race.lanes;
    race.choose({ batchSize: 100 });
    expect(race.lanes).toBe(lanes);
    race.choose({ batchSize: 10 });
    expect(race.running).toBe(false);
    expect(race.lanes[1].total).toBe(200);
    expect(race.reached).toEqual([0, 0, 0]);
  });

  it('choose({ epochs }) with a fraction says what is wrong and builds no lanes', () => {
    const race = new RaceRun(settings);
    race.choose({ epochs: 1.5 });
    expect(race.error).toBe('the number of epochs must be a whole number, got 1.5');
    expect(race.lanes).toEqual([]);
    race.train();
    expect(race.running).toBe(false);
  });

  it("restore(settings, 'ready', targets) brings each lane to its update at once", () => {
    const race = new RaceRun(settings);
    race.restore({ ...settings, batchSize: 50 }, 'ready', [300, 7, 1]);
    expect(race.reached).toEqual([300, 7, 1]);
    expect(race.charts.last.map((l) => l.updates)).toEqual([300, 7, 1]);
    expect(race.running).toBe(false);
  });

  it("restore(settings, 'run', ...) starts the race, and a lane asked too far throws before anything changes", () => {
    const race = new RaceRun(settings);
    race.restore(settings, 'run', [0, 0, 0]);
    expect(race.running).toBe(true);
    const lanes = race.lanes;
    expect(() => race.restore(settings, 'ready', [0, 21, 0])).toThrow(
      'the mini-batch lane has only 20 updates to make, not 21',
    );
    expect(race.lanes).toBe(lanes);
  });
});
