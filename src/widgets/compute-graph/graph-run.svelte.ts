import { formatNumber, type ValueGraph } from '../../../engine/index.ts';
import type { Fold } from '../../lib/graph/group-graph';
import { groupName } from './fold-view';
import { closeGroup, MAX_OPEN, openGroup, shownGraph, widgetFold } from './graph-fold';
import { revealedAt, stepCount, stepOrder } from './graph-steps';
import {
  lessonGraph,
  NETWORKS,
  setInput,
  snapshot,
  type LessonGraph,
  type NetworkName,
} from './lesson-graph';

/**
 * The graph widget's state: the network chosen, the engine's Value graph, how many steps of the
 * two passes are shown, which folded groups are open, the node selected, and what the last edit
 * did. Methods are named for what the reader does; the component only reads the fields. The Values
 * themselves are the engine's and are not reactive (a proxy would hide them from the engine):
 * `graph` is a fresh snapshot after every change.
 */
export class GraphRun {
  network: NetworkName = $state('2-2-1');
  #lesson: LessonGraph = lessonGraph();
  graph: ValueGraph = $state.raw(snapshot(this.#lesson));
  /** Into what the graph is folded (drawn-fold.ts decides by its size), or null for every value. */
  fold: Fold | null = $state(null);
  /** The groups the reader opened: `L2N1` for the first neuron of layer 2. */
  expanded: ReadonlySet<string> = $state.raw(new Set());
  /** Steps shown: 0 (nothing computed) to `total` (both passes done). */
  step = $state(0);
  /** The node whose chain rule is shown, or null. */
  selected: number | null = $state(null);
  /** What the last edit changed, said in words; cleared by the next step. */
  edited = $state('');
  /** The step order does not depend on the numbers, only on the graph's shape. */
  order = $derived(stepOrder(this.graph));
  total = $derived(stepCount(this.order));
  revealed = $derived(revealedAt(this.graph, this.order, this.step));
  shown = $derived(shownGraph(this.graph, this.fold, this.expanded));

  /** The inputs, the target and the parameters, with their numbers as the latest snapshot has them. */
  inputs = $derived.by(() => {
    const byLabel = new Map(this.graph.nodes.map((n) => [n.label, n.data]));
    return this.#lesson.inputs.map((i) => ({ ...i, data: byLabel.get(i.key)! }));
  });

  next(): void {
    if (this.step < this.total) this.step++;
    this.edited = '';
  }
  back(): void {
    if (this.step > 0) this.step--;
    this.edited = '';
  }
  /** Back to the chosen network's starting numbers, no step taken, every group folded. */
  reset(): void {
    this.#lesson = lessonGraph(undefined, undefined, undefined, NETWORKS[this.network]);
    this.graph = snapshot(this.#lesson);
    this.fold = widgetFold(this.graph);
    this.expanded = new Set();
    this.step = 0;
    this.selected = null;
    this.edited = '';
  }
  /** Shows another network, from its start. */
  choose(network: NetworkName): void {
    if (network === this.network) return;
    this.network = network;
    this.reset();
  }
  /**
   * Shows what a shared link holds: `network`, from its start unless it is the one shown, with the
   * groups `open` opened in that order (open-link.ts has checked them against the network).
   */
  restore(network: NetworkName, open: readonly string[]): void {
    this.choose(network);
    this.expanded = new Set(open);
  }
  select(id: number): void {
    this.selected = id;
  }
  /**
   * Opens a folded neuron or layer into its members. At most `MAX_OPEN` groups are open at once:
   * opening another folds the one opened first, and the live region says so.
   */
  expand(key: string): void {
    if (this.expanded.has(key)) return;
    const { expanded, folded } = openGroup(this.expanded, key);
    this.expanded = expanded;
    const name = (k: string) => groupName(this.graph, k);
    this.edited =
      folded.length === 0
        ? ''
        : `${name(key)} is open; ${folded.map(name).join(' and ')} folded again, as at most ${MAX_OPEN} groups are open at once.`;
  }

  /** Folds an open group back into one box (and the groups inside it). */
  collapse(key: string): void {
    this.expanded = closeGroup(this.expanded, key);
    this.edited = '';
  }

  /** Sets an input, a weight or the target and runs both passes again; the steps jump to the end. */
  edit(key: string, data: number): void {
    if (this.#lesson.inputs.find((i) => i.key === key)?.value.data === data) return;
    setInput(this.#lesson, key, data);
    this.graph = snapshot(this.#lesson);
    this.step = this.total;
    const loss = this.graph.nodes.at(-1)!;
    this.edited = `${key} = ${formatNumber(data)}. Both passes ran again: the loss L is now ${formatNumber(loss.data)}, and every value and gradient is updated.`;
  }
}
