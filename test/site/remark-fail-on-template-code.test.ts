import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import remarkFailOnTemplateCode, {
  templateCode,
} from '../../src/markdown/remark-fail-on-template-code';

const FIXTURES = 'test/site/fixtures/template-code';

/** Compiles an MDX file the way the site does (remark-math, then the check). */
function run(path: string) {
  return compile(
    { path, value: readFileSync(path, 'utf8') },
    { remarkPlugins: [remarkMath, remarkFailOnTemplateCode] },
  );
}

describe('remarkFailOnTemplateCode()', () => {
  it('fails on an MDX expression inside $...$, naming the file, the line and the code', async () => {
    await expect(run(`${FIXTURES}/math-expression.mdx`)).rejects.toThrow(
      /math-expression\.mdx:7: template code "\{formatNumber\(\.\.\."/,
    );
  });

  it('fails on an MDX expression inside display math', async () => {
    await expect(run(`${FIXTURES}/display-expression.mdx`)).rejects.toThrow(
      /display-expression\.mdx:5: template code "\{hidden\.\.\.\."/,
    );
  });

  it('fails on NaN in the text and undefined in a formula', async () => {
    await expect(run(`${FIXTURES}/nan-in-text.mdx`)).rejects.toThrow(
      /nan-in-text\.mdx:1: "NaN" in the text/,
    );
    await expect(run(`${FIXTURES}/undefined-in-math.mdx`)).rejects.toThrow(
      /undefined-in-math\.mdx:1: "undefined" inside a formula/,
    );
  });

  it('fails on a stray $ that opened no formula', async () => {
    await expect(run(`${FIXTURES}/stray-dollar.mdx`)).rejects.toThrow(
      /stray-dollar\.mdx:1: an unrendered \$ in the text/,
    );
  });

  it('passes LaTeX braces, one-letter groups and expressions outside the math', async () => {
    await expect(run(`${FIXTURES}/fine.mdx`)).resolves.toBeDefined();
  });

  it.each(readdirSync('lessons').filter((f) => f.endsWith('.mdx')))(
    'passes the real lesson %s',
    async (name) => {
      await expect(run(`lessons/${name}`)).resolves.toBeDefined();
    },
  );
});

describe('templateCode(latex, names)', () => {
  const names = new Set(['formatNumber', 'hidden', 'x', 'q']);
  it('finds a lesson identifier right after a brace, and only then', () => {
    expect(templateCode(String.raw`g = {formatNumber(g)}`, names)).toBe('"{formatNumber(..."');
    expect(templateCode(String.raw`{ hidden.factors[0] }`, names)).toBe('"{ hidden...."');
    expect(templateCode(String.raw`{q.w}`, names)).toBe('"{q...."');
    expect(templateCode(String.raw`\frac{x}{2} + {x}_1 + {\rm hidden}`, names)).toBeUndefined();
    expect(templateCode(String.raw`\text{other}(z)`, names)).toBeUndefined();
  });
});
