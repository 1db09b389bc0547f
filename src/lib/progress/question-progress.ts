import { createProgressStore } from './store';
import type { AnswerRecord } from './types';

/** The window event sent after a question saved an answer. */
export const PROGRESS_SAVED = 'nn-progress-saved';

/**
 * What a question component needs from the progress store: its last answer, a way to save a new
 * one, and whether answers outlive the page. Without a lesson (a question outside the lessons)
 * nothing is read or saved.
 */
export function questionProgress(lesson: string | undefined, id: string) {
  const store = lesson ? createProgressStore() : undefined;
  return {
    /** The answer saved the last time this question was checked, if any. */
    last(): AnswerRecord | undefined {
      return store?.lesson(lesson!)[id];
    },
    /** Saves a checked answer; returns the notice to show if it will not outlive the page. */
    save(record: AnswerRecord): string | undefined {
      store?.record(lesson!, id, record);
      // The lesson's completion code, further down the page, follows.
      window.dispatchEvent(new CustomEvent(PROGRESS_SAVED));
      return store?.notice;
    },
    /** The notice to show when storage is blocked, else undefined. */
    get notice() {
      return store?.notice;
    },
  };
}
