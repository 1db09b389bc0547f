import { describe, expect, it } from 'vitest';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkNotebookExport from '../../src/markdown/remark-notebook-export';
import { renderedText, type NotebookExport } from '../../src/notebook/notebook-parts';

// The MDX runtime is only needed to build the module; nnNotebook never renders JSX.
const jsx = { Fragment: Symbol('Fragment'), jsx: () => null, jsxs: () => null };

const LESSON = [
  'export const run = { epochs: 616, right: [1, 2] };',
  'export const g = 0.125;',
  '',
  '## Learning XOR',
  '',
  'After {run.epochs.toLocaleString("en-US")} epochs it gets {run.right.length} of 4 {/* a note */} right.',
  'See [seed 8](?xor.seed=8#learning), the <a href={`?xor.seed=${run.right[0]}`}>first seed</a>,',
  'the <Term id="loss">loss</Term>, <LessonLink slug="the-neuron" hash="bias">the bias</LessonLink>',
  'and <LessonLink slug="coming-later">a later lesson</LessonLink>.',
  '',
  'The slope is <Tex math={String.raw`\\frac{\\partial L}{\\partial w} = ${g}`} /> here, and $w_1 x_1$ stays.',
  '',
  '| step | value |',
  '| --- | --- |',
  '| gradient | <Tex math={`${g * 2}`} /> |',
  '',
  '<XorNetwork client:visible />',
  '',
  '<CheckNumber id="q1" answer={run.epochs}>',
  '',
  'How many epochs? Open the [glossary](/glossary/).',
  '',
  '<span slot="hint1">Each input $x_1$ goes with <Tex math={`w_${1}`} />.</span>',
  '',
  '</CheckNumber>',
  '',
  '```ts cell',
  'const net = mlp([2, 2, 1]);',
  '```',
  '',
  'Between {g} and the next cell.',
  '',
  '```ts cell timeout=90',
  'net.sizes',
  '```',
].join('\n');

async function notebookOf(mdx: string): Promise<NotebookExport | undefined> {
  const mod = await evaluate(mdx, {
    ...jsx,
    remarkPlugins: [remarkMath, remarkGfm, remarkNotebookExport],
  } as never);
  return (mod as { nnNotebook?: NotebookExport }).nnNotebook;
}

const ctx = {
  text: renderedText,
  lessonUrl: 'https://site/lessons/the-xor-problem/',
  resolve: (href: string) =>
    new URL(
      href.startsWith('/') ? href.slice(1) : href,
      href.startsWith('/') ? 'https://site/' : 'https://site/lessons/the-xor-problem/',
    ).href,
  lessonHref: (slug: string, hash?: string) =>
    slug === 'the-neuron' ? `https://site/lessons/the-neuron/${hash ? `#${hash}` : ''}` : null,
};

describe('remarkNotebookExport: a lesson module exports its notebook', () => {
  it('writes the numbers and formulas the page computes into the prose, never the template code', async () => {
    const parts = (await notebookOf(LESSON))!(ctx);
    expect(parts.map((p) => p.type)).toEqual(['markdown', 'code', 'markdown', 'code']);
    const prose = parts[0].type === 'markdown' ? parts[0].text : '';
    expect(prose).toContain('## Learning XOR');
    expect(prose).toContain('After 616 epochs it gets 2 of 4  right.');
    expect(prose).toContain('[seed 8](https://site/lessons/the-xor-problem/?xor.seed=8#learning)');
    expect(prose).toContain('[first seed](https://site/lessons/the-xor-problem/?xor.seed=1)');
    expect(prose).toContain('the loss, [the bias](https://site/lessons/the-neuron/#bias)');
    expect(prose).toContain('and a later lesson.');
    expect(prose).toContain(
      'The slope is $\\frac{\\partial L}{\\partial w} = 0.125$ here, and $w_1 x_1$ stays.',
    );
    expect(prose).toMatch(/\| gradient \| \$0\.25\$ +\|/);
    expect(prose).toContain(
      '*(An interactive figure is here in the lesson online: https://site/lessons/the-xor-problem/)*',
    );
    expect(prose).toContain('How many epochs? Open the [glossary](https://site/glossary/).');
    expect(prose).toContain('\n\nEach input $x_1$ goes with $w_1$.');
    // Outside its formulas, no template code or markup is left.
    expect(prose.replace(/\$[^$]*\$/g, '')).not.toMatch(/[{}<>]|Term|CheckNumber|export/);
    expect(parts[1]).toEqual({ type: 'code', code: 'const net = mlp([2, 2, 1]);' });
    expect(parts[2]).toEqual({ type: 'markdown', text: 'Between 0.125 and the next cell.' });
    expect(parts[3]).toEqual({ type: 'code', code: 'net.sizes' });
  });

  it('exports nothing from a lesson without code cells', async () => {
    expect(await notebookOf('export const a = 1;\n\nJust {a} prose.\n')).toBeUndefined();
  });

  it('fails the build on an element it cannot write as Markdown, naming it', async () => {
    await expect(notebookOf('<video src="x" />\n\n```ts cell\n1\n```\n')).rejects.toThrow(
      /<video> has no notebook form/,
    );
  });

  it('refuses a value with no text form instead of writing [object Object]', async () => {
    const nb = await notebookOf('export const o = { a: 1 };\n\nIt is {o}.\n\n```ts cell\n1\n```\n');
    expect(() => nb!(ctx)).toThrow(/object \[object Object\], which has no text/);
  });
});
