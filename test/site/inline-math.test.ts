import { describe, expect, it } from 'vitest';
import { inlineMathToHtml } from '../../src/lib/inline-math';

describe('inlineMathToHtml(text)', () => {
  it('escapes prose and typesets each $...$ formula with KaTeX', () => {
    const html = inlineMathToHtml('a <b> & $x_1$ and $y$');
    expect(html.startsWith('a &#60;b&#62; &#38; <span class="katex">')).toBe(true);
    expect(html.match(/class="katex"/g)).toHaveLength(2);
  });

  it('returns plain text unchanged apart from escaping', () => {
    expect(inlineMathToHtml('no math here')).toBe('no math here');
  });

  it('throws on an unbalanced dollar sign', () => {
    expect(() => inlineMathToHtml('costs $5')).toThrow('Unbalanced $ in: costs $5');
  });

  it('throws on a formula KaTeX cannot parse', () => {
    expect(() => inlineMathToHtml('$\\frac{1$')).toThrow();
  });
});
