import { describe, expect, it } from 'vitest';
import { readClassList } from '../../../src/lib/progress/class-list';
import { encodeCompletion } from '../../../src/lib/progress/completion-code';
import { lesson, other } from './fixtures';

const lessons = [lesson, other];
const right = encodeCompletion(other, '0.2.0', 'Ada', {
  'act-q': { answer: { kind: 'choice', index: 0 }, right: true },
});
const wrong = encodeCompletion(other, '0.2.0', '', {
  'act-q': { answer: { kind: 'choice', index: 1 }, right: false },
});

describe('readClassList(text, lessons)', () => {
  it('reads a code alone, "name, code" lines with quotes, semicolons or tabs, and skips a header', () => {
    const text = `Name,Completion code\n${right}\n"Lin, Bo";${wrong}\n\nCy\t${wrong}\n`;
    const { rows, bad } = readClassList(text, lessons);
    expect(bad).toEqual([]);
    expect(rows.map((r) => [r.line, r.listName, r.completion.name])).toEqual([
      [2, '', 'Ada'],
      [3, 'Lin, Bo', ''],
      [5, 'Cy', ''],
    ]);
    expect(rows[0].completion.answers['act-q'].right).toBe(true);
    expect(rows[1].completion.answers['act-q'].right).toBe(false);
  });

  it('reports each bad line by its number and why', () => {
    const typo = right.slice(0, -1) + (right.endsWith('A') ? 'B' : 'A');
    const { rows, bad } = readClassList(
      `${right}\nBo, no code here\n${typo}\nNN7-L1-AB-CDEF`,
      lessons,
    );
    expect(rows).toHaveLength(1);
    expect(bad).toEqual([
      { line: 2, message: expect.stringMatching(/no completion code/) },
      { line: 3, message: expect.stringMatching(/typo/) },
      { line: 4, message: expect.stringMatching(/format NN7/) },
    ]);
  });
});
