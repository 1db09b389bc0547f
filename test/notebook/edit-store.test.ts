import { describe, expect, it } from 'vitest';
import { createEditStore } from '../../src/notebook/edit-store';
import { MEMORY_ONLY_NOTICE } from '../../src/lib/safe-storage';

/** An in-memory Storage; `quota` makes setItem throw once the store holds that many keys. */
function fakeStorage({ quota = Infinity, blocked = false } = {}): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) =>
      blocked
        ? (() => {
            throw new DOMException('blocked', 'SecurityError');
          })()
        : (data.get(k) ?? null),
    setItem: (k, v) => {
      if (blocked) throw new DOMException('blocked', 'SecurityError');
      if (!data.has(k) && data.size >= quota) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
}

describe('createEditStore(storage, lesson)', () => {
  it('restores an edit after a reload, marked modified', () => {
    const storage = fakeStorage();
    createEditStore(storage, 'the-neuron').save(1, 'edited', 'original');
    expect(createEditStore(storage, 'the-neuron').load(1, 'original')).toEqual({
      code: 'edited',
      modified: true,
      lessonChanged: false,
    });
  });

  it("moves an edit saved under a lesson the cell came from, made to this cell's code", () => {
    const storage = fakeStorage();
    createEditStore(storage, 'old').save(3, 'mine', 'cell code');
    createEditStore(storage, 'old').save(1, 'other', 'another cell');
    expect(createEditStore(storage, 'new', ['old']).load(1, 'cell code')).toEqual({
      code: 'mine',
      modified: true,
      lessonChanged: false,
    });
    expect(storage.getItem('neural-notebook:old:cell:3')).toBeNull();
    expect(storage.getItem('neural-notebook:old:cell:1')).not.toBeNull();
    // Saved under its new place: a lesson that names no old lessons finds it too.
    expect(createEditStore(storage, 'new', []).load(1, 'cell code').code).toBe('mine');
  });

  it('takes nothing from a lesson it did not name, nor an edit of other code, nor over its own', () => {
    const storage = fakeStorage();
    createEditStore(storage, 'elsewhere').save(1, 'theirs', 'cell code');
    createEditStore(storage, 'old').save(1, 'stale', 'older code');
    expect(createEditStore(storage, 'new', ['old']).load(1, 'cell code').modified).toBe(false);
    createEditStore(storage, 'old').save(2, 'moved', 'cell code');
    createEditStore(storage, 'new').save(1, 'own', 'cell code');
    expect(createEditStore(storage, 'new', ['old']).load(1, 'cell code').code).toBe('own');
    expect(storage.getItem('neural-notebook:old:cell:2')).not.toBeNull();
  });

  it('keeps the old copy when the new one cannot be saved (full storage)', () => {
    const storage = fakeStorage({ quota: 2 });
    createEditStore(storage, 'old').save(1, 'mine', 'cell code');
    createEditStore(storage, 'old').save(2, 'more', 'other code');
    const store = createEditStore(storage, 'new', ['old']);
    expect(store.load(1, 'cell code').code).toBe('mine');
    expect(store.notice).toBe(MEMORY_ONLY_NOTICE);
    expect(storage.getItem('neural-notebook:old:cell:1')).not.toBeNull();
  });

  it('lesson 15 takes the edits of the cells lesson 9 had', () => {
    const storage = fakeStorage();
    createEditStore(storage, 'forward-and-backpropagation').save(2, 'mine', 'check code');
    expect(
      createEditStore(storage, 'checking-gradients-and-autograd').load(2, 'check code').code,
    ).toBe('mine');
  });

  it('keeps lessons and cells apart', () => {
    const storage = fakeStorage();
    createEditStore(storage, 'a').save(1, 'edited', 'original');
    expect(createEditStore(storage, 'b').load(1, 'original').modified).toBe(false);
    expect(createEditStore(storage, 'a').load(2, 'original').modified).toBe(false);
  });

  it("keeps the edit when the lesson's code changed since, and says so", () => {
    const storage = fakeStorage();
    createEditStore(storage, 'l').save(1, 'mine', 'lesson v1');
    expect(createEditStore(storage, 'l').load(1, 'lesson v2')).toEqual({
      code: 'mine',
      modified: true,
      lessonChanged: true,
    });
  });

  it("reset and resetAll go back to the lesson's code; saving the lesson's code is not an edit", () => {
    const store = createEditStore(fakeStorage(), 'l');
    store.save(1, 'x', 'o');
    store.save(2, 'y', 'o');
    store.reset(1);
    expect(store.load(1, 'o').modified).toBe(false);
    store.resetAll(2);
    expect(store.load(2, 'o').modified).toBe(false);
    store.save(3, 'o', 'o');
    expect(store.load(3, 'o').modified).toBe(false);
  });

  it('falls back to memory with a notice when storage is full, without losing the edit', () => {
    const store = createEditStore(fakeStorage({ quota: 0 }), 'l');
    expect(store.persistent).toBe(false);
    store.save(1, 'kept', 'o');
    expect(store.load(1, 'o').code).toBe('kept');
    expect(store.notice).toBe(MEMORY_ONLY_NOTICE);
  });

  it('switches to memory when storage fills up mid-session', () => {
    const store = createEditStore(fakeStorage({ quota: 1 }), 'l');
    expect(store.persistent).toBe(true);
    store.save(1, 'first', 'o');
    store.save(2, 'second', 'o');
    expect(store.persistent).toBe(false);
    expect(store.notice).toBe(MEMORY_ONLY_NOTICE);
    expect(store.load(1, 'o').code).toBe('first');
    expect(store.load(2, 'o').code).toBe('second');
  });

  it('works with no storage at all, and with storage that throws on every call', () => {
    for (const storage of [undefined, fakeStorage({ blocked: true })]) {
      const store = createEditStore(storage, 'l');
      store.save(1, 'kept', 'o');
      expect(store.load(1, 'o').code).toBe('kept');
      expect(store.notice).toBe(MEMORY_ONLY_NOTICE);
    }
  });

  it('remembers a run that never finished, for the next load to report', () => {
    const storage = fakeStorage();
    createEditStore(storage, 'l').startRun(3);
    expect(createEditStore(storage, 'l').interruptedRun()).toBe(3);
    const store = createEditStore(storage, 'l');
    store.finishRun();
    expect(createEditStore(storage, 'l').interruptedRun()).toBeUndefined();
  });

  it('ignores a corrupted saved entry', () => {
    const storage = fakeStorage();
    storage.setItem('neural-notebook:l:cell:1', '{not json');
    expect(createEditStore(storage, 'l').load(1, 'o')).toEqual({
      code: 'o',
      modified: false,
      lessonChanged: false,
    });
  });
});

