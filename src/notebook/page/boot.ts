import { createEditStore } from '../edit-store';
import { crossTabAction } from './cross-tab';
import { button } from './dom';
import { withCellCode } from '../ipynb';
import { pageStorage } from '../../lib/safe-storage';
import { createNotebook, type Notebook, type PageCell } from './notebook';
import { createNotebookBar } from './notebook-bar';

/**
 * Brings a lesson's code cells to life. Saved code is never run by itself: after a page was closed
 * while a cell ran (a crash, a runaway loop), the reader is told so and nothing runs until asked.
 */
export function bootNotebook() {
  const runtime = document.getElementById('nb-runtime');
  const roots = [...document.querySelectorAll<HTMLElement>('.nb-cell')];
  if (!runtime || roots.length === 0) return;
  const lesson = runtime.dataset.lesson ?? location.pathname;
  const storage = pageStorage();
  const store = createEditStore(storage, lesson);
  const interrupted = store.interruptedRun();
  store.finishRun();

  // Saving waits for a pause in typing; leaving the page saves at once. A cell another tab
  // changed while this one had its own edit is held (not saved) until the reader chooses.
  const pending = new Map<number, () => void>();
  const held = new Set<number>();
  /** Per cell, the code this tab last read from or wrote to storage. */
  const known = new Map<number, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (all = false) => {
    clearTimeout(timer);
    for (const [n, save] of pending) {
      if (!all && held.has(n)) continue;
      save();
      pending.delete(n);
    }
    bar.setStorageNotice(store.notice);
  };
  addEventListener('pagehide', () => flush(true));
  const saveNow = (cell: PageCell, code: string) => {
    pending.delete(cell.number);
    held.delete(cell.number);
    store.save(cell.number, code, cell.original);
    known.set(cell.number, code);
  };

  const notebook: Notebook = createNotebook({
    edited(cell, code) {
      pending.set(cell.number, () => {
        store.save(cell.number, code, cell.original);
        known.set(cell.number, code);
      });
      clearTimeout(timer);
      timer = setTimeout(flush, 400);
    },
    reset(cell) {
      pending.delete(cell.number);
      held.delete(cell.number);
      store.reset(cell.number);
      known.set(cell.number, cell.original);
      bar.setStorageNotice(store.notice);
    },
    runStarted: (cell) => store.startRun(cell.number),
    runFinished: () => store.finishRun(),
  });

  for (const [index, root] of roots.entries()) {
    const original = root.dataset.source ?? '';
    const loaded = store.load(index + 1, original);
    known.set(index + 1, loaded.code);
    const cell = notebook.add({
      root,
      original,
      code: loaded.code,
      saved: root.querySelector<HTMLElement>('.expressive-code') ?? undefined,
      timeoutMs: Number(root.dataset.timeout) * 1000 || undefined,
    });
    if (loaded.lessonChanged) {
      cell.ui.setNotice(
        "The lesson's version of this cell has changed since you edited it. Your edit is kept; Reset shows the new version.",
      );
    }
  }

  const resetAll = () => {
    pending.clear();
    held.clear();
    for (const cell of notebook.cells) known.set(cell.number, cell.original);
    store.resetAll(notebook.cells.length);
    for (const cell of notebook.cells) {
      cell.view.setCode(cell.original);
      cell.ui.setModified(false);
      cell.ui.setNotice('');
    }
    bar.setStorageNotice(store.notice);
  };
  // Two tabs on the same lesson: another tab's save reaches this one as a `storage` event.
  const show = (cell: PageCell, code: string) => {
    cell.view.setCode(code);
    cell.ui.setModified(code !== cell.original);
    pending.delete(cell.number);
  };
  window.addEventListener('storage', (event) => {
    if (!storage || event.storageArea !== storage) return;
    const n = store.cellOfKey(event.key);
    const cell = n === undefined ? undefined : notebook.cells[n - 1];
    if (!cell) return;
    const theirs = store.codeOf(event.newValue, cell.original);
    const mine = cell.view.code;
    const action = crossTabAction({
      current: mine,
      known: known.get(cell.number) ?? cell.original,
      unsaved: pending.has(cell.number),
      theirs,
    });
    known.set(cell.number, theirs);
    if (action === 'nothing') {
      if (held.delete(cell.number)) cell.ui.setNotice('');
    } else if (action === 'adopt') {
      show(cell, theirs);
      cell.ui.setNotice(
        'This cell was changed in another tab; it shows that version now.',
        button('Back to mine', () => {
          show(cell, mine);
          saveNow(cell, mine);
          cell.ui.setNotice('');
        }),
      );
    } else {
      held.add(cell.number);
      cell.ui.setNotice(
        'This cell was changed in another tab while you edited it here. Which version do you want?',
        button('Keep mine', () => {
          saveNow(cell, cell.view.code);
          cell.ui.setNotice('');
        }),
        button('Use theirs', () => {
          held.delete(cell.number);
          show(cell, known.get(cell.number) ?? theirs);
          cell.ui.setNotice('');
        }),
      );
    }
  });

  const bar = createNotebookBar(notebook, {
    name: lesson,
    resetAll: {
      label: 'Reset all my edits',
      question:
        "Put every cell on this page back to the lesson's version? Your edits here are deleted.",
      run: resetAll,
    },
    async ipynb() {
      const response = await fetch(runtime.dataset.ipynb!);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      return withCellCode(
        await response.json(),
        notebook.cells.map((cell) => cell.view.code),
      );
    },
  });
  const slot = document.querySelector('.nb-bar-slot');
  if (slot) slot.append(bar.root);
  else roots[0].before(bar.root);
  bar.setStorageNotice(store.notice);
  if (interrupted) {
    bar.setNotice(
      `Cell ${interrupted} was still running when this page was last closed. Nothing has been run now; your edits are kept. Run the cells when you are ready.`,
    );
  }
}
