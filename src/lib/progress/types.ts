import type { ExerciseGate } from '../exercises/types';

/** What a reader answered to one question, as the progress store and completion codes keep it. */
export type Answer =
  | { kind: 'choice'; index: number }
  | { kind: 'number'; text: string }
  | { kind: 'gate'; w: [number, number, number] }
  /** A code exercise: the code itself stays in this browser; a completion code carries only the verdict. */
  | { kind: 'code'; code?: string };

/** One question's last answer and whether the page found it right when it was checked. */
export interface AnswerRecord {
  answer: Answer;
  right: boolean;
}

/** A question as the build collected it from its lesson, with what a right answer is. */
export type QuestionSpec =
  | { id: string; kind: 'choice'; options: string[]; correct: number }
  | { id: string; kind: 'number'; title?: string; answer: number; tolerance: number }
  | { id: string; kind: 'gate'; title: string; gate: ExerciseGate }
  | { id: string; kind: 'code'; title: string };

/** A lesson's questions in page order. */
export interface LessonQuestions {
  number: number;
  slug: string;
  title: string;
  questions: QuestionSpec[];
}
