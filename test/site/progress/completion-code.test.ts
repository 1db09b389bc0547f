import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCompletion, encodeCompletion } from '../../../src/lib/progress/completion-code';
import type { LessonAnswers } from '../../../src/lib/progress/store';
import type { Answer } from '../../../src/lib/progress/types';
import { lesson, other } from './fixtures';

const lessons = [lesson, other];
const tenths = fc.integer({ min: -40, max: 40 }).map((n) => n / 10);
const answerFor: Record<string, fc.Arbitrary<Answer>> = {
  'q-number': fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .map((v) => ({ kind: 'number', text: String(v) })),
  'q-choice': fc.integer({ min: 0, max: 2 }).map((index) => ({ kind: 'choice', index })),
  'ex-code': fc.constant({ kind: 'code' }),
  'ex-gate': fc.tuple(tenths, tenths, tenths).map((w) => ({ kind: 'gate', w })),
  'ex-number': fc
    .integer({ min: -50000, max: 50000 })
    .map((n) => ({ kind: 'number', text: String(n / 1000) })),
};
const answers: fc.Arbitrary<LessonAnswers> = fc.record(
  Object.fromEntries(
    Object.entries(answerFor).map(([id, arb]) => [
      id,
      fc.record({ answer: arb, right: fc.boolean() }),
    ]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<LessonAnswers>;

describe('encodeCompletion() and decodeCompletion()', () => {
  it('round-trip any answers and name, each answer graded again against the lesson', () => {
    fc.assert(
      fc.property(answers, fc.string({ maxLength: 20 }), (given, name) => {
        const code = encodeCompletion(lesson, '0.2.0', name, given);
        expect(code).toMatch(/^NN1-L2-[0-9A-Z]+-[0-9A-Z]{4}$/);
        const result = decodeCompletion(code, lessons);
        if (!result.ok) throw new Error(result.message);
        expect(result.completion.name).toBe(name.trim());
        expect(result.completion.course).toBe('0.2.0');
        expect(Object.keys(result.completion.answers).sort()).toEqual(Object.keys(given).sort());
        for (const [id, record] of Object.entries(given)) {
          const back = result.completion.answers[id];
          if (record.answer.kind === 'number')
            expect(Number(back.answer.kind === 'number' && back.answer.text)).toBe(
              Number(record.answer.text),
            );
          else expect(back.answer).toEqual(record.answer);
          if (id === 'ex-code') expect(back.right).toBe(record.right);
        }
      }),
    );
  });

  it('grades the answers itself: a wrong answer marked right by hand stays wrong', () => {
    const code = encodeCompletion(lesson, '0.2.0', 'Ada', {
      'q-number': { answer: { kind: 'number', text: '0,73' }, right: false },
      'q-choice': { answer: { kind: 'choice', index: 0 }, right: true },
      'ex-gate': { answer: { kind: 'gate', w: [-1, -1, 1.5] }, right: false },
    });
    const result = decodeCompletion(code, lessons);
    if (!result.ok) throw new Error(result.message);
    const { answers: got } = result.completion;
    expect(got['q-number'].right).toBe(true);
    expect(got['q-choice'].right).toBe(false);
    expect(got['ex-gate'].right).toBe(true);
    expect(got['ex-number']).toBeUndefined();
  });

  it('detects any one mistyped character', () => {
    const code = encodeCompletion(lesson, '0.2.0', 'Grace', {
      'q-choice': { answer: { kind: 'choice', index: 1 }, right: true },
      'ex-number': { answer: { kind: 'number', text: '-2' }, right: true },
    });
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const prefix = 'NN1-L2-'.length;
    for (let i = prefix; i < code.length; i++) {
      if (code[i] === '-') continue;
      const swapped = alphabet[(alphabet.indexOf(code[i]) + 7) % 32];
      const typo = code.slice(0, i) + swapped + code.slice(i + 1);
      const result = decodeCompletion(typo, lessons);
      expect(result.ok, typo).toBe(false);
    }
    expect(decodeCompletion(code.slice(0, -1) + 'Z', lessons)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/typo/),
    });
  });

  it('reads a code typed in lower case, with I, L and O for 1, 1 and 0, and spaces', () => {
    const code = encodeCompletion(lesson, '0.2.0', '', {
      'q-choice': { answer: { kind: 'choice', index: 1 }, right: true },
    });
    const sloppy = ` ${code.toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o')} `;
    expect(decodeCompletion(sloppy, lessons).ok).toBe(true);
  });

  it('gives foreign, newer, unknown-lesson and out-of-date codes a clear message', () => {
    expect(decodeCompletion('hello', lessons)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a Neural Notebook completion code/),
    });
    expect(decodeCompletion('NN2-L2-ABCDEF-GHJK', lessons)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/format NN2/),
    });
    expect(decodeCompletion('NN1-L2', lessons)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/incomplete/),
    });
    const later = { ...lesson, number: 9 };
    const unknown = encodeCompletion(later, '0.2.0', '', {});
    expect(decodeCompletion(unknown, lessons)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/lesson 9, which this course does not have/),
    });
    const old = { ...lesson, questions: lesson.questions.slice(1) };
    const stale = encodeCompletion(old, '0.1.0', '', {});
    expect(decodeCompletion(stale, lessons)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/other questions in lesson 2 \(course version 0\.1\.0\)/),
    });
  });

  it('cuts a long name at 40 bytes without splitting a character', () => {
    const name = 'é'.repeat(30);
    const result = decodeCompletion(encodeCompletion(lesson, '0.2.0', name, {}), lessons);
    expect(result.ok && result.completion.name).toBe('é'.repeat(20));
  });
});
