import { createSafeStorage, pageStorage } from '../safe-storage';
import { readRecord } from './records';
import type { AnswerRecord } from './types';

/** Said at a question and on the progress page when answers cannot outlive the page. */
export const PROGRESS_NOT_KEPT =
  "This browser's storage is full or blocked here, so your answers are kept only until you leave this page.";

/** One lesson's answers by question id. */
export type LessonAnswers = Record<string, AnswerRecord>;

/**
 * The reader's answers, kept in this browser's local storage: one key per lesson
 * (`nn-progress:lesson:<slug>`, JSON of question id -> last answer and verdict) and the name they
 * typed for completion codes (`nn-progress:name`). Built on the notebook's safe storage: when
 * storage is full, blocked or missing, answers live in memory for the visit and `notice` says so;
 * nothing throws. Stored entries that do not parse are ignored, never trusted.
 */
export function createProgressStore(storage: Storage | undefined = pageStorage()) {
  const safe = createSafeStorage(storage, 'nn-progress:');
  const key = (slug: string) => `lesson:${slug}`;

  function lesson(slug: string): LessonAnswers {
    let parsed: unknown;
    try {
      parsed = JSON.parse(safe.read(key(slug)) ?? '{}');
    } catch {
      return {};
    }
    if (typeof parsed !== 'object' || parsed === null) return {};
    const answers: LessonAnswers = {};
    for (const [id, value] of Object.entries(parsed)) {
      const record = readRecord(value);
      if (record) answers[id] = record;
    }
    return answers;
  }

  return {
    /** Whether answers survive a reload. */
    get persistent() {
      return safe.persistent;
    },
    /** A message for the reader when answers cannot be stored, else undefined. */
    get notice() {
      return safe.persistent ? undefined : PROGRESS_NOT_KEPT;
    },
    lesson,
    /** Saves one question's answer (the last one checked wins). */
    record(slug: string, id: string, record: AnswerRecord) {
      safe.write(key(slug), JSON.stringify({ ...lesson(slug), [id]: record }));
    },
    /** Replaces a lesson's answers; an empty set removes the lesson's key. */
    replaceLesson(slug: string, answers: LessonAnswers) {
      safe.write(key(slug), Object.keys(answers).length ? JSON.stringify(answers) : null);
    },
    /** The name the reader typed for completion codes ('' if none). */
    name(): string {
      return safe.read('name') ?? '';
    },
    setName(name: string) {
      safe.write('name', name.trim() ? name.trim() : null);
    },
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
