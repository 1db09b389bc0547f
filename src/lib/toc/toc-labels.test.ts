import { describe, expect, it } from 'vitest';
import { unwrapTocLabels } from './toc-labels';

describe('unwrapTocLabels', () => {
  it('writes a link’s text into the link and leaves other markup alone', () => {
    expect(
      unwrapTocLabels(
        '<ul><li><a href="#x" class="a"><span style="--depth: 0;" class="a">Why &amp; how</span></a><ul><li><a href="#y"><span>Y</span></a></li></ul></li></ul>',
      ),
    ).toBe(
      '<ul><li><a href="#x" class="a">Why &amp; how</a><ul><li><a href="#y">Y</a></li></ul></li></ul>',
    );
    const nested = '<a href="#z"><span>a <code>b</code></span></a>';
    expect(unwrapTocLabels(nested)).toBe(nested);
  });
});
