/**
 * The graph widget's zoom and scrolling as plain numbers, so they are tested without a browser: the
 * zoom at which a picture fits its box, the steps of the zoom buttons, and where to scroll to keep
 * a point still or bring a rectangle into view.
 */

export interface Size {
  width: number;
  height: number;
}
/** A rectangle in the viewport's scrolled content: `left` and `top` from its top-left corner. */
export interface Rect extends Size {
  left: number;
  top: number;
}

/** The zooms the buttons step through, besides the fitted one. */
export const ZOOMS = [0.25, 0.35, 0.5, 0.65, 0.8, 1, 1.25, 1.5];
/** Room left around a fitted picture, in pixels, so no box touches the viewport's edge. */
export const FIT_MARGIN = 16;

/**
 * The zoom at which `picture` fits inside `box` with `margin` pixels on every side; never above
 * 1, as a picture that fits at its own size is not blown up.
 */
export function fitZoom(picture: Size, box: Size, margin = FIT_MARGIN): number {
  const room = (have: number, need: number) => Math.max(have - 2 * margin, 1) / need;
  return Math.min(1, room(box.width, picture.width), room(box.height, picture.height));
}

/** Steps closer than this ratio to the fitted zoom are left out, so no step is a nudge. */
const NEAR = 1.1;

/**
 * The zoom one button press away from `zoom`: the next of ZOOMS, or `fit` when that comes first,
 * in `direction` (1 in, -1 out). The lowest zoom is ZOOMS[0] or `fit`, whichever is lower; at
 * either end the zoom stays.
 */
export function nextZoom(zoom: number, direction: 1 | -1, fit: number): number {
  const steps = [...ZOOMS.filter((z) => z / fit > NEAR || fit / z > NEAR), fit]
    .filter((z) => z >= Math.min(ZOOMS[0], fit))
    .sort((a, b) => a - b);
  const ahead = steps.filter((z) => (direction === 1 ? z > zoom * 1.001 : z < zoom / 1.001));
  if (ahead.length === 0) return zoom;
  return direction === 1 ? ahead[0] : ahead[ahead.length - 1];
}

/** Where the picture's top-left corner sits in the viewport's scrolled content. */
export interface Corner {
  x: number;
  y: number;
}

/**
 * Where to scroll so that the picture's point at the centre of `view` stays at the centre when the
 * zoom goes from `from` to `to`. The picture's corner moves (`before`, `after`) when the picture is
 * smaller than the view, which centres it.
 */
export function scrollForZoom(
  view: Rect,
  from: number,
  to: number,
  before: Corner,
  after: Corner,
): { left: number; top: number } {
  const x = (view.left + view.width / 2 - before.x) / from;
  const y = (view.top + view.height / 2 - before.y) / from;
  return {
    left: Math.max(0, after.x + x * to - view.width / 2),
    top: Math.max(0, after.y + y * to - view.height / 2),
  };
}

/**
 * Where to scroll so that `rect` is inside `view` with `margin` to spare, moving as little as
 * possible; when `rect` is bigger than the view, its top-left corner is what is kept in view.
 */
export function scrollToShow(
  view: Rect,
  rect: Rect,
  margin = FIT_MARGIN,
): { left: number; top: number } {
  const axis = (start: number, size: number, from: number, length: number) => {
    let at = start;
    if (from + length + margin > start + size) at = from + length + margin - size;
    if (from - margin < at) at = from - margin;
    return Math.max(0, at);
  };
  return {
    left: axis(view.left, view.width, rect.left, rect.width),
    top: axis(view.top, view.height, rect.top, rect.height),
  };
}
