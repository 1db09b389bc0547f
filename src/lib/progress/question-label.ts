import type { QuestionSpec } from './types';

/** How a question is named in lists: an exercise by its title, a check by its place ("Question 2"). */
export function questionLabels(questions: QuestionSpec[]): string[] {
  let checks = 0;
  return questions.map((q) =>
    'title' in q && q.title ? `Exercise: ${q.title}` : `Question ${++checks}`,
  );
}
