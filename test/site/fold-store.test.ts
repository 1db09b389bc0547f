import { describe, expect, it } from 'vitest';
import { foldBody, foldId, foldProblem, foldStore, foldText } from '../../src/lib/fold/fold-store';

describe('fold-store', () => {
  it('foldStore(html) wraps foldable HTML in a noscript', () => {
    expect(foldStore('<p>Hi</p>', 'test')).toBe('<noscript><p>Hi</p></noscript>');
  });

  it('foldStore(html) fails the build on a script, an island or a nested noscript, naming where', () => {
    for (const html of [
      '<p>a</p><script>alert(1)</script>',
      '<astro-island uid="x"></astro-island>',
      '<noscript>x</noscript>',
    ])
      expect(() => foldStore(html, 'The fold "Worked example"')).toThrow(
        /^The fold "Worked example" cannot be folded: it holds /,
      );
    expect(foldProblem('<p>A <em>script</em> of the talk</p>')).toBeNull();
  });

  it('foldText(html) gives the words, blocks apart, without TeX annotations', () => {
    const html =
      '<p>The <strong>output</strong> error</p><ul><li>one</li><li>two</li></ul>' +
      '<math><semantics><mi>x</mi><annotation encoding="application/x-tex">\\x</annotation></semantics></math>';
    expect(foldText(html)).toBe('The output error one two x');
  });

  it('foldBody(html) carries the store and the text Pagefind indexes', () => {
    const body = foldBody('<p>common denominator</p>', 'test');
    expect(body.store).toBe('<noscript><p>common denominator</p></noscript>');
    expect(body.attributes).toEqual({
      'data-pagefind-index-attrs': 'data-fold-text',
      'data-fold-text': 'common denominator',
    });
  });

  it('foldId(content) is stable and differs with the content', () => {
    expect(foldId('a')).toBe(foldId('a'));
    expect(foldId('a')).not.toBe(foldId('b'));
    expect(foldId('a')).toMatch(/^fold-[0-9a-f]{10}$/);
  });
});
