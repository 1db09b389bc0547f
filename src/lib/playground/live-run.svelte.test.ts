import { describe, expect, it } from 'vitest';
import { LiveRun, READ_MS } from './live-run.svelte';
import type { PlaygroundRun } from './run';

/** A run that only counts the times it is told its weights changed. */
const fakeRun = () => {
  const run = { touched: 0, touch: () => run.touched++ };
  return run as typeof run & PlaygroundRun;
};

describe('LiveRun', () => {
  it('shows a change in every view at once, and tells the run its weights changed', () => {
    const first = fakeRun();
    const live = new LiveRun(first);
    const start = live.drawn;
    live.changed();
    expect(live.drawn).not.toBe(start);
    expect(live.read).toBe(live.drawn);
    expect(live.typeset).toBe(live.drawn);
    expect(first.touched).toBe(2);
    const second = fakeRun();
    live.changed(second);
    expect([live.run, live.read.run, live.typeset.run]).toEqual([second, second, second]);
  });

  it('while playing, draws every frame, reads at most every READ_MS and typesets nothing', () => {
    const live = new LiveRun(fakeRun());
    const typeset = live.typeset;
    live.frame(1000);
    const read = live.read;
    expect(read).toBe(live.drawn);
    live.frame(1000 + READ_MS - 1);
    expect(live.drawn).not.toBe(read);
    expect(live.read).toBe(read);
    live.frame(1000 + READ_MS);
    expect(live.read).toBe(live.drawn);
    expect(live.typeset).toBe(typeset);
  });
});
