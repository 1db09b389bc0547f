import type { CellEditor } from './editor';
import { el } from './dom';

export interface CodeViewOptions {
  /** The code block the build rendered (highlighted), if any. */
  saved?: HTMLElement;
  /** Where the view goes when there is no saved block. */
  container: HTMLElement;
  label: string;
  code: string;
  /** The code the build's block shows; the block is shown whenever the code is exactly this. */
  savedCode?: string;
  onChange(code: string): void;
  onRun(): void;
}

/**
 * The code of one cell: the build's highlighted block while the reader only reads, a plain block
 * for a restored edit, and a CodeMirror editor from the moment the reader focuses or clicks it.
 * The editor's code is loaded then, not before, so pages stay light.
 */
export function createCodeView(options: CodeViewOptions) {
  let code = options.code;
  let editor: CellEditor | undefined;
  let loading: Promise<CellEditor> | undefined;
  const plain = el('pre', { class: 'nb-plain' });
  // not-content: Starlight's prose spacing must not reach the editor's lines.
  const host = el('div', { class: 'nb-editor not-content', hidden: '' });
  const hint = el(
    'p',
    { class: 'nb-editor-hint nb-editor-hint-idle', hidden: '' },
    'Shift+Enter runs. Tab indents; press Esc, then Tab, to leave the editor.',
  );
  const saved = options.saved;
  const anchor = saved ?? options.container;
  if (saved) saved.after(plain, host, hint);
  else anchor.append(plain, host, hint);

  // The visible read-only view: focusable, so keyboard readers can reach it and start editing.
  const showReadOnly = () => {
    const useSaved = saved && code === options.savedCode;
    plain.textContent = code;
    plain.hidden = Boolean(useSaved);
    if (saved) saved.hidden = !useSaved;
    return useSaved ? saved.querySelector('pre')! : plain;
  };
  const prepare = (target: HTMLElement) => {
    target.tabIndex = 0;
    target.setAttribute('aria-label', `${options.label}. Focus or click to edit.`);
    target.addEventListener('focus', () => void open(true));
    target.addEventListener('click', () => void open(true));
  };
  prepare(plain);
  if (saved) prepare(saved.querySelector('pre')!);
  showReadOnly();

  const open = (focus: boolean): Promise<CellEditor> => {
    loading ??= import('./editor').then(({ createCellEditor }) => {
      editor = createCellEditor(host, code, {
        label: options.label,
        onChange(next) {
          code = next;
          options.onChange(next);
        },
        onRun: options.onRun,
        // The hint fades without giving up its line: CodeMirror reports a blur ~10 ms after the
        // press that caused it, and a line vanishing then would move the button being pressed
        // from under the pointer before its release, losing the click.
        onFocusChange: (focused) => hint.classList.toggle('nb-editor-hint-idle', !focused),
      });
      if (saved) saved.hidden = true;
      plain.hidden = true;
      host.hidden = false;
      hint.hidden = false;
      return editor;
    });
    return loading.then((e) => {
      if (focus) e.focus();
      return e;
    });
  };

  return {
    get code() {
      return editor ? editor.code : code;
    },
    /** Replaces the code (Reset); with the editor open this goes through it, so `onChange` sees it too. */
    setCode(next: string) {
      code = next;
      if (editor) editor.setCode(next);
      else showReadOnly();
    },
    /** Opens the editor, optionally focused. */
    open,
    /** Marks where an error came from, opening the editor so the mark can be seen. */
    async markError(line: number, column: number | undefined, message: string) {
      (await open(false)).markError(line, column, message);
    },
    clearErrors() {
      editor?.clearErrors();
    },
  };
}
