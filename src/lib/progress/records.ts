import type { Answer, AnswerRecord } from './types';

/** Longest code kept for a code exercise; longer code is cut (it is only shown back to its author). */
const MAX_CODE = 20_000;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** An answer read from storage or a file, checked field by field; undefined if it is not one. */
export function readAnswer(value: unknown): Answer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const a = value as Record<string, unknown>;
  if (a.kind === 'choice' && Number.isInteger(a.index) && (a.index as number) >= 0)
    return { kind: 'choice', index: a.index as number };
  if (a.kind === 'number' && typeof a.text === 'string' && a.text.length <= 40)
    return { kind: 'number', text: a.text };
  if (a.kind === 'gate' && Array.isArray(a.w) && a.w.length === 3 && a.w.every(isNumber))
    return { kind: 'gate', w: [a.w[0], a.w[1], a.w[2]] };
  if (a.kind === 'code' && (a.code === undefined || typeof a.code === 'string'))
    return a.code === undefined
      ? { kind: 'code' }
      : { kind: 'code', code: a.code.slice(0, MAX_CODE) };
  return undefined;
}

/** A stored answer with its verdict, or undefined if `value` is not one. */
export function readRecord(value: unknown): AnswerRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  const answer = readAnswer(r.answer);
  if (!answer || typeof r.right !== 'boolean') return undefined;
  return { answer, right: r.right };
}
