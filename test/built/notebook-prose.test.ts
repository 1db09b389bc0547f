/**
 * The prose of every exported notebook (dist/ and dist-sub-path/) is what the lesson page says:
 * no template code, markup or broken value outside formulas and code blocks, the computed
 * numbers and formulas in place, and links that work from Jupyter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gates, trainPerceptron } from '../../engine/index.ts';

interface Cell {
  cell_type: string;
  source: string[];
}

const prose = (dir: string, file: string) =>
  (JSON.parse(readFileSync(join(dir, 'notebooks', file), 'utf8')).cells as Cell[])
    .filter((c) => c.cell_type === 'markdown')
    .map((c) => c.source.join(''))
    .join('\n\n');

/** The text a reader reads as words: code blocks, inline code and formulas taken out. */
const words = (markdown: string) =>
  markdown
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\$\$[\s\S]*?\$\$/g, '')
    .replace(/\$[^$\n]*\$/g, '');

describe.each(['dist', 'dist-sub-path'])('%s/notebooks/', (dir) => {
  const files = readdirSync(join(dir, 'notebooks')).filter((f) => f.endsWith('.ipynb'));

  it('holds notebooks', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s: no template code, markup or broken value in the prose', (file) => {
    const text = words(prose(dir, file));
    expect(text.match(/.{0,30}[{}<>].{0,30}/g)).toBeNull();
    expect(text.match(/.{0,30}\b(undefined|NaN|Infinity)\b|\[object .{0,30}/g)).toBeNull();
  });

  it.each(files)('%s: every link is absolute, so it works from Jupyter', (file) => {
    const links = [...prose(dir, file).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    expect(links.filter((href) => !/^https?:\/\//.test(href))).toEqual([]);
  });

  it("the XOR lesson's notebook gives the engine's numbers and its computed formulas", () => {
    const text = prose(dir, 'the-xor-problem.ipynb');
    const and = trainPerceptron(gates.AND, { learningRate: 0.1, epochs: 30, seed: 1 });
    expect(text).toContain(`AND reaches 0 (in epoch ${and.epochs})`);
    // A formula with a computed number (<Tex math={...} /> in the lesson) is in the notebook.
    expect(prose(dir, 'how-a-network-learns.ipynb')).toMatch(
      /backpropagation gives \$\\frac\{\\partial L\}\{\\partial w\} = -?\d[\d.,]*(e-?\d+)?\$/,
    );
  });
});
