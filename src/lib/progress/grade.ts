import { gates } from '../../../engine/index.ts';
import { checkNumber } from '../check-number';
import { rightCount, stepNeuron } from '../gate-learning';
import type { Answer, QuestionSpec } from './types';

/**
 * Whether `answer` is right for `question`, worked out again from the lesson's answers (never taken
 * from the student's side), or 'claimed' for a code exercise, whose code a completion code does not
 * carry: there only the student's page ran the tests.
 */
export function grade(question: QuestionSpec, answer: Answer): boolean | 'claimed' {
  if (question.kind === 'choice')
    return answer.kind === 'choice' && answer.index === question.correct;
  if (question.kind === 'number')
    return (
      answer.kind === 'number' &&
      checkNumber(answer.text, question.answer, question.tolerance).kind === 'right'
    );
  if (question.kind === 'gate') {
    if (answer.kind !== 'gate') return false;
    const data = gates[question.gate];
    return rightCount(stepNeuron(...answer.w), data) === data.inputs.length;
  }
  return 'claimed';
}
