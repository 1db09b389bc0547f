/**
 * Which presenter command a key press means, and when a key belongs to the control that has focus
 * instead: arrows must still move a slider or a radio group, Space must still press a button, and
 * nothing is taken from a text field or a code editor.
 */

/** What a key can ask the deck to do. */
export type DeckCommand = 'next' | 'previous' | 'first' | 'last' | 'exit';

/** What kind of thing has focus, as far as keys are concerned. */
export type FocusKind =
  /** Body, a heading, the slide itself: every deck key is free. */
  | 'none'
  /** A button, link, checkbox or summary: Space (and Enter) press it; arrows are free. */
  | 'pressable'
  /** A focused scroll region (a long step list): it keeps the keys that scroll it. */
  | 'scrolls'
  /** A text field, slider, radio group, select, editor or other composite: it owns every key. */
  | 'owns-keys';

/** Keys a focused scroll region uses to scroll itself. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

const COMMANDS: Record<string, DeckCommand> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

/** Maps a key press to a deck command, or null when the key is not the deck's to take. */
export function deckCommand(
  key: string,
  modifiers: { shift: boolean; ctrl: boolean; alt: boolean; meta: boolean },
  focus: FocusKind,
): DeckCommand | null {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  if (focus === 'owns-keys') return null;
  if (focus === 'pressable' && (key === ' ' || key === 'Enter')) return null;
  if (focus === 'scrolls' && SCROLL_KEYS.has(key)) return null;
  const command = COMMANDS[key];
  if (!command) return null;
  // Shift+Space goes back, as it scrolls back in a page.
  if (key === ' ' && modifiers.shift) return 'previous';
  return command;
}

const OWNS_KEYS =
  'input:not([type=button], [type=submit], [type=reset], [type=checkbox]), textarea, select, [contenteditable]:not([contenteditable=false]), .cm-editor, ' +
  '[role=slider], [role=spinbutton], [role=radio], [role=radiogroup], [role=textbox], [role=combobox], [role=listbox], ' +
  '[role=option], [role=tab], [role=tablist], [role=menu], [role=menuitem], [role=grid], [role=tree], [role=treeitem], dialog';
const PRESSABLE =
  'button, a[href], summary, input, [role=button], [role=link], [role=checkbox], [role=switch]';

/** Classifies the focused element (or its closest meaningful ancestor) for `deckCommand`. */
export function focusKind(target: Element | null): FocusKind {
  if (!target || target === document.body || target === document.documentElement) return 'none';
  if (target.closest(OWNS_KEYS)) return 'owns-keys';
  if (target.closest(PRESSABLE)) return 'pressable';
  if (
    target instanceof HTMLElement &&
    target.tabIndex >= 0 &&
    target.scrollHeight > target.clientHeight + 1
  )
    return 'scrolls';
  return 'none';
}

/** Keys that page through a slide taller than the screen before they leave it. */
const PAGING_KEYS = new Set(['PageDown', 'PageUp', ' ']);
/** How close to an end of the slide (in pixels) counts as being there. */
const EDGE_SLACK = 8;

/**
 * How far to scroll the slide instead of carrying out `command`, or 0 to carry it out. PageDown and
 * Space on a slide that goes on below the screen scroll it down most of a screen (the part still
 * seen keeps the reader's place); PageUp and Shift+Space scroll back up to its top the same way;
 * at the slide's end (or top) they move on. Arrows always move, for a presenter who means to.
 */
export function pageWithinSlide(
  command: DeckCommand,
  key: string,
  view: { top: number; height: number; total: number },
): number {
  if (!PAGING_KEYS.has(key)) return 0;
  const page = Math.round(view.height * 0.8);
  if (command === 'next') {
    const below = view.total - view.top - view.height;
    return below > EDGE_SLACK ? Math.min(page, below) : 0;
  }
  if (command === 'previous') return view.top > EDGE_SLACK ? -Math.min(page, view.top) : 0;
  return 0;
}
