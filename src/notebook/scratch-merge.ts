import type { ScratchCell } from './scratch-store';

/** The merged list, and the ids of cells added to keep the other tab's side of a conflict. */
export interface ScratchMerge {
  cells: ScratchCell[];
  copies: Set<string>;
}

/**
 * Merges the scratch notebook another tab saved (`theirs`) into this tab's (`mine`), given the list
 * this tab last read or wrote (`known`), cell by cell, so that no edit is lost:
 * - a cell changed on one side only takes that side's code;
 * - a cell changed on both sides keeps mine, with theirs added as a new cell right after it;
 * - a cell deleted on one side goes, unless the other side changed it (then it stays);
 * - cells added on either side stay; the order is theirs, with my new cells after their neighbours.
 */
export function mergeScratch(
  known: readonly ScratchCell[],
  mine: readonly ScratchCell[],
  theirs: readonly ScratchCell[],
  newId: () => string,
): ScratchMerge {
  const base = new Map(known.map((c) => [c.id, c.code]));
  const here = new Map(mine.map((c) => [c.id, c.code]));
  const there = new Set(theirs.map((c) => c.id));
  const cells: ScratchCell[] = [];
  const copies = new Set<string>();
  for (const { id, code: t } of theirs) {
    const k = base.get(id);
    const m = here.get(id);
    if (m === undefined) {
      // Deleted here: gone, unless they changed it since (or added it).
      if (k === undefined || t !== k) cells.push({ id, code: t });
    } else if (t === m || m === k) cells.push({ id, code: t });
    else if (t === k) cells.push({ id, code: m });
    else {
      const copy = { id: newId(), code: t };
      cells.push({ id, code: m }, copy);
      copies.add(copy.id);
    }
  }
  // Cells only here: added here, or deleted there but changed here.
  mine.forEach(({ id, code: m }, i) => {
    if (there.has(id)) return;
    const k = base.get(id);
    if (k !== undefined && m === k) return;
    const before = mine
      .slice(0, i)
      .reverse()
      .find((c) => cells.some((r) => r.id === c.id));
    const at = before ? cells.findIndex((r) => r.id === before.id) + 1 : 0;
    cells.splice(at, 0, { id, code: m });
  });
  return { cells, copies };
}
