import { grade } from './grade';
import { readRecord } from './records';
import type { LessonAnswers, ProgressStore } from './store';
import type { LessonQuestions } from './types';

const FORMAT = 'neural-notebook-progress';

/** The JSON a reader downloads with Export: every lesson's answers and the name they typed. */
export function progressFile(store: ProgressStore, lessons: LessonQuestions[], course: string) {
  return {
    format: FORMAT,
    version: 1,
    course,
    name: store.name(),
    lessons: Object.fromEntries(lessons.map((l) => [l.slug, store.lesson(l.slug)])),
  };
}

export type ImportResult = { ok: true; answers: number } | { ok: false; message: string };

/**
 * Reads an exported progress file and, only if all of it is sound, replaces the progress in
 * `store` with it. A file that is not JSON, not a progress file, or names a lesson or question
 * this course does not have is refused with a message, and nothing changes. Verdicts are worked
 * out again against the lessons' answers, so a hand-edited file cannot mark a wrong answer right
 * (a code exercise's verdict, whose tests ran in the reader's page, is kept as it was).
 */
export function importProgress(
  text: string,
  store: ProgressStore,
  lessons: LessonQuestions[],
): ImportResult {
  const refuse = (message: string): ImportResult => ({ ok: false, message });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('This file is not a progress file: it is not JSON. Nothing was changed.');
  }
  const file = data as Record<string, unknown> | null;
  if (typeof file !== 'object' || file === null || file.format !== FORMAT)
    return refuse(
      'This file is not a Neural Notebook progress file (use one made with Export). Nothing was changed.',
    );
  if (file.version !== 1)
    return refuse(
      `This progress file has format version ${String(file.version)}, which this page does not read. Nothing was changed.`,
    );
  if (typeof file.lessons !== 'object' || file.lessons === null)
    return refuse('This progress file has no lessons in it. Nothing was changed.');
  const next = new Map<string, LessonAnswers>();
  let count = 0;
  for (const [slug, answers] of Object.entries(file.lessons as Record<string, unknown>)) {
    const lesson = lessons.find((l) => l.slug === slug);
    if (!lesson)
      return refuse(
        `This file has answers for a lesson this course does not have ("${slug}"). Nothing was changed.`,
      );
    if (typeof answers !== 'object' || answers === null)
      return refuse(`The answers for "${slug}" in this file are damaged. Nothing was changed.`);
    const kept: LessonAnswers = {};
    for (const [id, value] of Object.entries(answers)) {
      const question = lesson.questions.find((q) => q.id === id);
      const record = readRecord(value);
      if (!question || !record)
        return refuse(
          `The answer to "${id}" in lesson "${slug}" is not one this lesson has. Nothing was changed.`,
        );
      const verdict = grade(question, record.answer);
      kept[id] = { answer: record.answer, right: verdict === 'claimed' ? record.right : verdict };
      count++;
    }
    next.set(slug, kept);
  }
  for (const lesson of lessons) store.replaceLesson(lesson.slug, next.get(lesson.slug) ?? {});
  store.setName(typeof file.name === 'string' ? file.name.slice(0, 60) : '');
  return { ok: true, answers: count };
}
