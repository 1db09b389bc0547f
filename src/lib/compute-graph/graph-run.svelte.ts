import { formatNumber, type ValueGraph } from '../../../engine/index.ts';
import { revealedAt, stepCount, stepOrder } from './graph-steps';
import { lessonGraph, setInput, snapshot, type LessonGraph } from './lesson-graph';

/**
 * The graph widget's state: the engine's Value graph, how many steps of the two passes are shown,
 * the node selected, and what the last edit did. Methods are named for what the reader does; the
 * component only reads the fields. The Values themselves are the engine's and are not reactive
 * (a proxy would hide them from the engine): `graph` is a fresh snapshot after every change.
 */
export class GraphRun {
  #lesson: LessonGraph = lessonGraph();
  graph: ValueGraph = $state.raw(snapshot(this.#lesson));
  /** Steps shown: 0 (nothing computed) to `total` (both passes done). */
  step = $state(0);
  /** The node whose chain rule is shown, or null. */
  selected: number | null = $state(null);
  /** What the last edit changed, said in words; cleared by the next step. */
  edited = $state('');
  /** The step order does not depend on the numbers, only on the graph's shape. */
  readonly order = stepOrder(this.graph);
  readonly total = stepCount(this.order);
  revealed = $derived(revealedAt(this.graph, this.order, this.step));

  /** The inputs, the target and the parameters, with their numbers as the latest snapshot has them. */
  inputs = $derived(
    this.#lesson.inputs.map((i) => ({
      ...i,
      data: this.graph.nodes.find((n) => n.label === i.key)!.data,
    })),
  );

  next(): void {
    if (this.step < this.total) this.step++;
    this.edited = '';
  }
  back(): void {
    if (this.step > 0) this.step--;
    this.edited = '';
  }
  reset(): void {
    this.#lesson = lessonGraph();
    this.graph = snapshot(this.#lesson);
    this.step = 0;
    this.selected = null;
    this.edited = '';
  }
  select(id: number): void {
    this.selected = id;
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
