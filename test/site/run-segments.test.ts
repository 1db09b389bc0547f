import { describe, expect, it } from 'vitest';
import { appendRun, formatRuns, parseRuns, runTotal } from '../../src/lib/run-segments';

const rate = { min: 0.01, max: 2 };

describe('appendRun(runs, rate, count)', () => {
  it('merges steps at the same rate and starts a new run at another', () => {
    let runs = appendRun([], 0.1);
    runs = appendRun(runs, 0.1, 2);
    runs = appendRun(runs, 0.85);
    expect(runs).toEqual([
      { rate: 0.1, count: 3 },
      { rate: 0.85, count: 1 },
    ]);
    expect(runTotal(runs)).toBe(4);
  });
});

describe('formatRuns(runs) and parseRuns(text, rate, maxTotal)', () => {
  it('round-trip a history', () => {
    const runs = [
      { rate: 0.1, count: 5 },
      { rate: 0.85, count: 3 },
    ];
    expect(formatRuns(runs)).toBe('0.1x5,0.85x3');
    expect(parseRuns(formatRuns(runs), rate, 100)).toEqual(runs);
    expect(parseRuns('', rate, 100)).toEqual([]);
  });

  it('says what is wrong with malformed, out-of-range, hostile or oversized text', () => {
    for (const bad of [
      '0.1x',
      'x5',
      '0.1x5,',
      '<script>',
      '0.1x5;alert(1)',
      '-1x3',
      'NaNx2',
      '1e999x1',
    ]) {
      expect(typeof parseRuns(bad, rate, 100), bad).toBe('string');
    }
    expect(parseRuns('3x1', rate, 100)).toBe('a rate must be between 0.01 and 2');
    expect(parseRuns('0.5x0', rate, 100)).toBe('a run needs at least one step');
    expect(parseRuns('0.5x60,1x41', rate, 100)).toBe('more than 100 steps in all');
  });
});
