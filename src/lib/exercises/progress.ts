/**
 * Which exercises a reader has solved, kept in this browser's localStorage under
 * `nn-exercise:<id>`. Storage can be blocked (private modes, iframes, settings): then every call
 * still works, nothing is remembered, and `available` says so, so the page can tell the reader.
 */
const PREFIX = 'nn-exercise:';

function storage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    const probe = `${PREFIX}probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

/** Whether exercise `id` is marked solved, and whether progress can be stored at all. */
export function readProgress(id: string): { solved: boolean; available: boolean } {
  const s = storage();
  if (!s) return { solved: false, available: false };
  try {
    return { solved: s.getItem(PREFIX + id) === 'solved', available: true };
  } catch {
    return { solved: false, available: false };
  }
}

/** Marks exercise `id` solved (or not); false if it could not be stored. */
export function writeProgress(id: string, solved: boolean): boolean {
  const s = storage();
  if (!s) return false;
  try {
    if (solved) s.setItem(PREFIX + id, 'solved');
    else s.removeItem(PREFIX + id);
    return true;
  } catch {
    return false;
  }
}
