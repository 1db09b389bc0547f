import { createSafeStorage } from '../lib/safe-storage';

/** One cell of the scratch notebook: `id` stays the same when cells move. */
export interface ScratchCell {
  id: string;
  code: string;
}

/** What a new scratch notebook starts with: a small run worth changing. */
export const STARTER_CELLS: readonly string[] = [
  "// The engine's functions are in scope: no import needed.\nconst net = mlp([2, 4, 1], { activation: 'tanh', output: 'sigmoid', seed: 2 });\nconst { history } = await train(net, gates.XOR, { loss: 'bce', learningRate: 0.5, epochs: 1000, batchSize: 4 });\nplotLoss(history);",
  'table(gates.XOR.inputs.map((x, i) => ({ x1: x[0], x2: x[1], target: gates.XOR.targets[i][0], output: net.predict(x)[0] })));',
];

const isCellList = (value: unknown): value is ScratchCell[] =>
  Array.isArray(value) &&
  value.every((c) => typeof c?.id === 'string' && typeof c?.code === 'string');

/** The key the scratch notebook is stored under (another tab's save arrives with it). */
export const SCRATCH_KEY = 'neural-notebook:scratch:cells';

/** Reads a stored list of cells; undefined when it is missing or damaged. */
export function parseScratchCells(raw: string | null): ScratchCell[] | undefined {
  try {
    const parsed: unknown = raw === null ? undefined : JSON.parse(raw);
    return isCellList(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The scratch notebook's cells, in order, in local storage (or in memory, with a notice, when
 * storage is full or blocked). A damaged saved list is kept aside, not overwritten, and reported.
 */
export function createScratchStore(storage: Storage | undefined, newId: () => string) {
  const store = createSafeStorage(storage, 'neural-notebook:scratch:');
  let problem: string | undefined;
  const load = (): ScratchCell[] => {
    const raw = store.read('cells');
    if (raw === null) return STARTER_CELLS.map((code) => ({ id: newId(), code }));
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isCellList(parsed)) return parsed;
    } catch {
      // Reported below.
    }
    store.write(`damaged-${Date.now()}`, raw);
    problem =
      'Your saved scratch notebook could not be read, so a fresh one was started. The damaged copy is kept in this browser’s storage.';
    return STARTER_CELLS.map((code) => ({ id: newId(), code }));
  };
  const cells = load();

  return {
    cells,
    /** Saves the list as it is now (after an edit, an add, a move or a delete). */
    save() {
      store.write('cells', JSON.stringify(cells));
    },
    /** A message for the reader: storage unavailable, or a damaged list replaced. */
    get notice() {
      return [problem, store.notice].filter(Boolean).join(' ') || undefined;
    },
  };
}
