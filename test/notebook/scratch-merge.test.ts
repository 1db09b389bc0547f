import { describe, expect, it } from 'vitest';
import { mergeScratch } from '../../src/notebook/scratch-merge';

const list = (...cells: [string, string][]) => cells.map(([id, code]) => ({ id, code }));
const ids = () => {
  let n = 0;
  return () => `new${++n}`;
};

describe('mergeScratch(known, mine, theirs, newId)', () => {
  const known = list(['a', '1'], ['b', '2'], ['c', '3']);

  it('takes their edit when this tab did not change the cell, and keeps mine when they did not', () => {
    const mine = list(['a', '1'], ['b', '2 mine'], ['c', '3']);
    const theirs = list(['a', '1 theirs'], ['b', '2'], ['c', '3']);
    expect(mergeScratch(known, mine, theirs, ids())).toEqual({
      cells: list(['a', '1 theirs'], ['b', '2 mine'], ['c', '3']),
      copies: new Set(),
    });
  });

  it('keeps both sides of a cell changed in both tabs: mine, then theirs as a new cell', () => {
    const mine = list(['a', '1'], ['b', '2 mine'], ['c', '3']);
    const theirs = list(['a', '1'], ['b', '2 theirs'], ['c', '3']);
    expect(mergeScratch(known, mine, theirs, ids())).toEqual({
      cells: list(['a', '1'], ['b', '2 mine'], ['new1', '2 theirs'], ['c', '3']),
      copies: new Set(['new1']),
    });
  });

  it('keeps cells added on either side, mine after their neighbour', () => {
    const mine = list(['a', '1'], ['m', 'added here'], ['b', '2'], ['c', '3']);
    const theirs = list(['a', '1'], ['b', '2'], ['c', '3'], ['t', 'added there']);
    expect(mergeScratch(known, mine, theirs, ids()).cells).toEqual(
      list(['a', '1'], ['m', 'added here'], ['b', '2'], ['c', '3'], ['t', 'added there']),
    );
  });

  it('deletes a cell deleted on one side, unless the other side changed it', () => {
    const mine = list(['b', '2'], ['c', '3 mine']);
    const theirs = list(['a', '1'], ['b', '2']);
    expect(mergeScratch(known, mine, theirs, ids()).cells).toEqual(
      list(['b', '2'], ['c', '3 mine']),
    );
    const theirsEdited = list(['a', '1 theirs'], ['b', '2'], ['c', '3']);
    expect(mergeScratch(known, mine, theirsEdited, ids()).cells).toEqual(
      list(['a', '1 theirs'], ['b', '2'], ['c', '3 mine']),
    );
  });

  it('follows their order for the cells both have', () => {
    const theirs = list(['c', '3'], ['a', '1'], ['b', '2']);
    expect(mergeScratch(known, known, theirs, ids()).cells).toEqual(theirs);
  });
});
