import { describe, expect, it } from 'vitest';
import { highlightCell } from '../../src/notebook/highlight-cell';

type Nodes = ReturnType<typeof highlightCell>;
/** The nodes as HTML-like text, to compare at a glance. */
const toHtml = (nodes: Nodes): string =>
  nodes
    .map((n) =>
      n.type === 'text'
        ? n.value
        : n.type === 'element'
          ? `<span class="${(n.properties.className as string[]).join(' ')}">${toHtml(n.children as Nodes)}</span>`
          : '',
    )
    .join('');

describe('highlightCell', () => {
  it('highlightCell(code) colours keywords, numbers, strings, calls and comments, and nothing else', () => {
    const html = toHtml(
      highlightCell("const net = mlp([2, 1], { output: 'sigmoid' }); // one neuron"),
    );
    expect(html).toBe(
      '<span class="nb-hl-keyword">const</span> net = <span class="nb-hl-function">mlp</span>([' +
        '<span class="nb-hl-number">2</span>, <span class="nb-hl-number">1</span>], { output: ' +
        '<span class="nb-hl-string">\'sigmoid\'</span> }); <span class="nb-hl-comment">// one neuron</span>',
    );
  });

  it('highlightCell(code) keeps the code exactly, lines as text with no element per line', () => {
    const code = 'let a = 1;\n\nfor (let t = 0; t < 3; t++) a *= 2;\na';
    const nodes = highlightCell(code);
    const text = (n: (typeof nodes)[number]): string =>
      n.type === 'text' ? n.value : 'children' in n ? n.children.map(text).join('') : '';
    expect(nodes.map(text).join('')).toBe(code);
    expect(
      nodes.every((n) => n.type === 'text' || ('children' in n && n.children.length === 1)),
    ).toBe(true);
  });
});