describe('createEditStore after storage failed', () => {
  it('a reset in memory hides an older stored edit', () => {
    const storage = fakeStorage({ quota: 1 });
    const store = createEditStore(storage, 'l');
    store.save(1, 'stored', 'o');
    store.save(2, 'overflow', 'o');
    store.reset(1);
    expect(store.load(1, 'o')).toEqual({ code: 'o', modified: false, lessonChanged: false });
  });
});

describe('createEditStore: reading another tab’s writes', () => {
  it("names the cell of this lesson a key is about, and nothing else's", () => {
    const store = createEditStore(fakeStorage(), '/lessons/a/');
    expect(store.cellOfKey('neural-notebook:/lessons/a/:cell:3')).toBe(3);
    expect(store.cellOfKey('neural-notebook:/lessons/b/:cell:3')).toBeUndefined();
    expect(store.cellOfKey('neural-notebook:/lessons/a/:running')).toBeUndefined();
    expect(store.cellOfKey('neural-notebook:/lessons/a/:cell:3x')).toBeUndefined();
    expect(store.cellOfKey(null)).toBeUndefined();
  });

  it("reads the other tab's edit, and a removed edit as the lesson's code", () => {
    const storage = fakeStorage();
    const other = createEditStore(storage, '/lessons/a/');
    const store = createEditStore(storage, '/lessons/a/');
    other.save(1, 'theirs', 'lesson');
    expect(store.codeOf(storage.getItem('neural-notebook:/lessons/a/:cell:1'), 'lesson')).toBe(
      'theirs',
    );
    expect(store.codeOf(null, 'lesson')).toBe('lesson');
    expect(store.codeOf('{not json', 'lesson')).toBe('lesson');
  });
});
