import { describe, expect, it } from 'vitest';
import { tableCellHtml } from '../../src/notebook/table-cell-html';
import { toDisplay } from '../../src/notebook/display';

const cell = (value: unknown) => tableCellHtml(toDisplay(value));

describe('tableCellHtml(display)', () => {
  it.each([
    ['w(1)_11', '<i>w</i><sup>(1)</sup><sub>11</sub>'],
    ['b(2)_1', '<i>b</i><sup>(2)</sup><sub>1</sub>'],
    ['w(1)_1,12', '<i>w</i><sup>(1)</sup><sub>1,12</sub>'],
    ['a(3)', '<i>a</i><sup>(3)</sup>'],
  ])('shows the parameter label %s with a superscript and subscript', (label, shown) => {
    expect(cell(label)).toBe(
      `<span class="nb-v-param"><span class="nn-sr-only">${label}</span><span aria-hidden="true">${shown}</span></span>`,
    );
  });

  it.each(['hello', 'dL/dw(1)_11', 'w(x)_1', ''])(
    'shows any other string, %j, as text without quotes',
    (text) => {
      expect(cell(text)).toBe(`<span class="nb-v-text">${text}</span>`);
    },
  );

  it('escapes a hostile string', () => {
    expect(cell('<img onerror=x>')).not.toContain('<img');
  });

  it('renders other values as the notebook displays them', () => {
    expect(cell(0.5)).toBe('<span class="nb-v-number">0.5</span>');
  });
});
