import { describe, expect, it } from 'vitest';
import { chartDrag, type ChartFraction } from './chart-drag';

/** A chart's wrapper as the action sees it: events, pointer capture, and one visible plot. */
function fakeChart(plot: { left: number; top: number; width: number; height: number } | null) {
  const target = new EventTarget();
  const captured: number[] = [];
  const node = Object.assign(target, {
    setPointerCapture: (id: number) => captured.push(id),
    querySelector: (selector: string) => {
      expect(selector).toBe('.plot:not([hidden])');
      return plot && { getBoundingClientRect: () => plot };
    },
  }) as unknown as HTMLElement;
  const fire = (type: string, clientX = 0, clientY = 0, pointerId = 1) =>
    node.dispatchEvent(Object.assign(new Event(type), { clientX, clientY, pointerId }));
  return { node, captured, fire };
}

const box = { left: 100, top: 50, width: 200, height: 100 };

describe('chartDrag()', () => {
  it('chartDrag(node, { onpoint }) turns a press, the drag and nothing after the release into fractions of the plot', () => {
    const { node, captured, fire } = fakeChart(box);
    const seen: ChartFraction[] = [];
    chartDrag(node, { onpoint: (at) => seen.push(at) });
    fire('pointermove', 150, 60);
    fire('pointerdown', 150, 75, 7);
    fire('pointermove', 300, 150);
    fire('pointermove', 350, 0);
    fire('pointerup');
    fire('pointermove', 200, 100);
    expect(captured).toEqual([7]);
    expect(seen).toEqual([
      { x: 0.25, y: 0.25 },
      { x: 1, y: 1 },
      { x: 1.25, y: -0.5 },
    ]);
  });

  it('chartDrag() stops following on pointercancel (a touch taken over by scrolling)', () => {
    const { node, fire } = fakeChart(box);
    const seen: ChartFraction[] = [];
    chartDrag(node, { onpoint: (at) => seen.push(at) });
    fire('pointerdown', 100, 50);
    fire('pointercancel');
    fire('pointermove', 300, 150);
    expect(seen).toEqual([{ x: 0, y: 0 }]);
  });

  it('chartDrag(node, { drag: false }) takes the press alone, without capturing the pointer', () => {
    const { node, captured, fire } = fakeChart(box);
    const seen: ChartFraction[] = [];
    chartDrag(node, { onpoint: (at) => seen.push(at), drag: false });
    fire('pointerdown', 200, 100);
    fire('pointermove', 300, 150);
    expect(captured).toEqual([]);
    expect(seen).toEqual([{ x: 0.5, y: 0.5 }]);
  });

  it('update() swaps the callback and destroy() removes the listeners', () => {
    const { node, fire } = fakeChart(box);
    const first: ChartFraction[] = [];
    const second: ChartFraction[] = [];
    const action = chartDrag(node, { onpoint: (at) => first.push(at) });
    action.update!({ onpoint: (at) => second.push(at) });
    fire('pointerdown', 300, 50);
    fire('pointerup');
    action.destroy!();
    fire('pointerdown', 100, 50);
    expect(first).toEqual([]);
    expect(second).toEqual([{ x: 1, y: 0 }]);
  });

  it('chartDrag() does nothing before a plot is drawn', () => {
    const { node, fire } = fakeChart(null);
    const seen: ChartFraction[] = [];
    chartDrag(node, { onpoint: (at) => seen.push(at) });
    fire('pointerdown', 100, 50);
    expect(seen).toEqual([]);
  });
});
