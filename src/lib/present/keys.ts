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
