import { createEditStore } from '../edit-store';
import { withCellCode } from '../ipynb';
import { pageStorage } from '../safe-storage';
import { createNotebook, type Notebook } from './notebook';
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
  const store = createEditStore(pageStorage(), lesson);
  const interrupted = store.interruptedRun();
  store.finishRun();

  // Saving waits for a pause in typing; leaving the page saves at once.
  const pending = new Map<number, () => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    for (const save of pending.values()) save();
    pending.clear();
    bar.setStorageNotice(store.notice);
  };
  addEventListener('pagehide', flush);

  const notebook: Notebook = createNotebook({
    edited(cell, code) {
      pending.set(cell.number, () => store.save(cell.number, code, cell.original));
      clearTimeout(timer);
      timer = setTimeout(flush, 400);
    },
    reset(cell) {
      pending.delete(cell.number);
      store.reset(cell.number);
      bar.setStorageNotice(store.notice);
    },
    runStarted: (cell) => store.startRun(cell.number),
    runFinished: () => store.finishRun(),
  });

  for (const [index, root] of roots.entries()) {
    const original = root.dataset.source ?? '';
    const loaded = store.load(index + 1, original);
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
    store.resetAll(notebook.cells.length);
    for (const cell of notebook.cells) {
      cell.view.setCode(cell.original);
      cell.ui.setModified(false);
      cell.ui.setNotice('');
    }
    bar.setStorageNotice(store.notice);
  };
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
