import type { LessonQuestions } from '../../../src/lib/progress/types';

/** A lesson with one question of each kind, as the build would collect it. */
export const lesson: LessonQuestions = {
  number: 2,
  slug: 'the-neuron',
  title: 'The neuron',
  questions: [
    { id: 'q-number', kind: 'number', answer: 0.7311, tolerance: 0.005 },
    { id: 'q-choice', kind: 'choice', options: ['a', 'b', 'c'], correct: 1 },
    { id: 'ex-code', kind: 'code', title: 'Write the sum' },
    { id: 'ex-gate', kind: 'gate', title: 'NAND', gate: 'NAND' },
    { id: 'ex-number', kind: 'number', title: 'Bias', answer: -2, tolerance: 0.001 },
  ],
};

export const other: LessonQuestions = {
  number: 3,
  slug: 'activation-functions',
  title: 'Activation functions',
  questions: [{ id: 'act-q', kind: 'choice', options: ['x', 'y'], correct: 0 }],
};

/** A Storage in a Map; `fail` makes every call throw, as a blocked or full storage does. */
export function memoryStorage(fail: { get?: boolean; set?: boolean } = {}): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    clear: () => data.clear(),
    getItem: (k: string) => {
      if (fail.get) throw new DOMException('blocked', 'SecurityError');
      return data.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (fail.set) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
}
