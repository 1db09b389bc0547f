import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import { leanChartSvg } from './lean-chart-svg';

const svgOf = (markup: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return document.querySelector('svg') as unknown as Element;
};

/** Elements as `tag[name=value …](children)`, attributes sorted, so serialisation order does not matter. */
const shape = (el: Element): string =>
  `${el.tagName.toLowerCase()}[${Array.from(el.attributes, (a) => `${a.name}=${a.value}`)
    .sort()
    .join(' ')}](${Array.from(el.childNodes, (n) =>
    n.nodeType === 1 ? shape(n as Element) : (n.textContent ?? ''),
  ).join(',')})`;
const lean = (markup: string) => shape(leanChartSvg(svgOf(markup)));
const svg = (inner: string) => shape(svgOf(`<svg>${inner}</svg>`));

describe('leanChartSvg', () => {
  it('draws a group of tick paths as one path and opens the group around it', () => {
    expect(
      lean(
        '<svg><g stroke="currentColor" fill="none" aria-label="x-axis tick"><path d="M0,0L0,6" transform="translate(125.5,300)"></path><path d="M0,0L0,6" transform="translate(193,300)"></path></g></svg>',
      ),
    ).toBe(
      svg(
        '<path d="M125.5,300L125.5,306M193,300L193,306" stroke="currentColor" fill="none" aria-label="x-axis tick"></path>',
      ),
    );
  });

  it('draws grid lines as one path, composing the group transform', () => {
    expect(
      lean(
        '<svg><g transform="translate(0,9)" stroke-opacity="0.1"><line y2="228" y1="228" x2="328" x1="58"></line><line y2="84" y1="84" x2="328" x1="58"></line></g></svg>',
      ),
    ).toBe(
      svg(
        '<path d="M58,228L328,228M58,84L328,84" transform="translate(0,9)" stroke-opacity="0.1"></path>',
      ),
    );
  });

  it('keeps tick labels as text, the child’s own attributes over the group’s, and groups it cannot open', () => {
    expect(
      lean(
        '<svg><g fill="red" transform="translate(0,9)"><text transform="translate(5,5)" fill="blue">0.5</text></g><g opacity="0.5"><path d="M0,0L1,1"></path></g><g><text>a</text><text>b</text></g></svg>',
      ),
    ).toBe(
      svg(
        '<text transform="translate(0,9) translate(5,5)" fill="blue">0.5</text><g opacity="0.5"><path d="M0,0L1,1"></path></g><g><text>a</text><text>b</text></g>',
      ),
    );
  });

  it('leaves paths that are not plain ticks alone', () => {
    const markup =
      '<svg><g><path d="M0,0C1,1,2,2,3,3" transform="translate(1,1)"></path><path d="M0,0L1,1" transform="translate(1,1)" stroke="red"></path></g></svg>';
    expect(lean(markup)).toBe(shape(svgOf(markup)));
  });

  it('keeps a chart’s stylesheet that is not Plot’s default', () => {
    const svg = svgOf(
      '<svg class="plot-abc"><style>:where(.plot-abc) { color: red; }</style></svg>',
    );
    expect(leanChartSvg(svg).querySelector('style')).not.toBeNull();
  });

  it('takes a real Plot chart to fewer elements with the same text', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const draw = () =>
      Plot.plot({
        document: document as unknown as Document,
        grid: true,
        marks: [Plot.lineY([1, 3, 2, 5, 4]), Plot.ruleY([0])],
      });
    const before = draw();
    const after = leanChartSvg(draw());
    expect(after.querySelectorAll('*').length).toBeLessThan(
      before.querySelectorAll('*').length - 10,
    );
    // Plot's default stylesheet is left to the site's (src/styles/widgets.css).
    expect(after.querySelector('style')).toBeNull();
    const text = (svg: Element) =>
      Array.from(svg.querySelectorAll('text'), (t) => t.textContent).join('|');
    expect(text(after)).toBe(text(before));
  });
});
