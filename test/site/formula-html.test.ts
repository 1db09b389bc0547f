import { describe, expect, it } from 'vitest';
import { formulaHtml } from '../../src/lib/formula-html';

describe('formulaHtml()', () => {
  it('formulaHtml(latex) typesets inline math with its MathML copy', () => {
    const html = formulaHtml('w = 0.5');
    expect(html).toContain('class="katex"');
    expect(html).toContain('<math');
    expect(html).not.toContain('katex-display');
  });

  it('formulaHtml(latex, true) typesets display math', () => {
    expect(formulaHtml('\\frac{1}{2}', true)).toContain('katex-display');
  });

  it.each(['w = undefined', 'z = NaN', 'L = Infinity', 'a = [object Object]', 'b = null'])(
    'formulaHtml(%j) throws, naming the broken value',
    (latex) => {
      expect(() => formulaHtml(latex)).toThrow(/Formula holds/);
    },
  );

  it('formulaHtml() throws on LaTeX that KaTeX cannot parse', () => {
    expect(() => formulaHtml('\\frac{1}{')).toThrow();
  });
});
