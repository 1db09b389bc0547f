import { codeToIpynb } from '../ipynb';
import { cellsFromIpynb, IpynbImportError } from '../ipynb-import';
import { pageStorage } from '../../lib/safe-storage';
import { mergeScratch } from '../scratch-merge';
import {
  createScratchStore,
  parseScratchCells,
  SCRATCH_KEY,
  STARTER_CELLS,
  type ScratchCell,
} from '../scratch-store';
import { button, el } from './dom';
import { createNotebook, type PageCell } from './notebook';
import { createNotebookBar } from './notebook-bar';

/** Longest code a link may bring in (`#cell=`): a guard against a hostile or broken link. */
const MAX_LINKED_CODE = 20_000;

/** The code a `#cell=<encoded code>` link brings (from the playground's "open as a code cell"), if any. */
export function codeFromHash(hash: string): { code?: string; problem?: string } {
  const match = /^#cell=(.*)$/s.exec(hash);
  if (!match) return {};
  try {
    const code = decodeURIComponent(match[1]);
    if (code.length > MAX_LINKED_CODE)
      return {
        problem: `The link's code is longer than ${MAX_LINKED_CODE} characters, so it was not added.`,
      };
    return { code };
  } catch {
    return {
      problem:
        "The link's code could not be read (it may have been cut short), so nothing was added.",
    };
  }
}

