import { afterEach, describe, expect, it, vi } from 'vitest';
import { readProgress, writeProgress } from '../../src/lib/exercises/progress';

afterEach(() => vi.unstubAllGlobals());

describe('readProgress(id) and writeProgress(id, solved)', () => {
  it('keep each exercise apart in localStorage', () => {
    const data = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    });
    expect(readProgress('a')).toEqual({ solved: false, available: true });
    expect(writeProgress('a', true)).toBe(true);
    expect(readProgress('a')).toEqual({ solved: true, available: true });
    expect(readProgress('b').solved).toBe(false);
    writeProgress('a', false);
    expect(readProgress('a').solved).toBe(false);
  });

  it('say storage is unavailable when it throws, and never throw themselves', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {},
    });
    expect(readProgress('a')).toEqual({ solved: false, available: false });
    expect(writeProgress('a', true)).toBe(false);
  });
});
