import { describe, expect, it } from 'vitest';
import { storePhoneTocList } from '../../src/lib/toc/phone-toc-store';

const bar = (list: string) =>
  '<mobile-starlight-toc><nav><details id="starlight__mobile-toc"><summary>On this page</summary>' +
  `<div class="dropdown astro-66cqc7ze">${list}</div></details></nav></mobile-starlight-toc>`;
const list = '<ul class="isMobile"><li><a href="#_top"><span>Top</span></a></li></ul>';

describe('phone-toc-store', () => {
  it('storePhoneTocList(html) stores the dropdown list in a marked noscript, the bar untouched', () => {
    expect(storePhoneTocList(bar(list))).toBe(bar(`<noscript data-toc-store>${list}</noscript>`));
  });

  it('storePhoneTocList(html) leaves a page without a table of contents empty', () => {
    expect(storePhoneTocList('')).toBe('');
    expect(storePhoneTocList('\n')).toBe('\n');
  });

  it('storePhoneTocList(html) fails the build when Starlight no longer renders the dropdown', () => {
    expect(() =>
      storePhoneTocList('<mobile-starlight-toc><ul></ul></mobile-starlight-toc>'),
    ).toThrow(/Starlight changed its markup/);
  });
});