/** The scratch notebook page: cells the reader adds, deletes and moves, kept in this browser. */
export function bootScratchNotebook(container: HTMLElement) {
  const newId = () => Math.random().toString(36).slice(2, 10);
  const storage = pageStorage();
  const store = createScratchStore(storage, newId);
  const byCell = new Map<PageCell, ScratchCell>();
  /** The list as this tab last read or wrote it: the base for merging another tab's save. */
  let known: ScratchCell[] = store.cells.map((c) => ({ ...c }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    store.cells.splice(
      0,
      store.cells.length,
      ...notebook.cells.map((cell) => ({ ...byCell.get(cell)!, code: cell.view.code })),
    );
    store.save();
    known = store.cells.map((c) => ({ ...c }));
    bar.setStorageNotice(store.notice);
  };
  addEventListener('pagehide', save);

  const notebook = createNotebook({
    edited(cell, code) {
      cell.original = code; // A scratch cell has no lesson version: nothing is "modified".
      clearTimeout(timer);
      timer = setTimeout(save, 400);
    },
    reset: () => {},
    runStarted: () => {},
    runFinished: () => {},
  });
  const cellsHost = el('div', { class: 'nb-scratch-cells' });

  const addCell = (saved: ScratchCell, focus = false) => {
    const root = el('div', { class: 'nb-cell' });
    root.append(el('div', { class: 'nb-code' }));
    cellsHost.append(root);
    const cell = notebook.add({ root, original: saved.code, code: saved.code });
    byCell.set(cell, saved);
    cell.ui.tools.prepend(
      button('Move up', () => (notebook.move(cell, -1), save())),
      button('Move down', () => (notebook.move(cell, 1), save())),
      button('Delete', () => {
        notebook.remove(cell);
        byCell.delete(cell);
        save();
        bar.setNotice(
          `Cell deleted. ${notebook.cells.length} cell${notebook.cells.length === 1 ? '' : 's'} left.`,
        );
      }),
    );
    if (focus) void cell.view.open(true);
    return cell;
  };

  const bar = createNotebookBar(notebook, {
    name: 'scratch-notebook',
    resetAll: {
      label: 'Start over',
      question: 'Delete every cell of the scratch notebook and start again from the example cells?',
      run() {
        for (const cell of [...notebook.cells]) notebook.remove(cell);
        byCell.clear();
        for (const code of STARTER_CELLS) addCell({ id: newId(), code });
        save();
      },
    },
    ipynb: async () =>
      codeToIpynb(
        'Scratch notebook',
        {
          pageUrl: location.href.replace(/#.*$/, ''),
          moduleUrl: container.dataset.engineModule ?? '',
        },
        notebook.cells.map((c) => c.view.code),
      ),
  });
  /** Replaces the cells with a notebook file's code cells; a file that cannot be opened changes nothing. */
  const openFile = async (file: File) => {
    let imported;
    try {
      imported = cellsFromIpynb(await file.text());
    } catch (error) {
      const why = error instanceof IpynbImportError ? error.message : String(error);
      bar.setNotice(`${file.name} was not opened: ${why} Your cells are unchanged.`);
      return;
    }
    const count = notebook.cells.length;
    const question = `Replace the ${count} cell${count === 1 ? '' : 's'} of your scratch notebook with the ${imported.codes.length} code cell${imported.codes.length === 1 ? '' : 's'} of ${file.name}?`;
    if (count > 0 && !confirm(question)) return;
    for (const cell of [...notebook.cells]) notebook.remove(cell);
    byCell.clear();
    for (const code of imported.codes) addCell({ id: newId(), code });
    save();
    const leftOut = imported.leftOut
      ? ` ${imported.leftOut} Markdown or raw cell${imported.leftOut === 1 ? ' was' : 's were'} left out: this notebook holds code only.`
      : '';
    bar.setNotice(
      `Opened ${file.name}: ${imported.codes.length} code cell${imported.codes.length === 1 ? '' : 's'}, not run yet.${leftOut}`,
    );
  };
  const picker = el('input', {
    type: 'file',
    accept: '.ipynb,application/x-ipynb+json,application/json',
    class: 'nn-sr-only',
    tabindex: '-1',
    'aria-hidden': 'true',
  });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void openFile(file);
  });
  const opener = el('p', { class: 'nb-open' });
  opener.append(
    button('Open a notebook (.ipynb)…', () => picker.click(), {
      title: 'Or drop an .ipynb file on the notebook',
    }),
    picker,
  );
  container.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  container.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void openFile(file);
  });

  container.append(
    opener,
    bar.root,
    cellsHost,
    button('Add a cell', () => (addCell({ id: newId(), code: '' }, true), save()), {
      quiet: false,
    }),
  );
  for (const saved of store.cells) addCell(saved);

  const linked = codeFromHash(location.hash);
  if (linked.code !== undefined) {
    addCell({ id: newId(), code: linked.code }).root.scrollIntoView({ block: 'center' });
    save();
    bar.setNotice(
      'A cell was added at the end from the link you followed. It has not been run: read it, then press Run.',
    );
  } else if (linked.problem) {
    bar.setNotice(linked.problem);
  }
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);

  // Another tab saved the scratch notebook: merge its changes in, cell by cell, losing nothing.
  window.addEventListener('storage', (event) => {
    if (!storage || event.storageArea !== storage || event.key !== SCRATCH_KEY) return;
    const theirs = parseScratchCells(event.newValue);
    if (!theirs) return;
    const mine = notebook.cells.map((cell) => ({ id: byCell.get(cell)!.id, code: cell.view.code }));
    const merged = mergeScratch(known, mine, theirs, newId);
    known = theirs;
    if (JSON.stringify(merged.cells) !== JSON.stringify(mine)) showMerged(merged);
    // What theirs lacks (my edits, my cells) goes back to storage, and so to the other tab.
    if (JSON.stringify(merged.cells) !== JSON.stringify(theirs)) save();
  });

  function showMerged(merged: ReturnType<typeof mergeScratch>) {
    const byId = new Map([...byCell].map(([cell, saved]) => [saved.id, cell]));
    const order = merged.cells.map((saved) => {
      const cell = byId.get(saved.id);
      if (!cell) return addCell(saved);
      if (cell.view.code !== saved.code) cell.view.setCode(saved.code);
      cell.original = saved.code;
      return cell;
    });
    for (const cell of [...notebook.cells]) {
      if (order.includes(cell)) continue;
      notebook.remove(cell);
      byCell.delete(cell);
    }
    notebook.order(order);
    for (const cell of order) {
      if (merged.copies.has(byCell.get(cell)!.id))
        cell.ui.setNotice(
          'This is the other tab’s version of the cell above, which was changed there while you edited it here. Both are kept.',
        );
    }
    bar.setNotice('This notebook was changed in another tab; those changes are merged in here.');
  }
  bar.setStorageNotice(store.notice);
}
