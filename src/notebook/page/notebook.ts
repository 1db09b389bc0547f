import { createKernelClient, type RunResult } from '../kernel-client';
import { createCellUi, type CellUi } from './cell-ui';
import { createCodeView } from './code-view';
import { button } from './dom';

/** One cell on the page. */
export interface PageCell {
  root: HTMLElement;
  readonly number: number;
  ui: CellUi;
  view: ReturnType<typeof createCodeView>;
  /** The code the cell came with (the lesson's version), for Reset. */
  original: string;
  timeoutMs: number;
}

export interface CellSpec {
  root: HTMLElement;
  /** The code the cell came with: the lesson's version, or a scratch cell's first code. */
  original: string;
  /** The code to show now: the reader's saved edit if any. */
  code: string;
  /** The build's highlighted block for `original`, when there is one. */
  saved?: HTMLElement;
  timeoutMs?: number;
}

/** What the page around the notebook does when cells change or run (storage, for a lesson or the scratch page). */
export interface NotebookHooks {
  edited(cell: PageCell, code: string): void;
  reset(cell: PageCell): void;
  runStarted(cell: PageCell): void;
  runFinished(): void;
}

const newKernel = () =>
  createKernelClient(
    () =>
      new Worker(new URL('../kernel-worker.ts', import.meta.url), {
        type: 'module',
        name: 'Neural Notebook kernel',
      }),
  );

/**
 * A page's notebook: its cells, the one kernel they share (a Web Worker, started on the first run),
 * running one cell or all of them, Stop, Restart and Clear.
 */
export function createNotebook(hooks: NotebookHooks) {
  const cells: PageCell[] = [];
  let kernel: ReturnType<typeof newKernel> | undefined;
  let runAllActive = false;
  const numberOf = (cell: PageCell) => cells.indexOf(cell) + 1;
  const renumber = () => cells.forEach((cell, i) => cell.ui.setNumber(i + 1));

  const markOthersStale = (except: PageCell) => {
    for (const other of cells)
      if (other !== except && other.ui.output.childElementCount > 0) other.ui.setStale(true);
  };

  const afterRun = (cell: PageCell, result: RunResult) => {
    cell.ui.setRunning(false);
    cell.ui.setCount(result.count);
    if (result.lostState) {
      markOthersStale(cell);
      const above = cells.slice(0, cells.indexOf(cell));
      const again = button(
        `Run cells above again (${above.length})`,
        () => void runSequence(above),
      );
      cell.ui.setNotice(
        'The kernel had to be restarted to stop this cell, so everything earlier cells defined is gone.',
        ...(above.length > 0 ? [again] : []),
      );
    } else if (result.stopped) {
      cell.ui.setNotice('Stopped. The kernel kept everything defined so far.');
    }
  };

  // A cell asked to run again while it runs or waits (Shift+Enter twice) keeps its one run:
  // a second would clear the first's output and end with the first's Run button state.
  const inFlight = new Map<PageCell, Promise<RunResult>>();
  function run(cell: PageCell): Promise<RunResult> {
    const already = inFlight.get(cell);
    if (already) return already;
    const running = runOnce(cell).finally(() => inFlight.delete(cell));
    inFlight.set(cell, running);
    return running;
  }

  async function runOnce(cell: PageCell): Promise<RunResult> {
    kernel ??= newKernel();
    const renderer = import('./render-outputs');
    let rendering = Promise.resolve();
    cell.view.clearErrors();
    cell.ui.setCount('*');
    cell.ui.setRunning(true);
    cell.ui.setNotice('');
    cell.ui.setStale(false);
    cell.ui.output.replaceChildren();
    hooks.runStarted(cell);
    const result = await kernel.run(
      cell.view.code,
      {
        onOutput(output) {
          rendering = rendering.then(async () => {
            const { renderOutput } = await renderer;
            cell.ui.output.insertAdjacentHTML('beforeend', await renderOutput(output));
          });
          if (output.kind === 'error' && output.line)
            void cell.view.markError(output.line, output.column, output.message);
        },
        onProgress: (progress) => cell.ui.setProgress(progress),
      },
      cell.timeoutMs,
    );
    await rendering;
    hooks.runFinished();
    afterRun(cell, result);
    return result;
  }

  /** Runs cells one after another, stopping at the first that fails or is stopped, as Jupyter's Run all does. */
  async function runSequence(list: PageCell[]) {
    runAllActive = true;
    for (const cell of list) cell.ui.setCount('*');
    try {
      for (const [i, cell] of list.entries()) {
        const result = await run(cell);
        if (!result.ok || result.stopped || !runAllActive) {
          for (const rest of list.slice(i + 1)) rest.ui.setCount(' ');
          break;
        }
      }
    } finally {
      runAllActive = false;
    }
  }

  return {
    cells,
    add(spec: CellSpec, before?: PageCell): PageCell {
      const position = before ? cells.indexOf(before) : cells.length;
      const cell = {
        root: spec.root,
        original: spec.original,
        timeoutMs: spec.timeoutMs ?? 60_000,
      } as PageCell;
      Object.defineProperty(cell, 'number', { get: () => numberOf(cell) });
      cell.ui = createCellUi(spec.root, position + 1, {
        run: () => void run(cell),
        stop: () => {
          runAllActive = false;
          kernel?.stop();
        },
        reset() {
          cell.view.setCode(cell.original);
          cell.ui.setModified(false);
          cell.ui.setNotice('');
          hooks.reset(cell);
        },
      });
      cell.view = createCodeView({
        saved: spec.saved,
        container: spec.root.querySelector<HTMLElement>('.nb-code') ?? spec.root,
        label: 'Code of this cell',
        code: spec.code,
        savedCode: spec.saved ? spec.original : undefined,
        onChange(code) {
          hooks.edited(cell, code);
          cell.ui.setModified(code !== cell.original);
        },
        onRun: () => void run(cell),
      });
      cell.ui.setModified(spec.code !== spec.original);
      cells.splice(position, 0, cell);
      renumber();
      return cell;
    },
    /** Takes a cell off the page (scratch notebook). */
    remove(cell: PageCell) {
      cells.splice(cells.indexOf(cell), 1);
      cell.root.remove();
      renumber();
    },
    /** Moves a cell up (-1) or down (+1) among the others (scratch notebook). */
    move(cell: PageCell, delta: -1 | 1) {
      const from = cells.indexOf(cell);
      const to = from + delta;
      if (to < 0 || to >= cells.length) return;
      const other = cells[to];
      if (delta < 0) other.root.before(cell.root);
      else other.root.after(cell.root);
      cells.splice(from, 1);
      cells.splice(to, 0, cell);
      renumber();
    },
    /** Puts the cells, on the page too, in this order (another tab's changes merged in). */
    order(list: PageCell[]) {
      cells.splice(0, cells.length, ...list);
      for (const cell of list) cell.root.parentElement?.append(cell.root);
      renumber();
    },
    run,
    runAll: () => runSequence([...cells]),
    /** Throws the kernel's state away; every output is marked as coming from before. */
    restart() {
      runAllActive = false;
      kernel?.restart();
      for (const cell of cells) {
        cell.ui.setCount(' ');
        if (cell.ui.output.childElementCount > 0) cell.ui.setStale(true);
      }
    },
    clearOutputs() {
      for (const cell of cells) {
        cell.ui.output.replaceChildren();
        cell.ui.setStale(false);
        cell.ui.setNotice('');
        cell.ui.setCount(' ');
      }
    },
    get busy() {
      return kernel?.busy ?? false;
    },
  };
}

export type Notebook = ReturnType<typeof createNotebook>;
