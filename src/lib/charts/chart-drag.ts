import type { ActionReturn } from 'svelte/action';

/** Where the pointer is on a chart, as fractions of the drawn plot's box (0 at left and top). */
export interface ChartFraction {
  x: number;
  y: number;
}

export interface ChartDragOptions {
  /** Called on the press, and on every move while the pointer stays down if `drag` is on. */
  onpoint: (at: ChartFraction) => void;
  /** Follow the pointer while it is held (default), or take the press alone (a pick). */
  drag?: boolean;
}

/**
 * `use:chartDrag={{ onpoint }}` on the element around a `PlotFigure`: a press, and a drag while
 * it is held, become fractions of the visible plot's box. The element captures the pointer, so a
 * drag that leaves the chart keeps steering it until the pointer is let go.
 */
export function chartDrag(
  node: HTMLElement,
  options: ChartDragOptions,
): ActionReturn<ChartDragOptions> {
  let current = options;
  let dragging = false;

  function point(event: PointerEvent) {
    // PlotFigure keeps the build-time chart and the live one; only one of them is shown.
    const plot = node.querySelector('.plot:not([hidden])');
    if (!plot) return;
    const box = plot.getBoundingClientRect();
    current.onpoint({
      x: (event.clientX - box.left) / box.width,
      y: (event.clientY - box.top) / box.height,
    });
  }
  function down(event: PointerEvent) {
    if (current.drag !== false) {
      dragging = true;
      node.setPointerCapture(event.pointerId);
    }
    point(event);
  }
  function move(event: PointerEvent) {
    if (dragging) point(event);
  }
  function up() {
    dragging = false;
  }

  node.addEventListener('pointerdown', down);
  node.addEventListener('pointermove', move);
  node.addEventListener('pointerup', up);
  node.addEventListener('pointercancel', up);
  return {
    update(next) {
      current = next;
    },
    destroy() {
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('pointermove', move);
      node.removeEventListener('pointerup', up);
      node.removeEventListener('pointercancel', up);
    },
  };
}
