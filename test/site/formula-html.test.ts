import { describe, expect, it } from 'vitest';
import { formulaHtml } from '../../src/lib/formula-html';

describe('formulaHtml()', () => {
  it('formulaHtml(latex) typesets inline math as MathML alone', () => {
    expect(formulaHtml('w = 0.5')).toBe('<math><mi>w</mi><mo>=</mo><mn>0.5</mn></math>');
  });

  it('formulaHtml(latex, true) typesets display math in the box that scrolls it', () => {
    const html = formulaHtml('\\frac{1}{2}', true);
    expect(html).toMatch(/^<span class="math-display"><math display="block"[^>]*><mfrac>/);
  });

  it.each(['w = undefined', 'z = NaN', 'L = Infinity', 'a = [object Object]', 'b = null'])(
    'formulaHtml(%j) throws, naming the broken value',
    (latex) => {
      expect(() => formulaHtml(latex)).toThrow(/Formula holds/);
    },
  );

  it('formulaHtml() throws on LaTeX that cannot be typeset', () => {
    expect(() => formulaHtml('\\frac{1}{')).toThrow();
  });
});
