/**
 * Fewer elements for a Plot chart drawn at build time, with the same picture: Plot writes one
 * `<path>` per tick mark and one `<line>` per grid line, and wraps every mark in a `<g>` even when
 * it holds a single shape. Here a group of plain tick paths or grid lines becomes one `<path>`
 * drawing them all, and a group holding one element hands its attributes to that element (a
 * transform composes, inherited presentation attributes move down). Axis labels stay text.
 * Applied to the static SVG the server writes (PlotFigure.svelte); the live chart a widget draws
 * after loading Plot is Plot's own.
 */

const NUMBER = String.raw`-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
const TRANSLATE = new RegExp(String.raw`^translate\((${NUMBER}),\s*(${NUMBER})\)$`);
/** A path Plot writes for a tick: absolute moves and lines only. */
const MOVES_AND_LINES = new RegExp(String.raw`^(?:[ML]${NUMBER},${NUMBER})+$`);
const POINT = new RegExp(String.raw`([ML])(${NUMBER}),(${NUMBER})`, 'g');

/** Attributes a group may hand to its one child: inherited ones, a transform, and its labels. */
const MOVABLE =
  /^(transform|fill|fill-opacity|stroke|stroke-[a-z-]+|font-[a-z-]+|text-anchor|paint-order|aria-label|aria-hidden|color)$/;

const round = (n: number) => String(Math.round(n * 1000) / 1000);

const attributeNames = (el: Element) => Array.from(el.attributes, (a) => a.name);
const has = (el: Element, names: string[]) => attributeNames(el).every((n) => names.includes(n));

/** One path's `d` for `children` (tick paths or grid lines), or null when one is not plain. */
function mergedPath(children: Element[]): string | null {
  const parts: string[] = [];
  for (const child of children) {
    if (child.tagName.toLowerCase() === 'path' && has(child, ['d', 'transform'])) {
      const d = child.getAttribute('d') ?? '';
      const shift = (child.getAttribute('transform') ?? 'translate(0,0)').match(TRANSLATE);
      if (!shift || !MOVES_AND_LINES.test(d)) return null;
      const [dx, dy] = [Number(shift[1]), Number(shift[2])];
      parts.push(
        d.replace(
          POINT,
          (_m, c: string, x: string, y: string) =>
            `${c}${round(Number(x) + dx)},${round(Number(y) + dy)}`,
        ),
      );
    } else if (child.tagName.toLowerCase() === 'line' && has(child, ['x1', 'y1', 'x2', 'y2'])) {
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((n) =>
        Number(child.getAttribute(n) ?? 0),
      );
      if ([x1, y1, x2, y2].some((n) => !Number.isFinite(n))) return null;
      parts.push(`M${round(x1)},${round(y1)}L${round(x2)},${round(y2)}`);
    } else {
      return null;
    }
  }
  return parts.join('');
}

/** The element children of `el`, or null when it also holds text. */
function elementChildren(el: Element): Element[] | null {
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return null;
  }
  return Array.from(el.children);
}

/** Replaces a group of two or more plain tick paths or grid lines with one path. */
function mergeMarks(group: Element): void {
  const children = elementChildren(group);
  if (!children || children.length < 2) return;
  const d = mergedPath(children);
  if (d === null) return;
  const path = group.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  group.replaceChildren(path);
}

/** Replaces a group holding one element with that element, carrying the group's attributes. */
function hoistOnlyChild(group: Element): void {
  const children = elementChildren(group);
  if (!children || children.length !== 1) return;
  const [child] = children;
  const names = attributeNames(group);
  if (!names.every((n) => MOVABLE.test(n))) return;
  // The child's own value of an attribute wins over the group's, except a transform, which composes.
  for (const name of names) {
    const value = group.getAttribute(name) ?? '';
    if (name === 'transform') {
      const own = child.getAttribute('transform');
      child.setAttribute('transform', own ? `${value} ${own}` : value);
    } else if (!child.hasAttribute(name)) {
      child.setAttribute(name, value);
    }
  }
  group.replaceWith(child);
}

/**
 * The stylesheet Plot writes into every chart, with its class name as `CLASS`: the same rules are in
 * src/styles/widgets.css for every chart (`svg[class^='plot-']`), so a chart's own copy can go.
 */
export const PLOT_DEFAULT_STYLE = `:where(.CLASS) {
  --plot-background: white;
  display: block;
  height: auto;
  height: intrinsic;
  max-width: 100%;
}
:where(.CLASS text),
:where(.CLASS tspan) {
  white-space: pre;
}`;

/** Removes the chart's own `<style>` when it is Plot's default one, which the site's stylesheet repeats. */
function dropDefaultStyle(svg: Element): void {
  const name = (svg.getAttribute('class') ?? '').split(/\s+/).find((c) => /^plot-[\w-]+$/.test(c));
  if (!name) return;
  for (const style of Array.from(svg.children).filter((c) => c.tagName.toLowerCase() === 'style')) {
    if ((style.textContent ?? '').trim() === PLOT_DEFAULT_STYLE.replaceAll('CLASS', name))
      style.remove();
  }
}

/**
 * `svg` (a Plot chart) with its tick marks and grid lines merged, one-child groups opened and Plot's
 * default stylesheet left to the site's.
 */
export function leanChartSvg(svg: Element): Element {
  dropDefaultStyle(svg);
  const groups = Array.from(svg.querySelectorAll('g'));
  groups.forEach(mergeMarks);
  // Innermost first, so a group whose only child was a group is opened in turn.
  groups.reverse().forEach(hoistOnlyChild);
  return svg;
}
