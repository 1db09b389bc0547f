import {
  gates,
  gradientCheck,
  parameters,
  type LossName,
  type Network,
  type ParameterRef,
} from '../../../engine/index.ts';
import {
  backpropStages,
  filledBy,
  forwardStageCount,
  nodeGradients,
  nodeKey,
} from './backprop-stepper';
import { parameterFromKey, parameterKey } from './parameter-key';
import { STEPPER_SIZES, stepperNetwork } from './stepper-start';
import {
  appendUpdate,
  applyUpdate,
  parseUpdates,
  type UpdateResult,
  type UpdateRun,
} from './backprop-updates';

/** The range a link's learning rates are checked against. */
export const STEPPER_RATE = { min: 0.01, max: 5 };
/** The most updates a link may ask to replay. */
export const STEPPER_MAX_UPDATES = 500;

/** What the stepper's link holds (see `BackpropStepper.svelte`). */
export interface StepperLinkState {
  sample: number;
  loss: string;
  done: number;
  selected: string;
  updates: string;
  lr: number;
}

/**
 * The backprop stepper's state: which XOR example and loss, how many stages of the two passes are
 * shown, the parameter selected, and the updates applied so far. Everything shown is derived from
 * the engine's network. The network is the engine's and is not proxied (a proxy would hide it from
 * the engine); an update is made on a copy that then replaces it, so whatever reads `net` follows.
 */
export class StepperRun {
  readonly sizes = STEPPER_SIZES;
  readonly data = gates.XOR;
  readonly #seed: number;
  readonly #startSample: number;

  net!: Network;
  /** The example's index in the truth table. */
  sample!: number;
  loss: LossName = $state('mse');
  /** Stages of the two passes shown, from 0 to `stages.length`. */
  done = $state(0);
  selected: ParameterRef = $state({ type: 'weight', layer: 2, j: 1, k: 1 });
  /** The updates applied since the start (what a link replays). */
  updates: UpdateRun[] = $state.raw([]);
  /** The next update's learning rate. */
  lr = $state(1);
  /** The last update made, or null. */
  lastUpdate: UpdateResult | null = $state.raw(null);
  /** How many updates have been applied since the start. */
  updateCount = $derived(this.updates.reduce((sum, run) => sum + run.count, 0));
  /** Whether one more update would make a history no link can replay. */
  atUpdateLimit = $derived(this.updateCount >= STEPPER_MAX_UPDATES);

  readonly forwardCount = forwardStageCount(STEPPER_SIZES);
  x = $derived(this.data.inputs[this.sample]);
  y = $derived(this.data.targets[this.sample]);
  parameters = $derived(parameters(this.net));
  forward = $derived(this.net.forward(this.x));
  weights = $derived(this.net.getWeights());
  grads = $derived(this.net.gradients(this.x, this.y, this.loss));
  stages = $derived(backpropStages(STEPPER_SIZES, this.grads));
  filled = $derived(filledBy(this.stages, this.done, STEPPER_SIZES));
  nodeGrads = $derived(nodeGradients(this.stages, STEPPER_SIZES));
  /** The stage shown last, or null before the first. */
  current = $derived(this.done > 0 ? this.stages[this.done - 1] : null);
  /** The selected parameter's chain-rule product, factor by factor. */
  explained = $derived(this.net.explainGradient(this.x, this.y, this.loss, this.selected));
  /** Every gradient beside its central-difference estimate. */
  check = $derived(gradientCheck(this.net, { inputs: [this.x], targets: [this.y] }, this.loss));
  /** Whether the backward pass has reached the selected parameter's neuron. */
  selectedKnown = $derived(this.filled.dLdz.has(nodeKey(this.selected.layer, this.selected.j)));
  /** The last update, while its example and loss are the ones chosen. */
  shownUpdate = $derived(
    this.lastUpdate && this.lastUpdate.sample === this.sample && this.lastUpdate.loss === this.loss
      ? this.lastUpdate
      : null,
  );

  constructor(seed: number, sample: number) {
    this.#seed = seed;
    this.#startSample = sample;
    this.net = $state.raw(this.#fresh());
    this.sample = $state(sample);
  }

  #fresh(): Network {
    return stepperNetwork(this.#seed);
  }

  stepForward(): void {
    if (this.done < this.forwardCount) this.done++;
  }
  stepBackward(): void {
    if (this.done >= this.forwardCount && this.done < this.stages.length) this.done++;
  }
  runBothPasses(): void {
    this.done = this.stages.length;
  }
  /** Clears the passes, to run them again (after another example or loss is chosen). */
  clearPasses(): void {
    this.done = 0;
  }
  select(p: ParameterRef): void {
    this.selected = p;
  }

  /**
   * One gradient-descent update on the chosen example; the passes are cleared for the new weights.
   * Refused at the update limit, so every state the stepper reaches can be shared as a link.
   */
  applyUpdate(): void {
    if (this.atUpdateLimit) return;
    const next = this.net.clone();
    const at = { sample: this.sample, loss: this.loss, lr: this.lr };
    this.lastUpdate = applyUpdate(next, this.x, this.y, at);
    this.updates = appendUpdate(this.updates, at);
    this.net = next;
    this.done = 0;
  }

  /** Rebuilds the network from its start and applies a history's updates to it, in order. */
  replay(runs: UpdateRun[]): void {
    const fresh = this.#fresh();
    let result: UpdateResult | null = null;
    for (const run of runs) {
      for (let i = 0; i < run.count; i++)
        result = applyUpdate(
          fresh,
          this.data.inputs[run.sample],
          this.data.targets[run.sample],
          run,
        );
    }
    this.net = fresh;
    this.updates = runs;
    this.lastUpdate = result;
  }

  /** Back to the start: the first network, the first example, no passes, no updates. */
  reset(): void {
    this.replay([]);
    this.done = 0;
    this.lr = 1;
    this.sample = this.#startSample;
    this.loss = 'mse';
  }

  /** Sets everything a link holds; the link's values have passed its schema. */
  restore(state: StepperLinkState): void {
    this.replay(
      parseUpdates(
        state.updates,
        this.data.inputs.length,
        STEPPER_RATE,
        STEPPER_MAX_UPDATES,
      ) as UpdateRun[],
    );
    ({ sample: this.sample, done: this.done, lr: this.lr } = state);
    this.loss = state.loss as LossName;
    this.selected = parameterFromKey(state.selected);
  }

  /** The selected parameter as its link key. */
  get selectedKey(): string {
    return parameterKey(this.selected);
  }
}
