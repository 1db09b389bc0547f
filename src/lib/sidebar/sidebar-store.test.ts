import { describe, expect, it } from 'vitest';
import { storeClosedSidebarGroups, unwrapSidebarLabels } from './sidebar-store';

const group = (open: boolean, label: string, links: string[]) =>
  `<li class="a"><details${open ? ' open' : ''} class="a"><summary class="a"><span class="group-label a"><span class="large a">${label}</span></span><svg aria-hidden="true" class="caret"><path d="M0,0"/></svg></summary><sl-sidebar-restore data-index="0"></sl-sidebar-restore><ul class="a">${links
    .map((l) => `<li class="a"><a href="/${l}/" class="a"><span class="a">${l}</span></a></li>`)
    .join('')}</ul></details></li>`;

describe('storeClosedSidebarGroups', () => {
  it('stores a closed group’s links and keeps an open group’s as elements', () => {
    const html = `<ul class="top-level a">${group(true, 'Part 1', ['one', 'two'])}${group(false, 'Tools', ['lab'])}</ul>`;
    const out = storeClosedSidebarGroups(html);
    expect(out).toContain(
      '<a href="/one/" class="a">one</a></li><li class="a"><a href="/two/" class="a">two</a>',
    );
    expect(out).toContain(
      '</sl-sidebar-restore><div data-sidebar-fold><noscript><ul class="a"><li class="a"><a href="/lab/" class="a">lab</a></li></ul></noscript></div></details>',
    );
    expect(out).toContain('<summary class="a"><span class="large a">Tools</span><svg');
  });

  it('fails when a closed group holds a group', () => {
    const nested = group(false, 'Outer', ['x']).replace(
      '<ul class="a">',
      `<ul class="a">${group(true, 'Inner', ['y'])}`,
    );
    expect(() => storeClosedSidebarGroups(`<ul>${nested}</ul>`)).toThrow(/stores one level only/);
  });

  it('fails when a group is neither open nor stored', () => {
    const odd = group(false, 'Odd', ['x']).replace(
      '</sl-sidebar-restore>',
      '</sl-sidebar-restore><p></p>',
    );
    expect(() => storeClosedSidebarGroups(`<ul>${odd}</ul>`)).toThrow(
      /Starlight changed its markup/,
    );
  });
});

describe('unwrapSidebarLabels', () => {
  it('leaves a link whose label span holds more than text (a badge) alone', () => {
    const badge = '<a href="/x/"><span>x</span><span class="badge">new</span></a>';
    expect(unwrapSidebarLabels(badge)).toBe(badge);
  });
});
