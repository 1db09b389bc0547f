import { createSafeStorage } from '../lib/safe-storage';
import { CELLS_MOVED_FROM } from './moved-cells';

/** What the page shows for one cell when it loads. */
export interface LoadedCell {
  code: string;
  /** The reader's edit differs from the lesson's code. */
  modified: boolean;
  /** The lesson's code changed since the reader edited it: the edit is kept, and the page says so. */
  lessonChanged: boolean;
}

interface SavedEdit {
  code: string;
  /** The lesson's code when the edit was made. */
  lesson: string;
}

const parse = (raw: string | null): SavedEdit | undefined => {
  try {
    const value = raw ? (JSON.parse(raw) as Partial<SavedEdit>) : undefined;
    return typeof value?.code === 'string' && typeof value.lesson === 'string'
      ? (value as SavedEdit)
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Keeps a reader's edits to a lesson's cells, in local storage when it works and in memory when
 * it does not (full, disabled, or blocked in a private window or an iframe): never a crash,
 * never a silent drop. Also remembers a run in progress, so that after a crash or a runaway loop
 * the next load can say so instead of running anything.
 */
export function createEditStore(
  storage: Storage | undefined,
  lesson: string,
  movedFrom: readonly string[] = CELLS_MOVED_FROM[lesson] ?? [],
) {
  const prefix = `neural-notebook:${lesson}:`;
  const store = createSafeStorage(storage, prefix);
  const read = store.read;
  const write = store.write;

  /**
   * An edit saved under a lesson this cell moved from, made to this very code (so an edit of
   * another cell is never taken). It is saved here and, once that save lasts, removed there.
   */
  const adoptMoved = (cell: number, lessonCode: string): SavedEdit | undefined => {
    if (!storage || movedFrom.length === 0) return undefined;
    try {
      const oldKeys = movedFrom.map((from) => `neural-notebook:${from}:cell:`);
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key || !oldKeys.some((old) => key.startsWith(old))) continue;
        const saved = parse(storage.getItem(key));
        if (saved?.lesson !== lessonCode) continue;
        write(`cell:${cell}`, JSON.stringify(saved));
        if (store.persistent) storage.removeItem(key);
        return saved;
      }
    } catch {
      // Storage that cannot be read (blocked): the edit stays where it is.
    }
    return undefined;
  };

  return {
    /** Whether edits survive a reload; false after a storage failure. */
    get persistent() {
      return store.persistent;
    },
    /** A message for the reader when edits cannot be stored, else undefined. */
    get notice() {
      return store.notice;
    },
    /** The code to show for a cell: the reader's edit if there is one, else the lesson's. */
    load(cell: number, lessonCode: string): LoadedCell {
      const saved = parse(read(`cell:${cell}`)) ?? adoptMoved(cell, lessonCode);
      if (!saved || saved.code === lessonCode)
        return { code: lessonCode, modified: false, lessonChanged: false };
      return { code: saved.code, modified: true, lessonChanged: saved.lesson !== lessonCode };
    },
    /**
     * For a `storage` event (another tab saved): the cell of this lesson it is about, or undefined
     * when it is about something else (another lesson, the run marker, a cleared storage).
     */
    cellOfKey(key: string | null): number | undefined {
      const match = key?.startsWith(prefix) ? /^cell:(\d+)$/.exec(key.slice(prefix.length)) : null;
      return match ? Number(match[1]) : undefined;
    },
    /** The code another tab's write means for a cell: its edit, or the lesson's code when it reset it. */
    codeOf(raw: string | null, lessonCode: string): string {
      return parse(raw)?.code ?? lessonCode;
    },
    /** Saves an edit; an edit equal to the lesson's code removes the saved copy. */
    save(cell: number, code: string, lessonCode: string) {
      write(
        `cell:${cell}`,
        code === lessonCode
          ? null
          : JSON.stringify({ code, lesson: lessonCode } satisfies SavedEdit),
      );
    },
    /** Forgets the edit to one cell (Reset). */
    reset(cell: number) {
      write(`cell:${cell}`, null);
    },
    /** Forgets every edit in this lesson (for instructors between classes). */
    resetAll(cells: number) {
      for (let cell = 1; cell <= cells; cell++) write(`cell:${cell}`, null);
    },
    /** Notes that a cell started running; cleared by `finishRun`. */
    startRun(cell: number) {
      write('running', String(cell));
    },
    finishRun() {
      write('running', null);
    },
    /** The cell that was running when the page was last closed, if any. */
    interruptedRun(): number | undefined {
      const cell = Number(read('running'));
      return Number.isInteger(cell) && cell > 0 ? cell : undefined;
    },
  };
}
