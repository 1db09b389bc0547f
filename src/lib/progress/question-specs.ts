import type { ExerciseCheck } from '../exercises/types';
import type { QuestionSpec } from './types';

/** One entry of a lesson module's `nnQuestions` export (see src/markdown/remark-question-registry.ts). */
export interface RawQuestion {
  id: string;
  kind: 'choice' | 'number' | 'exercise';
  options?: { text: string; correct?: boolean }[];
  answer?: number;
  tolerance?: number;
  title?: string;
  check?: ExerciseCheck;
}

/** The default tolerances of CheckNumber and Exercise, which a lesson may leave out. */
const DEFAULT_TOLERANCE = 0.005;

/**
 * A question's spec from what its lesson passes to the component: the right option, the engine's
 * number and tolerance, the gate to build. Throws (failing the build) on a question it cannot grade.
 */
export function questionSpec(raw: RawQuestion): QuestionSpec {
  const fail = (why: string) => new Error(`question "${raw.id}": ${why}`);
  if (raw.kind === 'choice') {
    const options = raw.options ?? [];
    const right = options.flatMap((o, i) => (o.correct ? [i] : []));
    if (right.length !== 1) throw fail(`needs exactly one correct option, has ${right.length}`);
    return { id: raw.id, kind: 'choice', options: options.map((o) => o.text), correct: right[0] };
  }
  if (raw.kind === 'number') {
    if (!Number.isFinite(raw.answer)) throw fail(`its answer is not a number (${raw.answer})`);
    return {
      id: raw.id,
      kind: 'number',
      answer: raw.answer!,
      tolerance: raw.tolerance ?? DEFAULT_TOLERANCE,
    };
  }
  const check = raw.check;
  const title = raw.title ?? raw.id;
  if (check?.kind === 'number') {
    if (!Number.isFinite(check.answer)) throw fail(`its answer is not a number (${check.answer})`);
    return {
      id: raw.id,
      kind: 'number',
      title,
      answer: check.answer,
      tolerance: check.tolerance ?? DEFAULT_TOLERANCE,
    };
  }
  if (check?.kind === 'gate') return { id: raw.id, kind: 'gate', title, gate: check.gate };
  if (check?.kind === 'code') return { id: raw.id, kind: 'code', title };
  throw fail('has no check the progress page knows');
}
