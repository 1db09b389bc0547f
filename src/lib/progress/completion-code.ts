import { readAnswer, writeAnswer } from './answer-bytes';
import { checkCharacters, crc32, fromBase32, normalizeBase32, toBase32 } from './code-text';
import { grade } from './grade';
import type { LessonAnswers } from './store';
import type { AnswerRecord, LessonQuestions } from './types';

/**
 * Completion codes: `NN1-L<lesson>-<answers>-<check>`, a short string a student copies into a
 * learning platform or an e-mail. The middle part is base32 of: the course version (3 bytes), a
 * fingerprint of the lesson's question ids (2 bytes, so a code for another set of questions is
 * recognised), the student's name (a length byte and UTF-8), then each question's answer in page
 * order. The last part is 20 bits of a CRC-32 of the rest, which catches typos. It is a checksum,
 * not a signature: anyone who reads this file can write a code.
 */
const FORMAT = 'NN1';
/** Longest name carried, in UTF-8 bytes. */
const MAX_NAME = 40;

/** The fingerprint of a lesson's questions: 16 bits of a CRC-32 of their ids in order. */
function fingerprint(lesson: CodeLesson): number {
  return crc32(lesson.questions.map((q) => q.id).join(',')) & 0xffff;
}

function versionBytes(course: string): number[] {
  const parts = course.split('.').map((n) => Number.parseInt(n, 10));
  return [0, 1, 2].map((i) => Math.min(255, Math.max(0, parts[i] || 0)));
}

function nameBytes(name: string): Uint8Array {
  let bytes = new TextEncoder().encode(name.trim());
  // Cut at a character boundary: drop trailing continuation bytes of a cut character.
  if (bytes.length > MAX_NAME) {
    let end = MAX_NAME;
    while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
    bytes = bytes.slice(0, end);
  }
  return bytes;
}

/** What a code is made for: the lesson's number and its question ids in page order. */
export type CodeLesson = Pick<LessonQuestions, 'number'> & { questions: { id: string }[] };

/** The completion code of `answers` to `lesson`'s questions. */
export function encodeCompletion(
  lesson: CodeLesson,
  course: string,
  name: string,
  answers: LessonAnswers,
): string {
  const name8 = nameBytes(name);
  const print = fingerprint(lesson);
  const out = [...versionBytes(course), print >> 8, print & 255, name8.length, ...name8];
  for (const q of lesson.questions)
    writeAnswer(out, answers[q.id]?.answer, answers[q.id]?.right ?? false);
  const body = `${FORMAT}-L${lesson.number}-${toBase32(Uint8Array.from(out))}`;
  return `${body}-${checkCharacters(body)}`;
}

/** What a completion code says, each answer graded again against the lesson's answers. */
export interface Completion {
  lesson: LessonQuestions;
  /** The course version the code was made with. */
  course: string;
  name: string;
  /** Answers by question id; a code exercise's `right` is the student's page's word for it. */
  answers: LessonAnswers;
}

export type DecodeResult = { ok: true; completion: Completion } | { ok: false; message: string };

/** Reads a completion code; a foreign, damaged, mistyped or out-of-date code gets a message. */
export function decodeCompletion(text: string, lessons: LessonQuestions[]): DecodeResult {
  const fail = (message: string): DecodeResult => ({ ok: false, message });
  const code = text.replace(/\s+/g, '');
  if (!code) return fail('There is no code here.');
  if (!/^NN/i.test(code))
    return fail('This is not a Neural Notebook completion code (they start with NN1-).');
  // Each part read as base32 reads it (a 1 typed as l, a 0 as O), after its letters NN and L.
  const parts = code.toUpperCase().split('-');
  const [format, number, payload, check] = [
    normalizeBase32(parts[0].slice(2)),
    parts[1]?.startsWith('L') ? normalizeBase32(parts[1].slice(1)) : '',
    normalizeBase32(parts[2] ?? ''),
    normalizeBase32(parts[3] ?? ''),
  ];
  if (/^\d+$/.test(format) && format !== '1')
    return fail(`This code has format NN${format}, which this page does not read (it reads NN1).`);
  if (
    parts.length !== 4 ||
    format !== '1' ||
    !/^\d+$/.test(number) ||
    !/^[0-9A-Z]+$/.test(payload) ||
    !/^[0-9A-Z]{4}$/.test(check)
  )
    return fail(
      'This code is incomplete or has extra characters: a code looks like NN1-L2-…-ABCD.',
    );
  const body = `${FORMAT}-L${Number(number)}-${payload}`;
  if (checkCharacters(body) !== check)
    return fail(
      'This code has a typo: its last four characters do not match the rest. Copy it again.',
    );
  const lesson = lessons.find((l) => l.number === Number(number));
  if (!lesson) return fail(`This code is for lesson ${number}, which this course does not have.`);
  const bytes = fromBase32(payload);
  if (!bytes || bytes.length < 6) return fail('This code is damaged: it is too short.');
  const course = `${bytes[0]}.${bytes[1]}.${bytes[2]}`;
  if (((bytes[3] << 8) | bytes[4]) !== fingerprint(lesson))
    return fail(
      `This code was made for other questions in lesson ${lesson.number} (course version ${course}); the lesson's questions have changed since.`,
    );
  const nameEnd = 6 + bytes[5];
  if (nameEnd > bytes.length) return fail('This code is damaged: it ends inside the name.');
  const name = new TextDecoder().decode(bytes.slice(6, nameEnd));
  const answers: LessonAnswers = {};
  let at = nameEnd;
  for (const question of lesson.questions) {
    const read = at < bytes.length ? readAnswer(bytes, at) : undefined;
    if (!read) return fail(`This code is damaged: the answer to "${question.id}" cannot be read.`);
    at = read.next;
    if (!read.answer) continue;
    const verdict = grade(question, read.answer);
    const record: AnswerRecord = {
      answer: read.answer,
      right: verdict === 'claimed' ? read.claimed === true : verdict,
    };
    answers[question.id] = record;
  }
  return { ok: true, completion: { lesson, course, name, answers } };
}
