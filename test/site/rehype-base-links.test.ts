import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import rehypeBaseLinks from '../../src/markdown/rehype-base-links';

const link = (href: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href },
  children: [],
});
const run = (base: string, hrefs: string[]) => {
  const tree: Root = { type: 'root', children: hrefs.map(link) };
  rehypeBaseLinks({ base })(tree);
  return tree.children.map((node) => (node as Element).properties.href);
};

describe('rehypeBaseLinks({ base })', () => {
  it('prefixes site-absolute links with the base', () => {
    expect(run('/nn/', ['/lessons/the-neuron/', '/'])).toEqual(['/nn/lessons/the-neuron/', '/nn/']);
  });

  it('leaves relative, external, protocol-relative, anchor and already-prefixed links alone', () => {
    const hrefs = ['../x/', 'https://example.org/', '//cdn.example/', '#top', '/nn/lessons/'];
    expect(run('/nn/', hrefs)).toEqual(hrefs);
  });

  it('does nothing when the site is served at the root', () => {
    expect(run('/', ['/lessons/x/'])).toEqual(['/lessons/x/']);
  });
});
