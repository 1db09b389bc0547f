/**
 * What a tab does when another tab of the same browser saved a cell it shows:
 * - `nothing`: it already shows that code;
 * - `adopt`: it has no edit of its own since it last read or wrote the cell, so it shows theirs
 *   (saying so, with a way back);
 * - `ask`: it has its own edit, so neither is dropped: the reader chooses "Keep mine" or "Use theirs".
 */
export type CrossTabAction = 'nothing' | 'adopt' | 'ask';

export interface CrossTabState {
  /** The code this tab shows now. */
  current: string;
  /** The code this tab last read from or wrote to storage for the cell. */
  known: string;
  /** This tab has an edit waiting to be saved (typing, or held during a conflict). */
  unsaved: boolean;
  /** The code the other tab saved. */
  theirs: string;
}

export function crossTabAction({ current, known, unsaved, theirs }: CrossTabState): CrossTabAction {
  if (theirs === current) return 'nothing';
  return !unsaved && current === known ? 'adopt' : 'ask';
}
