import { decodeCompletion, type Completion } from './completion-code';
import type { LessonQuestions } from './types';

/** One pasted line that held a readable code: who (as the list names them) and what it says. */
export interface ClassRow {
  line: number;
  /** The name written before the code on a "name, code" line, if any. */
  listName: string;
  completion: Completion;
}

/** A pasted line that could not be read, with why. */
export interface BadLine {
  line: number;
  message: string;
}

/** A line's fields, split at commas, semicolons or tabs outside "double quotes" ("" is a quote). */
function fields(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/\s*(?:"((?:[^"]|"")*)"|([^,;\t]*))\s*(?:[,;\t]|$)/g)) {
    if (m.index === line.length && out.length) break;
    out.push((m[1]?.replace(/""/g, '"') ?? m[2] ?? '').trim());
  }
  return out;
}

/**
 * Reads what an instructor pastes: one completion code, or a class list with one per line, either
 * the code alone or "name, code" (as a spreadsheet exports it: commas, semicolons or tabs, quotes
 * allowed). Blank lines and a header line without a code are skipped; every other line is a
 * readable code or a bad line with its number and the reason.
 */
export function readClassList(
  text: string,
  lessons: LessonQuestions[],
): { rows: ClassRow[]; bad: BadLine[] } {
  const rows: ClassRow[] = [];
  const bad: BadLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    const parts = fields(raw);
    const at = parts.findLastIndex((f) => /^nn\d/i.test(f));
    if (at < 0) {
      if (rows.length === 0 && bad.length === 0 && /\bcode\b/i.test(raw)) return; // a header
      bad.push({ line, message: 'no completion code on this line (codes start with NN1-)' });
      return;
    }
    const result = decodeCompletion(parts[at], lessons);
    if (!result.ok) bad.push({ line, message: result.message });
    else
      rows.push({
        line,
        listName: parts.filter((f, k) => k !== at && f).join(' '),
        completion: result.completion,
      });
  });
  return { rows, bad };
}
