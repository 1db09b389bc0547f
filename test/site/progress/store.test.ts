import { describe, expect, it } from 'vitest';
import { createProgressStore, PROGRESS_NOT_KEPT } from '../../../src/lib/progress/store';
import { importProgress, progressFile } from '../../../src/lib/progress/progress-file';
import { lesson, memoryStorage, other } from './fixtures';

const lessons = [lesson, other];

describe('createProgressStore(storage)', () => {
  it('keeps the last answer per lesson and question across stores on the same storage', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage);
    store.record('the-neuron', 'q-choice', { answer: { kind: 'choice', index: 0 }, right: false });
    store.record('the-neuron', 'q-choice', { answer: { kind: 'choice', index: 1 }, right: true });
    store.record('the-neuron', 'q-number', {
      answer: { kind: 'number', text: '0.73' },
      right: true,
    });
    const again = createProgressStore(storage);
    expect(again.lesson('the-neuron')).toEqual({
      'q-choice': { answer: { kind: 'choice', index: 1 }, right: true },
      'q-number': { answer: { kind: 'number', text: '0.73' }, right: true },
    });
    expect(again.lesson('activation-functions')).toEqual({});
    expect(again.notice).toBeUndefined();
  });

  it('ignores stored entries that do not parse or are not answers', () => {
    const storage = memoryStorage();
    storage.setItem(
      'nn-progress:lesson:the-neuron',
      '{"q-choice":{"answer":{"kind":"choice","index":"x"},"right":true},"ok":{"answer":{"kind":"code"},"right":false}}',
    );
    storage.setItem('nn-progress:lesson:activation-functions', '{not json');
    const store = createProgressStore(storage);
    expect(store.lesson('the-neuron')).toEqual({ ok: { answer: { kind: 'code' }, right: false } });
    expect(store.lesson('activation-functions')).toEqual({});
  });

  it('keeps answers in memory and says so when storage is blocked or full, and never throws', () => {
    for (const fail of [{ get: true, set: true }, { set: true }]) {
      const store = createProgressStore(memoryStorage(fail));
      store.record('the-neuron', 'q-choice', { answer: { kind: 'choice', index: 1 }, right: true });
      expect(store.lesson('the-neuron')['q-choice'].right).toBe(true);
      expect(store.notice).toBe(PROGRESS_NOT_KEPT);
    }
    expect(createProgressStore(undefined).notice).toBe(PROGRESS_NOT_KEPT);
  });
});

describe('progressFile() and importProgress()', () => {
  it('round-trip every lesson and the name through a file', () => {
    const store = createProgressStore(memoryStorage());
    store.setName('Ada');
    store.record('the-neuron', 'ex-code', {
      answer: { kind: 'code', code: 'x => x' },
      right: true,
    });
    store.record('activation-functions', 'act-q', {
      answer: { kind: 'choice', index: 0 },
      right: true,
    });
    const text = JSON.stringify(progressFile(store, lessons, '0.2.0'));
    const fresh = createProgressStore(memoryStorage());
    expect(importProgress(text, fresh, lessons)).toEqual({ ok: true, answers: 2 });
    expect(fresh.name()).toBe('Ada');
    expect(fresh.lesson('the-neuron')).toEqual(store.lesson('the-neuron'));
    expect(fresh.lesson('activation-functions')).toEqual(store.lesson('activation-functions'));
  });

  it('grades imported answers again, so an edited file cannot mark a wrong answer right', () => {
    const store = createProgressStore(memoryStorage());
    const file = {
      format: 'neural-notebook-progress',
      version: 1,
      lessons: {
        'activation-functions': { 'act-q': { answer: { kind: 'choice', index: 1 }, right: true } },
      },
    };
    expect(importProgress(JSON.stringify(file), store, lessons).ok).toBe(true);
    expect(store.lesson('activation-functions')['act-q'].right).toBe(false);
  });

  it('refuses a malformed or foreign file with a message and changes nothing', () => {
    const store = createProgressStore(memoryStorage());
    store.record('the-neuron', 'q-choice', { answer: { kind: 'choice', index: 1 }, right: true });
    const before = store.lesson('the-neuron');
    const bad = [
      'not json',
      '{"cells": []}',
      JSON.stringify({ format: 'neural-notebook-progress', version: 2, lessons: {} }),
      JSON.stringify({ format: 'neural-notebook-progress', version: 1, lessons: { nope: {} } }),
      JSON.stringify({
        format: 'neural-notebook-progress',
        version: 1,
        lessons: { 'the-neuron': { 'q-choice': { answer: 3 } } },
      }),
    ];
    for (const text of bad) {
      const result = importProgress(text, store, lessons);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(/Nothing was changed\.$/);
      expect(store.lesson('the-neuron')).toEqual(before);
    }
  });
});
