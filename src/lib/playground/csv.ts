import { DOMAIN, type Point } from './data';

/** The most rows a CSV may have: the playground trains live, so more would only slow it. */
export const MAX_CSV_ROWS = 2000;

/**
 * The largest file read at all: 2,000 rows written at full precision take about 90 kB, so 1 MB
 * leaves room for comments and spacing, and a wrong file (a video, a database dump) is refused
 * before the browser reads it into memory.
 */
export const MAX_CSV_BYTES = 1_000_000;

/** Why a file is too big to read as points, or null when its size is fine. */
export function csvSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_CSV_BYTES) return null;
  const mb = (bytes / 1e6).toFixed(1);
  return `The file is ${mb} MB; a points file is at most ${MAX_CSV_BYTES / 1e6} MB (${MAX_CSV_ROWS} points).`;
}

/** The result of reading a CSV: the points, or the first problem with its line number. */
export type CsvResult =
  { ok: true; points: { x1: number; x2: number; y: number }[] } | { ok: false; message: string };

/**
 * Reads `x1,x2,label` rows (an optional header line, blank lines and `#` comments allowed).
 * Labels must be 0, 1 or 2 (a 2 makes a three-class run) and coordinates within the plotted square. The first problem is
 * reported with its line, and nothing is returned then, so a bad file changes nothing.
 */
export function parseCsv(text: string): CsvResult {
  const lines = text.split(/\r?\n/);
  const points: { x1: number; x2: number; y: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const at = `Line ${i + 1}`;
    if (line === '' || line.startsWith('#')) continue;
    if (points.length === 0 && /^x1\s*,\s*x2\s*,\s*label$/i.test(line)) continue;
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length !== 3) {
      return {
        ok: false,
        message: `${at}: expected 3 values “x1,x2,label”, got ${cells.length}: “${line.slice(0, 40)}”.`,
      };
    }
    const [x1, x2, y] = cells.map((c) => (c === '' ? NaN : Number(c)));
    for (const [name, value, cell] of [
      ['x1', x1, cells[0]],
      ['x2', x2, cells[1]],
    ] as const) {
      if (!Number.isFinite(value))
        return { ok: false, message: `${at}: ${name} “${cell.slice(0, 20)}” is not a number.` };
      if (Math.abs(value) > DOMAIN)
        return {
          ok: false,
          message: `${at}: ${name} = ${value} is outside the plotted square, -${DOMAIN} to ${DOMAIN}.`,
        };
    }
    if (y !== 0 && y !== 1 && y !== 2)
      return {
        ok: false,
        message: `${at}: label “${cells[2].slice(0, 20)}” must be 0, 1 or 2.`,
      };
    points.push({ x1, x2, y });
    if (points.length > MAX_CSV_ROWS)
      return {
        ok: false,
        message: `${at}: more than ${MAX_CSV_ROWS} points; the playground takes at most ${MAX_CSV_ROWS}.`,
      };
  }
  if (points.length < 2)
    return {
      ok: false,
      message: `The file has ${points.length} point${points.length === 1 ? '' : 's'}; at least 2 are needed.`,
    };
  return { ok: true, points };
}

/**
 * A note for points that are all of one class: they load and train, but a reader who loaded them
 * expecting a boundary should hear why none appears. Null when there are two classes or more.
 */
export function oneClassNote(points: readonly { y: number }[]): string | null {
  const label = points[0]?.y;
  if (label === undefined || points.some((p) => p.y !== label)) return null;
  return `All ${points.length} are class ${label}, so there is nothing to tell apart: the network can only learn to answer ${label}.`;
}

/** Reads a file the reader chose as points: too big, unreadable or malformed files get a message. */
export async function readCsvFile(file: Blob): Promise<CsvResult> {
  const tooBig = csvSizeProblem(file.size);
  if (tooBig) return { ok: false, message: tooBig };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: 'The browser could not read the file; nothing was changed.' };
  }
  return parseCsv(text);
}

/** Writes points as CSV with a header; full precision, so loading it back gives the same points. */
export function toCsv(points: readonly Pick<Point, 'x1' | 'x2' | 'y'>[]): string {
  return ['x1,x2,label', ...points.map((p) => `${p.x1},${p.x2},${p.y}`)].join('\n') + '\n';
}
