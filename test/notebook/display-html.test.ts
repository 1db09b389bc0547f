import { describe, expect, it } from 'vitest';
import { displayToHtml } from '../../src/notebook/display-html';
import { toDisplay } from '../../src/notebook/display';

const html = (value: unknown) => displayToHtml(toDisplay(value));

describe('displayToHtml(display)', () => {
  it('escapes hostile strings so they show as text, never as markup', () => {
    const out = html({ '<script>': '<img src=x onerror="alert(1)">' });
    expect(out).not.toMatch(/<img|<script/);
    expect(out).toContain('&#60;img src=x onerror=');
  });

  it('shows numbers plainly and strings quoted', () => {
    expect(html(0.5)).toBe('<span class="nb-v-number">0.5</span>');
    expect(html('hi')).toBe('<span class="nb-v-string">&#34;hi&#34;</span>');
  });

  it('renders a numeric matrix as a table with its size for screen readers', () => {
    expect(
      html([
        [1, 2],
        [3, 4],
      ]),
    ).toBe(
      '<table class="nb-matrix" aria-label="2 by 2 matrix"><tbody><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></tbody></table>',
    );
  });

  it('folds long arrays and says how many items were left out', () => {
    const out = displayToHtml(toDisplay(Array.from({ length: 150 }, (_, i) => `s${i}`)));
    expect(out.startsWith('<details class="nb-v-fold"><summary>Array(150)</summary>')).toBe(true);
    expect(out).toContain('… 50 more');
  });

  it('renders objects as a collapsible list of keys', () => {
    expect(html({ loss: 0.25 })).toBe(
      '<details class="nb-v-fold" open><summary>{1 key}</summary><ul class="nb-v-entries"><li><span class="nb-v-key">loss</span>: <span class="nb-v-number">0.25</span></li></ul></details>',
    );
  });
});
