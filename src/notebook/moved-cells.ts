/**
 * Lessons whose code cells came from another lesson when that lesson was split, keyed by the
 * lesson the cells are in now. A reader's edits were saved under the old lesson's name; they follow
 * their cells here the first time the new lesson loads (`createEditStore`).
 */
export const CELLS_MOVED_FROM: Readonly<Record<string, readonly string[]>> = {
  // Lesson 9's three cells (one gradient, the gradient check, a Value graph) are lesson 15's.
  'checking-gradients-and-autograd': ['forward-and-backpropagation'],
};
