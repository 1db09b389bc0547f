import { EditorState, Prec } from '@codemirror/state';
import {
  EditorView,
  keymap,
  lineNumbers,
  drawSelection,
  highlightActiveLine,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completeFromList,
  completionKeymap,
} from '@codemirror/autocomplete';
import {
  bracketMatching,
  HighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { javascript, typescriptLanguage } from '@codemirror/lang-javascript';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { cellScopeNames } from '../cell-scope-names';
import { HIGHLIGHT_RULES } from '../highlight-rules';

/** What a cell's code view needs from its editor. */
export interface CellEditor {
  readonly code: string;
  setCode(code: string): void;
  focus(): void;
  /** Marks a line (1-based, in the cell) as the place an error came from. */
  markError(line: number, column: number | undefined, message: string): void;
  clearErrors(): void;
  destroy(): void;
}

export interface EditorOptions {
  /** Accessible name of the editing area, e.g. "Code of cell 2". */
  label: string;
  onChange(code: string): void;
  onRun(): void;
  /** The editing area gained or lost focus (CodeMirror reports it a few milliseconds late). */
  onFocusChange(focused: boolean): void;
}

// Colours come from CSS variables (notebook.css), so the editor follows the site's light and dark
// themes, and the kinds from the list the build's highlighted cells use, so both look alike.
const highlight = HighlightStyle.define(
  HIGHLIGHT_RULES.map(({ tag, kind }) => ({
    tag,
    color: `var(--nb-hl-${kind})`,
    ...(kind === 'comment' ? { fontStyle: 'italic' } : {}),
  })),
);

const completions = completeFromList(
  cellScopeNames().map((name) => ({ label: name, type: 'function' })),
);

/** Mounts a CodeMirror 6 editor for TypeScript cells in `parent`. Loaded only when a reader edits. */
export function createCellEditor(
  parent: HTMLElement,
  code: string,
  options: EditorOptions,
): CellEditor {
  const run = () => {
    options.onRun();
    return true;
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: code,
      extensions: [
        // Shift+Enter and Ctrl/Cmd+Enter run the cell, before any other binding of Enter.
        Prec.highest(
          keymap.of([
            { key: 'Shift-Enter', run },
            { key: 'Mod-Enter', run },
          ]),
        ),
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        autocompletion({ override: [completions] }),
        lintGutter(),
        javascript({ typescript: true }),
        typescriptLanguage.data.of({ autocomplete: completions }),
        syntaxHighlighting(highlight),
        // Tab indents; Escape then Tab leaves the editor (CodeMirror's tab-focus convention).
        keymap.of([
          ...closeBracketsKeymap,
          ...completionKeymap,
          ...historyKeymap,
          ...defaultKeymap,
          indentWithTab,
        ]),
        // tabindex: the editing area is focusable by itself (axe and some screen readers expect it of a scroll region's content).
        EditorView.contentAttributes.of({ 'aria-label': options.label, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
          if (update.focusChanged) options.onFocusChange(update.view.hasFocus);
        }),
      ],
    }),
  });

  return {
    get code() {
      return view.state.doc.toString();
    },
    setCode(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    focus: () => view.focus(),
    markError(line, column, message) {
      const doc = view.state.doc;
      const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
      const from = column ? Math.min(at.from + column - 1, at.to) : at.from;
      const to = from < at.to ? at.to : from;
      view.dispatch(setDiagnostics(view.state, [{ from, to, severity: 'error', message }]));
    },
    clearErrors: () => view.dispatch(setDiagnostics(view.state, [])),
    destroy: () => view.destroy(),
  };
}
