import { describe, expect, it } from 'vitest';
import { codeToIpynb, lessonToIpynb, mdxToMarkdown, withCellCode } from '../../src/notebook/ipynb';

const LESSON = [
  "import Term from '../src/components/Term.astro';",
  "import { mlp } from '../engine/index.ts';",
  '',
  'export const net = mlp([2, 1]);',
  '',
  '## A section',
  '',
  'A <Term id="neuron">neuron</Term> adds $w_1 x_1$ and <LessonLink slug="x">another lesson</LessonLink>.',
  '',
  '<NeuronExplorer client:visible />',
  '',
  '<CheckNumber client:visible id="q" answer={1}>',
  '',
  'What is $1 \\cdot 1$?',
  '',
  '</CheckNumber>',
  '',
  '```ts',
  '// an ordinary code block, not a cell',
  '```',
  '',
  '```ts cell',
  'const a = 1;',
  'a + 1',
  '```',
  '',
  'Between the cells.',
  '',
  '```ts cell timeout=90',
  'a * 3',
  '```',
].join('\n');

describe('mdxToMarkdown(mdx, lessonUrl)', () => {
  it('drops imports and exports, keeps the text of inline components and points block widgets to the lesson', () => {
    const md = mdxToMarkdown(LESSON.split('```ts cell')[0], 'https://site/lessons/x/');
    expect(md).not.toMatch(/import|export/);
    expect(md).toContain('A neuron adds $w_1 x_1$ and another lesson.');
    expect(md).toContain(
      '*(An interactive figure is here in the lesson online: https://site/lessons/x/)*',
    );
    expect(md).toContain('What is $1 \\cdot 1$?');
    expect(md).not.toContain('CheckNumber');
    expect(md).toContain('```ts\n// an ordinary code block, not a cell\n```');
  });
});

describe('lessonToIpynb(mdx, info)', () => {
  const notebook = lessonToIpynb(LESSON, {
    title: 'A lesson',
    lessonUrl: 'https://site/lessons/x/',
  });

  it('is an nbformat 4.5 notebook with a TypeScript kernel', () => {
    expect(notebook).toMatchObject({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { language_info: { name: 'typescript' } },
    });
    expect(JSON.parse(JSON.stringify(notebook))).toEqual(notebook);
  });

  it('turns the cells into code cells, in order, between the prose', () => {
    expect(notebook.cells.map((c) => c.cell_type)).toEqual([
      'markdown',
      'markdown',
      'code',
      'markdown',
      'code',
    ]);
    expect(notebook.cells[2].source).toEqual(['const a = 1;\n', 'a + 1']);
    expect(notebook.cells[3].source.join('')).toBe('Between the cells.');
    expect(notebook.cells[4].source).toEqual(['a * 3']);
    expect(notebook.cells[0].source.join('')).toContain('# A lesson');
    expect(new Set(notebook.cells.map((c) => c.id)).size).toBe(notebook.cells.length);
  });

  it('refuses a lesson without cells', () => {
    expect(() => lessonToIpynb('## Just prose', { title: 'T', lessonUrl: '' })).toThrow(
      '"T" has no code cells',
    );
  });

  it("takes the reader's code with withCellCode, and refuses a count that does not match", () => {
    const edited = withCellCode(notebook, ['1', '2\n3']);
    expect(edited.cells[2].source).toEqual(['1']);
    expect(edited.cells[4].source).toEqual(['2\n', '3']);
    expect(notebook.cells[2].source).toEqual(['const a = 1;\n', 'a + 1']);
    expect(() => withCellCode(notebook, ['only one'])).toThrow(
      'the page has 1 cells but the notebook file has 2',
    );
  });
});

describe('codeToIpynb(title, pageUrl, codes)', () => {
  it('makes a notebook of code cells after a title cell', () => {
    const notebook = codeToIpynb('Scratch', 'https://site/notebook/', ['x = 1', '']);
    expect(notebook.cells.map((c) => c.cell_type)).toEqual(['markdown', 'code', 'code']);
    expect(notebook.cells[0].source.join('')).toContain('# Scratch');
    expect(notebook.cells[1].source).toEqual(['x = 1']);
  });
});
