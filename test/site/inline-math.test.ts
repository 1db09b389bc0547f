import { describe, expect, it } from 'vitest';
import { inlineMathToHtml, symbolsToHtml } from '../../src/lib/inline-math';

describe('inlineMathToHtml(text)', () => {
  it('escapes prose and typesets each $...$ formula as MathML', () => {
    expect(inlineMathToHtml('a <b> & $x_1$ and $y$')).toBe(
      'a &#x3C;b> &#x26; <math><msub><mi>x</mi><mn>1</mn></msub></math> and <math><mi>y</mi></math>',
    );
  });

  it('keeps a formula on one line with the punctuation touching it', () => {
    expect(inlineMathToHtml('the slope $m$, then ($y$).')).toBe(
      'the slope <span class="nn-nowrap"><math><mi>m</mi></math>,</span> then <span class="nn-nowrap">(<math><mi>y</mi></math>).</span>',
    );
  });

  it('returns plain text unchanged apart from escaping', () => {
    expect(inlineMathToHtml('no math here')).toBe('no math here');
  });

  it('throws on an unbalanced dollar sign', () => {
    expect(() => inlineMathToHtml('costs $5')).toThrow('Unbalanced $ in: costs $5');
  });

  it('throws on a formula that cannot be typeset', () => {
    expect(() => inlineMathToHtml('$\\frac{1$')).toThrow();
  });
});

describe('symbolsToHtml(symbols)', () => {
  it('typesets each symbol and separates them with commas, each comma kept with its symbol', () => {
    expect(symbolsToHtml(['x', 'y_1'])).toBe(
      '<span class="nn-nowrap"><math><mi>x</mi></math>,</span> <math><msub><mi>y</mi><mn>1</mn></msub></math>',
    );
  });

  it('is what the same list written as $...$ text gives', () => {
    const symbols = ['\\eta', 'w^{(l)}_{jk}', 'b^{(l)}_j'];
    expect(symbolsToHtml(symbols)).toBe(inlineMathToHtml(symbols.map((s) => `$${s}$`).join(', ')));
  });

  it('throws on a symbol that cannot be typeset', () => {
    expect(() => symbolsToHtml(['\\frac{1'])).toThrow();
  });
});
