import { describe, expect, it } from 'vitest';
import { cellsFromIpynb } from '../../src/notebook/ipynb-import';
import { codeToIpynb, lessonToIpynb } from '../../src/notebook/ipynb';

const urls = { pageUrl: 'https://site/notebook/', moduleUrl: 'https://site/engine/v1/notebook.js' };
const notebook = (cells: unknown[], metadata: unknown = {}) =>
  JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata, cells });

describe('cellsFromIpynb(text)', () => {
  it('gives back the code of a notebook the site exported, without the import cell', () => {
    const exported = codeToIpynb('Scratch', urls, ['const a = 1;\na + 1', 'plot([1, 2])']);
    expect(cellsFromIpynb(JSON.stringify(exported))).toEqual({
      codes: ['const a = 1;\na + 1', 'plot([1, 2])'],
      leftOut: 1,
    });
  });

  it("reads a lesson's notebook after Jupyter saved it: outputs, counts, string sources, prose left out", () => {
    const parts = [
      { type: 'markdown', text: 'Prose.' },
      { type: 'code', code: 'const x = 2;\nx * 3' },
      { type: 'markdown', text: 'More.' },
    ] as const;
    const lesson = lessonToIpynb(parts, {
      title: 'L',
      lessonUrl: 'https://site/lessons/l/',
      moduleUrl: urls.moduleUrl,
    });
    const saved = {
      ...lesson,
      metadata: { ...lesson.metadata, language_info: { name: 'typescript', version: '5.9' } },
      cells: [
        ...lesson.cells.map((cell) =>
          cell.cell_type === 'code'
            ? {
                ...cell,
                execution_count: 1,
                outputs: [{ output_type: 'execute_result', data: { 'text/plain': '6' } }],
              }
            : cell,
        ),
        { cell_type: 'code', id: 'new', metadata: {}, source: 'x + 1', outputs: [] },
      ],
    };
    expect(cellsFromIpynb(JSON.stringify(saved))).toEqual({
      codes: ['const x = 2;\nx * 3', 'x + 1'],
      leftOut: 3,
    });
  });

  it('refuses a malformed file, saying why', () => {
    expect(() => cellsFromIpynb('{"cells": [')).toThrow(
      /not a Jupyter notebook: it is not valid JSON/,
    );
    expect(() => cellsFromIpynb('{"nbformat": 4}')).toThrow(/it has no list of cells/);
    expect(() => cellsFromIpynb(JSON.stringify({ nbformat: 3, cells: [] }))).toThrow(
      /format 3; only Jupyter's format 4/,
    );
    expect(() =>
      cellsFromIpynb(notebook([{ cell_type: 'code', source: 42, outputs: [] }])),
    ).toThrow('Cell 1 has no readable source');
    expect(() => cellsFromIpynb(notebook([{ cell_type: 'markdown', source: 'x' }]))).toThrow(
      'The notebook has no code cells to open.',
    );
  });

  it("refuses another kernel's notebook, naming it", () => {
    const python = {
      kernelspec: { name: 'python3', display_name: 'Python 3 (ipykernel)', language: 'python' },
      language_info: { name: 'python' },
    };
    expect(() =>
      cellsFromIpynb(notebook([{ cell_type: 'code', source: 'print(1)', outputs: [] }], python)),
    ).toThrow(
      'The notebook is for the Python 3 (ipykernel) kernel (python); this notebook runs TypeScript and JavaScript only.',
    );
  });

  it('refuses an unknown cell type, naming the cell', () => {
    expect(() =>
      cellsFromIpynb(
        notebook([
          { cell_type: 'code', source: '1', outputs: [] },
          { cell_type: 'widget', source: '' },
        ]),
      ),
    ).toThrow('Cell 2 has the unknown type "widget"');
  });
});
