import { writtenLessons, lessonFileName } from '../../course/outline';
import { questionSpec, type RawQuestion } from './question-specs';
import type { LessonQuestions } from './types';

// The lessons' modules, the same ones their pages render, each exporting `nnQuestions`
// (src/markdown/remark-question-registry.ts). Imported lazily: only the pages that list questions load them.
const modules = import.meta.glob<{ nnQuestions?: RawQuestion[] }>('../../../lessons/*.mdx');

/**
 * Every written lesson's questions and right answers, in reading order, as the lessons compute
 * them when the site builds. Build-time only.
 */
export async function courseQuestions(): Promise<LessonQuestions[]> {
  return Promise.all(
    writtenLessons.map(async (lesson) => {
      const load = modules[`../../../lessons/${lessonFileName(lesson)}`];
      if (!load)
        throw new Error(`courseQuestions: no module for lessons/${lessonFileName(lesson)}`);
      const { nnQuestions = [] } = await load();
      return {
        number: lesson.number,
        slug: lesson.slug,
        title: lesson.title,
        questions: nnQuestions.map(questionSpec),
      };
    }),
  );
}
