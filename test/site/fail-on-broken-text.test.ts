import { describe, expect, it } from 'vitest';
import { brokenText } from '../../src/integrations/fail-on-broken-text';

describe('brokenText(html)', () => {
  it('finds undefined, NaN and [object Object] in the prose of a page', () => {
    expect(brokenText('<p>After NaN epochs the loss is 0.2.</p>')).toEqual([
      'After NaN epochs the loss is 0.2.',
    ]);
    expect(brokenText('<main><p>The weight is <b>undefined</b>.</p></main>')).toEqual([
      'undefined',
    ]);
    expect(brokenText('<p>It said [object Object].</p>')).toHaveLength(1);
  });

  it('leaves code, scripts and typeset math alone, and words that only contain the letters', () => {
    const html =
      '<pre><code>x === undefined</code></pre><script>let a = NaN</script>' +
      '<math><mtext>NaN</mtext></math><p>Nancy and undefinedness are fine; so is 0.25.</p>';
    expect(brokenText(html)).toEqual([]);
  });
});
