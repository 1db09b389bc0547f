import { describe, expect, it } from 'vitest';
import { codeToIpynb, lessonToIpynb, withCellCode } from '../../src/notebook/ipynb';
import type { NotebookPart } from '../../src/notebook/notebook-parts';
import {
  IMPORT_CELL_ID,
  NOTEBOOK_IMPORT_NAMES,
  isImportCell,
} from '../../src/notebook/notebook-import';
import { cellScopeNames } from '../../src/notebook/cell-scope-names';

describe('NOTEBOOK_IMPORT_NAMES', () => {
  it("is every name a site cell has without an import, but console (Jupyter's own)", () => {
    expect([...NOTEBOOK_IMPORT_NAMES]).toEqual(cellScopeNames().filter((n) => n !== 'console'));
  });
});

/** A lesson's parts as its module's nnNotebook gives them (test/site/notebook-export.test.ts). */
const PARTS: NotebookPart[] = [
  { type: 'markdown', text: '## A section\n\nA neuron adds $w_1 x_1$.' },
  { type: 'code', code: 'const a = 1;\na + 1' },
  { type: 'markdown', text: 'Between the cells.' },
  { type: 'code', code: 'a * 3' },
];

describe('lessonToIpynb(parts, info)', () => {
  const moduleUrl = 'https://site/engine/v1/notebook.js';
  const notebook = lessonToIpynb(PARTS, {
    title: 'A lesson',
    lessonUrl: 'https://site/lessons/x/',
    moduleUrl,
  });

  it('is an nbformat 4.5 notebook with a TypeScript kernel', () => {
    expect(notebook).toMatchObject({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { language_info: { name: 'typescript' } },
    });
    expect(JSON.parse(JSON.stringify(notebook))).toEqual(notebook);
  });

  it('begins with a code cell that imports every name the site gives cells, from the site', () => {
    const imports = notebook.cells[1];
    expect(imports).toMatchObject({ cell_type: 'code', id: IMPORT_CELL_ID });
    const source = imports.source.join('');
    expect(source).toMatch(/^\/\/ .*\nimport \{\n/);
    expect(source.endsWith(`} from '${moduleUrl}';`)).toBe(true);
    const names = /import \{([^}]*)\}/
      .exec(source)![1]
      .split(',')
      .map((n) => n.trim());
    expect(names.filter(Boolean)).toEqual([...NOTEBOOK_IMPORT_NAMES]);
    expect(isImportCell(source)).toBe(true);
    expect(isImportCell(`${source}\nconst x = 1;`)).toBe(false);
  });

  it('turns the cells into code cells, in order, between the prose', () => {
    expect(notebook.cells.map((c) => c.cell_type)).toEqual([
      'markdown',
      'code',
      'markdown',
      'code',
      'markdown',
      'code',
    ]);
    expect(notebook.cells[3].source).toEqual(['const a = 1;\n', 'a + 1']);
    expect(notebook.cells[4].source.join('')).toBe('Between the cells.');
    expect(notebook.cells[5].source).toEqual(['a * 3']);
    expect(notebook.cells[0].source.join('')).toContain('# A lesson');
    expect(notebook.cells[2].source.join('')).toBe('## A section\n\nA neuron adds $w_1 x_1$.');
    expect(new Set(notebook.cells.map((c) => c.id)).size).toBe(notebook.cells.length);
  });

  it('refuses a lesson without cells', () => {
    expect(() =>
      lessonToIpynb([{ type: 'markdown', text: '## Just prose' }], {
        title: 'T',
        lessonUrl: '',
        moduleUrl: '',
      }),
    ).toThrow('"T" has no code cells');
  });

  it("takes the reader's code with withCellCode, and refuses a count that does not match", () => {
    const edited = withCellCode(notebook, ['1', '2\n3']);
    expect(edited.cells[1]).toEqual(notebook.cells[1]);
    expect(edited.cells[3].source).toEqual(['1']);
    expect(edited.cells[5].source).toEqual(['2\n', '3']);
    expect(notebook.cells[3].source).toEqual(['const a = 1;\n', 'a + 1']);
    expect(() => withCellCode(notebook, ['only one'])).toThrow(
      'the page has 1 cells but the notebook file has 2',
    );
  });
});

describe('codeToIpynb(title, urls, codes)', () => {
  it('makes a notebook of code cells after a title cell and the import cell', () => {
    const notebook = codeToIpynb(
      'Scratch',
      { pageUrl: 'https://site/notebook/', moduleUrl: 'https://site/engine/v1/notebook.js' },
      ['x = 1', ''],
    );
    expect(notebook.cells.map((c) => c.cell_type)).toEqual(['markdown', 'code', 'code', 'code']);
    expect(notebook.cells[0].source.join('')).toContain('# Scratch');
    expect(notebook.cells[1].id).toBe(IMPORT_CELL_ID);
    expect(notebook.cells[2].source).toEqual(['x = 1']);
  });
});
