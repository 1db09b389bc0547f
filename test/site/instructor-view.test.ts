import { describe, expect, it } from 'vitest';
import {
  INSTRUCTOR_KEY,
  initialInstructorView,
  readStoredView,
  storeView,
} from '../../src/lib/instructor-view';

const memory = () => {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  } as unknown as Storage;
};
const blocked = (): Storage => {
  throw new DOMException('blocked', 'SecurityError');
};

describe('initialInstructorView(search, stored)', () => {
  it('follows ?instructor=1 or =0 first, then the remembered choice, and is off by default', () => {
    expect(initialInstructorView('?instructor=1', '0')).toBe(true);
    expect(initialInstructorView('?instructor=0', '1')).toBe(false);
    expect(initialInstructorView('?instructor=yes', '1')).toBe(true);
    expect(initialInstructorView('', null)).toBe(false);
    expect(initialInstructorView('?x=1', '1')).toBe(true);
  });
});

describe('readStoredView(storage) and storeView(storage, on)', () => {
  it('remember the choice under one key', () => {
    const s = memory();
    expect(storeView(() => s, true)).toBe(true);
    expect(s.getItem(INSTRUCTOR_KEY)).toBe('1');
    expect(readStoredView(() => s)).toEqual({ value: '1', available: true });
  });

  it('report blocked storage instead of throwing', () => {
    expect(readStoredView(blocked)).toEqual({ value: null, available: false });
    expect(storeView(blocked, true)).toBe(false);
  });
});
