import { parseHTML } from 'linkedom';

/**
 * A code cell's outputs reduced to what must agree between the lesson page and Jupyter: the
 * printed lines, each table's cells, each step list's plain text, each chart's one-line summary (a
 * value graph's with its sentences) and the numbers of the cell's value. Kinds are compared separately because Jupyter may interleave
 * printed lines and displays in another order than the page.
 */
export interface CellRecord {
  streams: string[];
  tables: string[][][];
  steps: string[][];
  charts: string[];
  values: string[];
}

const empty = (): CellRecord => ({ streams: [], tables: [], steps: [], charts: [], values: [] });

/** A number as the page shows it: at most 10 significant digits (`numberText` in display.ts). */
const asShown = (x: number) =>
  Number.isInteger(x) || !Number.isFinite(x) ? String(x) : String(Number(x.toPrecision(10)));

/** Numbers in text, not digits inside names (`w1`, `x2`). */
const numbersIn = (text: string) =>
  [...text.matchAll(/(?<![\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi)].map((m) => asShown(Number(m[0])));

/**
 * A table's text, header first. A column of measured milliseconds is left out: a timing is
 * different on every run by nature, while every other number must agree.
 */
function tableRows(table: Element): string[][] {
  const rows = [...table.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()),
  );
  const timing = rows[0]?.flatMap((h, i) => (/millisecond/i.test(h) ? [i] : [])) ?? [];
  return rows.map((row) => row.filter((_, i) => !timing.includes(i)));
}

/** The records of every cell's saved output on a built lesson page, in order. */
export function savedOutputs(html: string): CellRecord[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('.nb-output')].map(outputRecord);
}

/** One output element (`.nb-output`, as the build writes it) as a record. */
export function outputRecord(output: Element): CellRecord {
  const record = empty();
  for (const child of output.children) {
    const classes = child.getAttribute('class') ?? '';
    if (classes.includes('nb-stream')) record.streams.push(child.textContent!);
    else if (classes.includes('nb-table')) record.tables.push(tableRows(child));
    else if (classes.includes('nb-chart'))
      record.charts.push(child.querySelector('figcaption')!.textContent!);
    // A value graph: its summary and one sentence per value, the text/plain Jupyter gets with it.
    else if (classes.includes('nb-graph'))
      record.charts.push(
        [
          child.querySelector('figcaption')!.textContent!,
          ...[...child.querySelectorAll('details li')].map((li) => li.textContent!),
        ].join('\n'),
      );
    else if (classes.includes('nb-steps'))
      record.steps.push(
        [...child.querySelectorAll('li .nn-sr-only')].map((s) => s.textContent!.trim()),
      );
    else if (classes.includes('nb-value'))
      record.values.push(
        ...[...child.querySelectorAll('.nb-v-number')].map((n) => asShown(Number(n.textContent!))),
      );
    else if (classes.includes('nb-fold')) {
      // A long output folded at build time (src/markdown/fold-long-output.ts): the page shows its
      // first rows; the whole output is the fold's store, a <noscript> (src/lib/fold/).
      const store = child.querySelector('[data-fold-body] > noscript');
      if (!store)
        throw new Error(`a folded output without its store: ${child.outerHTML.slice(0, 120)}`);
      const html = store.children.length ? store.innerHTML : store.textContent!;
      const whole = outputRecord(parseHTML(`<div>${html}</div>`).document.querySelector('div')!);
      for (const key of Object.keys(record) as (keyof CellRecord)[])
        (record[key] as unknown[]).push(...whole[key]);
    } else throw new Error(`an output the test does not know: ${child.outerHTML.slice(0, 120)}`);
  }
  return record;
}

type Multiline = string | string[];
/** An output of an executed .ipynb, as nbformat stores it. */
export interface IpynbOutput {
  output_type: string;
  name?: string;
  text?: Multiline;
  data?: Record<string, Multiline>;
  ename?: string;
  evalue?: string;
}
const joined = (text: Multiline | undefined) =>
  Array.isArray(text) ? text.join('') : (text ?? '');
// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** The outputs Jupyter saved for one code cell, as a record. */
export function jupyterRecord(outputs: IpynbOutput[]): CellRecord {
  const record = empty();
  for (const output of outputs) {
    const data = output.data ?? {};
    const plain = stripAnsi(joined(data['text/plain']));
    if (output.output_type === 'stream')
      record.streams.push(...joined(output.text).replace(/\n$/, '').split('\n'));
    else if (output.output_type === 'execute_result') record.values.push(...numbersIn(plain));
    else if (data['text/html']) {
      const { document } = parseHTML(`<div>${joined(data['text/html'])}</div>`);
      record.tables.push(tableRows(document.querySelector('table')!));
    } else if (data['text/latex']) record.steps.push(plain.split('\n'));
    else if (data['image/svg+xml']) record.charts.push(plain);
    else throw new Error(`an output the test does not know: ${JSON.stringify(output)}`);
  }
  return record;
}

/** True when `actual` lacks some output `expected` has (Jupyter can drop a cell's last outputs). */
export function isMissingOutputs(actual: CellRecord, expected: CellRecord): boolean {
  return (Object.keys(expected) as (keyof CellRecord)[]).some(
    (kind) => actual[kind].length < expected[kind].length,
  );
}
