import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { glueFormulas } from '../../src/lib/glue-formulas';

/** `html` as a fragment, glued, back as HTML. */
function glued(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  glueFormulas(tree);
  return toHtml(tree);
}

describe('glueFormulas(parent)', () => {
  it('wraps a formula with the characters touching it, up to the nearest space', () => {
    expect(glued('the rate <math><mi>η</mi></math>, then')).toBe(
      'the rate <span class="nn-nowrap"><math><mi>η</mi></math>,</span> then',
    );
    expect(glued('(as <math><mi>x</mi></math>).')).toBe(
      '(as <span class="nn-nowrap"><math><mi>x</mi></math>).</span>',
    );
    expect(glued('the <math><mi>x</mi></math>-axis')).toBe(
      'the <span class="nn-nowrap"><math><mi>x</mi></math>-axis</span>',
    );
  });

  it('glues two formulas joined by punctuation into the first, and leaves free ones alone', () => {
    expect(
      glued('<math><mi>a</mi></math>,<math><mi>b</mi></math> and <math><mi>c</mi></math>'),
    ).toBe(
      '<span class="nn-nowrap"><math><mi>a</mi></math>,</span><math><mi>b</mi></math> and <math><mi>c</mi></math>',
    );
  });

  it('glues nothing twice: a second pass over the same parent changes nothing', () => {
    const tree = fromHtml('(as <math><mi>x</mi></math>).', { fragment: true });
    glueFormulas(tree);
    const once = toHtml(tree);
    glueFormulas(tree);
    expect(toHtml(tree)).toBe(once);
  });

  it('leaves display formulas and other elements alone', () => {
    const display = '<math display="block"><mi>x</mi></math>.';
    expect(glued(display)).toBe(display);
    expect(glued('<code>x</code>, y')).toBe('<code>x</code>, y');
  });
});
