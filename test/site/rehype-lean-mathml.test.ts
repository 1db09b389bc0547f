import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeLeanMathml from '../../src/markdown/rehype-lean-mathml';

/** KaTeX's output for `latex`, passed through the plugin; returns the MathML part as HTML. */
function leanMathml(latex: string): string {
  const tree = fromHtml(katex.renderToString(latex, { output: 'htmlAndMathml' }), {
    fragment: true,
  });
  rehypeLeanMathml()(tree);
  return toHtml(tree).match(/<math[\s\S]*<\/math>/)![0];
}

describe('rehypeLeanMathml()', () => {
  it('drops the semantics wrapper, the TeX annotation and the row that only wraps the formula', () => {
    expect(leanMathml('w_1 x_1 + b')).toBe(
      '<math xmlns="http://www.w3.org/1998/Math/MathML"><msub><mi>w</mi><mn>1</mn></msub><msub><mi>x</mi><mn>1</mn></msub><mo>+</mo><mi>b</mi></math>',
    );
  });

  it('keeps rows that group several children, and every token', () => {
    const lean = leanMathml('\\sigma(z) = \\frac{1}{1+e^{-z}}');
    expect(lean).toContain(
      '<mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>z</mi></mrow></msup></mrow></mfrac>',
    );
    expect(lean).not.toMatch(/semantics|annotation/);
  });

  it('replaces a row with one child by that child, and keeps rows that carry attributes', () => {
    expect(leanMathml('{x}^2')).toContain('<msup><mi>x</mi><mn>2</mn></msup>');
    expect(leanMathml('\\left(x\\right)')).toContain('<mo fence="true">(</mo>');
  });

  it('leaves the visible KaTeX markup alone', () => {
    const html = katex.renderToString('x^2', { output: 'htmlAndMathml' });
    const tree = fromHtml(html, { fragment: true });
    rehypeLeanMathml()(tree);
    const visible = (s: string) => s.slice(s.indexOf('<span class="katex-html"'));
    expect(visible(toHtml(tree))).toBe(visible(toHtml(fromHtml(html, { fragment: true }))));
  });
});
