import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { executeNotebook, freshDenoDir, installDenoKernel } from '../built/jupyter';
import { cellOf } from './notebook-helpers';

/**
 * The round trip: a notebook downloaded from the scratch notebook runs in Jupyter (Deno's kernel,
 * importing the engine from this test's server), and the file Jupyter saved opens again in
 * /notebook/, by the file picker and by drag and drop. Files that cannot be opened are refused
 * with a message, and the cells on the page stay as they were.
 */

const codes = (page: Page) =>
  page.locator('.nb-cell').evaluateAll((cells) =>
    cells.map((cell) => {
      const plain = cell.querySelector<HTMLElement>('pre.nb-plain');
      if (plain && !plain.hidden) return plain.textContent ?? '';
      return cell.querySelector<HTMLElement>('.cm-content')?.innerText ?? '';
    }),
  );

/** Drops a file with `text` on the scratch notebook, as a drag from the desktop does. */
async function dropFile(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ([name, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/x-ipynb+json' }));
      return data;
    },
    [name, text],
  );
  await page.locator('#nb-scratch').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('#nb-scratch').dispatchEvent('drop', { dataTransfer: transfer });
}

const notice = (page: Page) => page.locator('.nb-bar-notice:not([hidden])').last();

test('a notebook exported here runs in Jupyter, and the saved file opens here again', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await page.goto('/notebook/');
  await expect(page.locator('.nb-cell')).toHaveCount(2);
  const starter = await codes(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as notebook' }).click(),
  ]);
  const exported = readFileSync((await download.path())!, 'utf8');
  const importCell = JSON.parse(exported).cells[1].source.join('');
  const moduleUrl = /from '([^']+)'/.exec(importCell)![1];
  expect(moduleUrl).toMatch(/^https?:\/\/.+\/engine\/v1\/notebook\.js$/);
  // The same build served here: the configured site address becomes this server's address.
  const site = moduleUrl.replace(/engine\/v1\/notebook\.js$/, '');
  // Outside the repository: a Deno kernel started in it would find its package.json and write a
  // deno.lock there, pinning the served engine's hash.
  const work = mkdtempSync(join(tmpdir(), 'nn-round-trip-'));
  const input = join(work, 'scratch.ipynb');
  writeFileSync(input, exported.replaceAll(site, `${baseURL}/`));

  await installDenoKernel();
  const output = join(work, 'scratch-executed.ipynb');
  const run = await executeNotebook(input, output, freshDenoDir());
  expect(run.ok, run.log).toBe(true);
  const executed = JSON.parse(readFileSync(output, 'utf8'));
  const outputs = executed.cells.flatMap((c: { outputs?: unknown[] }) => c.outputs ?? []);
  expect(outputs.filter((o: { output_type: string }) => o.output_type === 'error')).toEqual([]);
  expect(executed.metadata.language_info.name).toBe('typescript');

  // Edited in Jupyter: a cell changed (as one string, which Jupyter also writes) and one added.
  const code = executed.cells.filter((c: { cell_type: string }) => c.cell_type === 'code');
  code[2].source = 'table([{ edited: "in Jupyter" }]);';
  executed.cells.push({
    cell_type: 'code',
    id: 'added-in-jupyter',
    metadata: {},
    execution_count: null,
    outputs: [],
    source: ['const more = 1;\n', 'more + 1'],
  });
  const saved = join(work, 'scratch-saved.ipynb');
  writeFileSync(saved, JSON.stringify(executed, null, 1));

  // The file picker: the page's cells are replaced by the notebook's code cells, import cell left out.
  await page.getByRole('button', { name: 'Add a cell' }).click();
  await expect(page.locator('.nb-cell')).toHaveCount(3);
  page.once('dialog', (dialog) => void dialog.accept());
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open a notebook (.ipynb)…' }).click(),
  ]);
  await chooser.setFiles(saved);
  await expect(notice(page)).toHaveText(
    'Opened scratch-saved.ipynb: 3 code cells, not run yet. 1 Markdown or raw cell was left out: this notebook holds code only.',
  );
  const reopened = [starter[0], 'table([{ edited: "in Jupyter" }]);', 'const more = 1;\nmore + 1'];
  await expect.poll(() => codes(page)).toEqual(reopened);
  await cellOf(page, 3).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(cellOf(page, 3).locator('.nb-value')).toHaveText('2');

  // Kept across a reload, as any scratch cell is.
  await page.reload();
  await expect.poll(() => codes(page)).toEqual(reopened);

  // Files that cannot be opened: a message each, and the cells stay.
  const python = JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
    cells: [{ cell_type: 'code', source: 'print(1)', outputs: [], metadata: {} }],
  });
  await dropFile(page, 'analysis.ipynb', python);
  await expect(notice(page)).toHaveText(
    'analysis.ipynb was not opened: The notebook is for the Python 3 kernel (python); this notebook runs TypeScript and JavaScript only. Your cells are unchanged.',
  );
  await dropFile(page, 'broken.ipynb', exported.slice(0, 200));
  await expect(notice(page)).toContainText(
    'broken.ipynb was not opened: The file is not a Jupyter notebook: it is not valid JSON',
  );
  const unknown = JSON.parse(exported);
  unknown.cells.push({ cell_type: 'chart', source: '', metadata: {} });
  await dropFile(page, 'odd.ipynb', JSON.stringify(unknown));
  await expect(notice(page)).toHaveText(
    'odd.ipynb was not opened: Cell 5 has the unknown type "chart"; a notebook\'s cells are code, markdown or raw. Your cells are unchanged.',
  );
  expect(await codes(page)).toEqual(reopened);

  // And drag and drop opens a good file, the exported one as it came from the site.
  page.once('dialog', (dialog) => void dialog.accept());
  await dropFile(page, 'scratch.ipynb', exported);
  await expect(notice(page)).toContainText('Opened scratch.ipynb: 2 code cells, not run yet.');
  await expect.poll(() => codes(page)).toEqual(starter);
});
