import { describe, expect, it } from 'vitest';
import { watch } from '../../../test/helpers/watch.svelte.ts';
import { evaluate, mlp } from '../../../engine/index.ts';
import { STEPPER_MAX_UPDATES, StepperRun } from './stepper-run.svelte.ts';
import { formatUpdates } from './backprop-updates.ts';
import { stepperNetwork } from './stepper-start.ts';

describe('StepperRun', () => {
  it('new StepperRun(seed, sample) starts on the seeded 2-2-1 network, the example chosen, no passes', () => {
    const run = new StepperRun(1, 2);
    const net = mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
    expect(run.weights).toEqual(net.getWeights());
    expect(stepperNetwork().getWeights()).toEqual(net.getWeights());
    expect(run.x).toEqual([1, 0]);
    expect(run.done).toBe(0);
    expect(run.current).toBeNull();
    expect(run.grads.loss).toBe(net.gradients([1, 0], [1], 'mse').loss);
  });

  it('stepForward() and stepBackward() go through the stages in order and stop at each end', () => {
    const run = new StepperRun(1, 2);
    run.stepBackward();
    expect(run.done).toBe(0);
    for (let i = 0; i < run.forwardCount + 2; i++) run.stepForward();
    expect(run.done).toBe(run.forwardCount);
    expect(run.current?.kind).toBe('loss');
    for (let i = 0; i < run.stages.length; i++) run.stepBackward();
    expect(run.done).toBe(run.stages.length);
    run.clearPasses();
    expect(run.done).toBe(0);
    run.runBothPasses();
    expect(run.filled.loss).toBe(true);
  });

  it('applyUpdate() lowers the loss on the example, records the update and clears the passes', () => {
    const run = new StepperRun(1, 2);
    run.runBothPasses();
    const before = run.grads.loss;
    run.applyUpdate();
    expect(run.done).toBe(0);
    expect(run.updates).toEqual([{ sample: 2, loss: 'mse', lr: 1, count: 1 }]);
    expect(run.shownUpdate?.before).toBe(before);
    expect(run.grads.loss).toBe(run.shownUpdate?.after);
    expect(run.grads.loss).toBeLessThan(before);
    expect(evaluate(run.net, { inputs: [run.x], targets: [run.y] }, 'mse').loss).toBe(
      run.grads.loss,
    );
  });

  it('a view of the weights, gradients and check follows every update', () => {
    const run = new StepperRun(1, 2);
    const view = watch(() => [run.weights, run.grads.loss, run.check, run.explained] as const);
    const [w0, loss0, check0, explained0] = view.latest();
    run.applyUpdate();
    const [w1, loss1, check1, explained1] = view.latest();
    expect(w1).not.toEqual(w0);
    expect(w1).toEqual(run.net.getWeights());
    expect(loss1).toBeLessThan(loss0);
    expect(check1).not.toEqual(check0);
    expect(explained1).not.toEqual(explained0);
    view.stop();
  });

  it('shownUpdate hides the last update while another example or loss is chosen', () => {
    const run = new StepperRun(1, 2);
    run.applyUpdate();
    run.sample = 0;
    expect(run.shownUpdate).toBeNull();
    run.sample = 2;
    run.loss = 'bce';
    expect(run.shownUpdate).toBeNull();
    run.loss = 'mse';
    expect(run.shownUpdate).not.toBeNull();
  });

  it('replay(updates) from a fresh network reaches the weights the updates reached one by one', () => {
    const run = new StepperRun(1, 2);
    run.applyUpdate();
    run.applyUpdate();
    run.sample = 0;
    run.lr = 0.5;
    run.applyUpdate();
    const weights = run.weights;
    expect(run.updates).toEqual([
      { sample: 2, loss: 'mse', lr: 1, count: 2 },
      { sample: 0, loss: 'mse', lr: 0.5, count: 1 },
    ]);
    const again = new StepperRun(1, 2);
    again.replay(run.updates);
    expect(again.weights).toEqual(weights);
  });

  it('restore(link state) rebuilds the run a link describes, and reset() goes back to the start', () => {
    const run = new StepperRun(1, 2);
    run.restore({
      sample: 1,
      loss: 'bce',
      done: 4,
      selected: 'b1.2',
      updates: '1-bce-2x3',
      lr: 0.5,
    });
    expect(run.sample).toBe(1);
    expect(run.loss).toBe('bce');
    expect(run.done).toBe(4);
    expect(run.selectedKey).toBe('b1.2');
    expect(run.lr).toBe(0.5);
    expect(run.updates).toEqual([{ sample: 1, loss: 'bce', lr: 2, count: 3 }]);
    run.reset();
    const start = new StepperRun(1, 2);
    expect(run.weights).toEqual(start.weights);
    expect([run.sample, run.loss, run.done, run.lr, run.updates]).toEqual([2, 'mse', 0, 1, []]);
    expect(run.lastUpdate).toBeNull();
  });

  it('applyUpdate() stops at the most updates a link replays, so every run can be shared', () => {
    const run = new StepperRun(1, 2);
    run.replay([{ sample: 2, loss: 'mse', lr: 1, count: STEPPER_MAX_UPDATES - 1 }]);
    expect(run.atUpdateLimit).toBe(false);
    run.sample = 0;
    run.applyUpdate();
    expect(run.updateCount).toBe(STEPPER_MAX_UPDATES);
    expect(run.atUpdateLimit).toBe(true);
    const weights = run.weights;
    const link = formatUpdates(run.updates);
    run.applyUpdate();
    expect(run.updateCount).toBe(STEPPER_MAX_UPDATES);
    expect(run.weights).toEqual(weights);
    const again = new StepperRun(1, 2);
    again.restore({ sample: 0, loss: 'mse', done: 0, selected: 'w2.1.1', updates: link, lr: 1 });
    expect(again.weights).toEqual(weights);
    run.reset();
    expect([run.updateCount, run.atUpdateLimit]).toEqual([0, false]);
  });
});
