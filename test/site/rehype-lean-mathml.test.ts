import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import temml from 'temml';
import rehypeLeanMathml from '../../src/markdown/rehype-lean-mathml';

/** Temml's MathML for `latex` (with its TeX annotation), passed through the plugin, as HTML. */
function leanMathml(latex: string): string {
  const tree = fromHtml(temml.renderToString(latex, { annotate: true }), { fragment: true });
  rehypeLeanMathml()(tree);
  return toHtml(tree);
}

describe('rehypeLeanMathml()', () => {
  it('drops the semantics wrapper, the TeX annotation and the row that only wraps the formula', () => {
    expect(leanMathml('w_1 x_1 + b')).toBe(
      '<math><msub><mi>w</mi><mn>1</mn></msub><msub><mi>x</mi><mn>1</mn></msub><mo>+</mo><mi>b</mi></math>',
    );
  });

  it('keeps rows that group several children, and every token', () => {
    const lean = leanMathml('\\sigma(z) = \\frac{1}{1+e^{-z}}');
    expect(lean).toContain(
      '<mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow class="tml-sml-pad"><mo form="prefix" stretchy="false" lspace="0em" rspace="0em">−</mo><mi>z</mi></mrow></msup></mrow></mfrac>',
    );
    expect(lean).not.toMatch(/semantics|annotation/);
  });

  it('replaces a row with one child by that child, and keeps rows that carry attributes', () => {
    expect(leanMathml('{x}^2')).toContain('<msup><mi>x</mi><mn>2</mn></msup>');
    expect(leanMathml('x^{(1)}')).toContain('<mrow class="tml-sml-pad">');
  });

  it('writes an inline formula that is only a number as text, minus sign included', () => {
    const inText = (latex: string, options = {}) => {
      const tree = fromHtml(
        `<p>at ${temml.renderToString(latex, { annotate: true, ...options })}.</p>`,
        {
          fragment: true,
        },
      );
      rehypeLeanMathml()(tree);
      return toHtml(tree);
    };
    expect(inText('0')).toBe('<p>at 0.</p>');
    expect(inText('-1.5')).toBe('<p>at −1.5.</p>');
    expect(inText('x')).toContain('<math><mi>x</mi></math>');
    expect(inText('1 + 1')).toContain('<math>');
    expect(inText('2', { displayMode: true })).toContain('<math display="block"');
    expect(inText('(0, 1)')).toBe('<p>at (0, 1).</p>');
    expect(inText('(1, -0.5, 2)')).toBe('<p>at (1, −0.5, 2).</p>');
    expect(inText('(x, 1)')).toContain('<math>');
    expect(inText('(1)')).toContain('<math>');
    expect(inText('(0, 1)', { displayMode: true })).toContain('<math display="block"');
  });
});

describe('rehypeLeanMathml(): bracketed groups', () => {
  it('opens a bracketed group’s row into the row around it, and keeps it where it is an argument', () => {
    const lean = leanMathml('\\sigma(z)(1 - \\sigma(z))');
    expect(lean).not.toContain('<mrow>');
    expect(lean).toContain(
      '<mi>σ</mi><mo fence="true" form="prefix" stretchy="false">(</mo><mi>z</mi><mo fence="true" form="postfix" stretchy="false">)</mo><mo fence="true" form="prefix" stretchy="false">(</mo><mn>1</mn><mo>−</mo>',
    );
    // A superscript's bracket stays one argument.
    expect(leanMathml('(a+b)^2')).toContain('<msup><mrow><mo fence="true" form="prefix"');
  });
});

describe('rehypeLeanMathml(): rows inside rows', () => {
  it('opens a row whose edges are not operators, and keeps one whose edge operator has no written form', () => {
    // x + y: the row around it in a sum's argument is gone, its `+` still between two children.
    expect(leanMathml('a(x + y)b')).not.toContain('<mrow>');
    // A row ending in an operator with an unwritten form keeps its place for it.
    const f = fromHtml('<math><mi>a</mi><mrow><mi>b</mi><mo>+</mo></mrow><mi>c</mi></math>', {
      fragment: true,
    });
    rehypeLeanMathml()(f);
    expect(toHtml(f)).toBe('<math><mi>a</mi><mrow><mi>b</mi><mo>+</mo></mrow><mi>c</mi></math>');
    const g = fromHtml(
      '<math><mi>a</mi><mrow><mi>b</mi><mo>+</mo><mi>d</mi></mrow><mi>c</mi></math>',
      {
        fragment: true,
      },
    );
    rehypeLeanMathml()(g);
    expect(toHtml(g)).toBe('<math><mi>a</mi><mi>b</mi><mo>+</mo><mi>d</mi><mi>c</mi></math>');
  });
});
