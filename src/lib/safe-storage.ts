/** Said once when what the reader writes can only be kept in memory. */
export const MEMORY_ONLY_NOTICE =
  "This browser's storage is full or blocked here, so your edits are kept only until you leave this page.";

/**
 * Local storage that never throws and never drops a write silently: when storage is missing,
 * full, disabled or blocked (a private window, an iframe), values are kept in memory and
 * `notice` says so. Keys are namespaced by `prefix`.
 */
export function createSafeStorage(storage: Storage | undefined, prefix: string) {
  let persistent = storage !== undefined;
  let notice: string | undefined;
  try {
    storage?.setItem(`${prefix}probe`, '1');
    storage?.removeItem(`${prefix}probe`);
  } catch {
    persistent = false;
  }
  if (!persistent) notice = MEMORY_ONLY_NOTICE;

  // In memory, null marks a key deleted since storage failed, so an older stored copy stays hidden.
  const memory = new Map<string, string | null>();

  return {
    /** Whether values survive a reload; false after a storage failure. */
    get persistent() {
      return persistent;
    },
    /** A message for the reader when values cannot be stored, else undefined. */
    get notice() {
      return notice;
    },
    read(key: string): string | null {
      if (memory.has(key)) return memory.get(key)!;
      try {
        return storage?.getItem(prefix + key) ?? null;
      } catch {
        return null;
      }
    },
    /** Stores a value; null deletes it. */
    write(key: string, value: string | null) {
      if (persistent) {
        try {
          if (value === null) storage!.removeItem(prefix + key);
          else storage!.setItem(prefix + key, value);
          memory.delete(key);
          return;
        } catch {
          // Full or revoked: from now on keep everything in memory, and say so.
          persistent = false;
          notice = MEMORY_ONLY_NOTICE;
        }
      }
      memory.set(key, value);
      if (value === null) {
        try {
          storage?.removeItem(prefix + key);
        } catch {
          // Blocked storage: the tombstone in memory hides the old copy for this visit.
        }
      }
    },
  };
}

/** The page's local storage, or undefined where even reading `localStorage` throws (sandboxed iframes). */
export function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
