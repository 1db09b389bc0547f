import { describe, expect, it } from 'vitest';
import * as engine from '../../engine/index.ts';
import { createScratchStore, STARTER_CELLS } from '../../src/notebook/scratch-store';
import { MEMORY_ONLY_NOTICE } from '../../src/lib/safe-storage';
import { codeFromHash } from '../../src/notebook/page/scratch';
import { cellScopeNames } from '../../src/notebook/cell-scope-names';
import { createKernel } from '../../src/notebook/kernel';
import { hasCodeCells } from '../../src/notebook/has-code-cells';

/** A Storage in memory; `full` makes every write throw as a full storage does. */
function memoryStorage(full = false): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

let id = 0;
const newId = () => `id${++id}`;

describe('createScratchStore(storage, newId)', () => {
  it('starts with the example cells, and keeps the list across loads', () => {
    const storage = memoryStorage();
    const first = createScratchStore(storage, newId);
    expect(first.cells.map((c) => c.code)).toEqual(STARTER_CELLS);
    first.cells.splice(0, 2, { id: 'a', code: 'x' });
    first.save();
    expect(createScratchStore(storage, newId).cells).toEqual([{ id: 'a', code: 'x' }]);
  });

  it('keeps a damaged list aside and says so, instead of overwriting it silently', () => {
    const storage = memoryStorage();
    storage.setItem('neural-notebook:scratch:cells', '{not json');
    const store = createScratchStore(storage, newId);
    expect(store.cells.map((c) => c.code)).toEqual(STARTER_CELLS);
    expect(store.notice).toContain('could not be read');
    const kept = [...Array(storage.length).keys()]
      .map((i) => storage.key(i)!)
      .find((k) => k.includes('damaged-'));
    expect(storage.getItem(kept!)).toBe('{not json');
  });

  it('falls back to memory with the notice when storage is full', () => {
    const store = createScratchStore(memoryStorage(true), newId);
    store.save();
    expect(store.notice).toBe(MEMORY_ONLY_NOTICE);
  });

  it('starter cells run in a kernel without errors', async () => {
    const kernel = createKernel(engine as unknown as Record<string, unknown>, {
      stopRequested: () => false,
      progress: () => {},
      pause: () => Promise.resolve(),
    });
    for (const code of STARTER_CELLS) {
      const outputs: unknown[] = [];
      expect(await kernel.run(code, (o) => outputs.push(o))).toBe(true);
    }
  });
});

describe('codeFromHash(hash)', () => {
  it('reads the code of a #cell= link', () => {
    expect(codeFromHash(`#cell=${encodeURIComponent('const a = 1;\na + 1')}`)).toEqual({
      code: 'const a = 1;\na + 1',
    });
    expect(codeFromHash('')).toEqual({});
    expect(codeFromHash('#section')).toEqual({});
  });

  it('refuses a broken or oversized link with a reason', () => {
    expect(codeFromHash('#cell=%E0%A4%A').problem).toContain('could not be read');
    expect(codeFromHash(`#cell=${'x'.repeat(20_001)}`).problem).toContain('longer than 20000');
  });
});

describe('cellScopeNames()', () => {
  it("lists every name the kernel puts in a cell's scope, for completion", () => {
    const kernel = createKernel(engine as unknown as Record<string, unknown>, {
      stopRequested: () => false,
      progress: () => {},
      pause: () => Promise.resolve(),
    });
    expect(cellScopeNames()).toEqual(Object.keys(kernel.scope).sort());
  });
});

describe('hasCodeCells(source)', () => {
  it('finds ```ts cell blocks and nothing else', () => {
    expect(hasCodeCells('text\n```ts cell\n1\n```')).toBe(true);
    expect(hasCodeCells('```js cell timeout=90\n1\n```')).toBe(true);
    expect(hasCodeCells('```ts\n1\n```')).toBe(false);
    expect(hasCodeCells('a ts cell in prose')).toBe(false);
  });
});
