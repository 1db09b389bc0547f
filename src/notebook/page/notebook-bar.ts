import type { Ipynb } from '../ipynb';
import { button, download, el } from './dom';
import type { Notebook } from './notebook';

export interface NotebookBarOptions {
  /** Names the downloaded files. */
  name: string;
  /** The label and the confirmation question of the control that throws all edits away. */
  resetAll: { label: string; question: string; run(): void };
  /** The notebook as a Jupyter notebook, with the reader's current code. */
  ipynb(): Promise<Ipynb>;
}

/** The cells' code as one TypeScript file, each cell headed by its number. */
export function cellsAsText(notebook: Notebook): string {
  return notebook.cells
    .map(
      (cell) =>
        `// ---- Cell ${cell.number}${cell.view.code === cell.original ? '' : ' (edited)'} ----\n${cell.view.code.trimEnd()}\n`,
    )
    .join('\n');
}

/**
 * The notebook's own toolbar, above its first cell: Run all, Restart kernel, Clear outputs, Reset all
 * my edits, and the downloads; plus a line for notices (storage, an interrupted run).
 */
export function createNotebookBar(notebook: Notebook, options: NotebookBarOptions) {
  const root = el('div', { class: 'nb-bar', role: 'toolbar', 'aria-label': 'Notebook' });
  const storageNotice = el('p', { class: 'nb-bar-notice', role: 'status', hidden: '' });
  const notice = el('p', { class: 'nb-bar-notice', role: 'status', hidden: '' });
  const say = (target: HTMLElement, message: string | undefined) => {
    target.textContent = message ?? '';
    target.hidden = !message;
  };

  const downloadNotebook = async () => {
    try {
      download(
        `${options.name}.ipynb`,
        JSON.stringify(await options.ipynb(), null, 1),
        'application/x-ipynb+json',
      );
    } catch (error) {
      say(
        notice,
        `The notebook file could not be made: ${(error as Error).message}. "Download the code" still works.`,
      );
    }
  };

  const buttons = el('div', { class: 'nb-bar-buttons' });
  buttons.append(
    button('Run all', () => void notebook.runAll(), { quiet: false }),
    button('Restart kernel', () => notebook.restart(), {
      title: 'Forget everything the cells defined',
    }),
    button('Clear outputs', () => notebook.clearOutputs()),
    button(options.resetAll.label, () => {
      if (confirm(options.resetAll.question)) options.resetAll.run();
    }),
    button(
      'Download the code',
      () => download(`${options.name}-cells.ts`, cellsAsText(notebook), 'text/typescript'),
      { title: "Every cell's code, as it is now, in one TypeScript file; edited cells are marked" },
    ),
    button('Download as notebook', () => void downloadNotebook(), {
      title: 'A Jupyter .ipynb file',
    }),
  );
  root.append(el('span', { class: 'nb-bar-title' }, 'Notebook'), buttons, storageNotice, notice);

  return {
    root,
    setStorageNotice: (message: string | undefined) => say(storageNotice, message),
    setNotice: (message: string | undefined) => say(notice, message),
  };
}
