import { describe, expect, it } from 'vitest';
import {
  edgeSign,
  edgeWidth,
  labelBox,
  networkLayout,
  nextEdgeIndex,
  segmentHitsBox,
  weightName,
} from '../../src/lib/network-diagram-layout';
import { mlp } from '../../engine/index.ts';

describe('networkLayout(sizes, withTail, noteLines)', () => {
  it("places one node per neuron and one edge per weight, in the engine's flat order", () => {
    for (const sizes of [
      [2, 2, 1],
      [2, 3, 1],
      [2, 4, 1],
      [3, 4, 4, 2],
    ]) {
      const layout = networkLayout(sizes);
      expect(layout.nodes.map((layer) => layer.length)).toEqual(sizes);
      const net = mlp(sizes);
      // The engine's parameter order is each layer's weights row by row, then its biases.
      const weightLabels = Array.from(
        { length: net.parameterCount },
        (_, i) => net.parameterLabel(i).text,
      ).filter((t) => t.startsWith('w'));
      expect(layout.edges.map((e) => `w(${e.layer})_${e.j}${e.k}`)).toEqual(weightLabels);
    }
  });

  it('keeps every node inside the viewBox and centres each layer on the tallest', () => {
    const layout = networkLayout([2, 4, 1], true, 3);
    for (const n of layout.nodes.flat()) {
      expect(n.x - layout.radius).toBeGreaterThan(0);
      expect(n.x + layout.radius).toBeLessThan(layout.width);
      expect(n.y - layout.radius).toBeGreaterThan(0);
      expect(n.y + layout.radius).toBeLessThan(layout.height);
    }
    const middle = (l: number) =>
      layout.nodes[l].reduce((s, n) => s + n.y, 0) / layout.nodes[l].length;
    expect(middle(0)).toBeCloseTo(middle(1));
    expect(middle(2)).toBeCloseTo(middle(1));
    expect(layout.tail!.x).toBeGreaterThan(layout.nodes[2][0].x);
    expect(layout.tail!.x).toBeLessThan(layout.width);
  });

  it('leaves more room between neurons for more lines of notes', () => {
    const one = networkLayout([2, 2, 1]);
    const three = networkLayout([2, 2, 1], false, 3);
    const gap = (l: ReturnType<typeof networkLayout>) => l.nodes[0][1].y - l.nodes[0][0].y;
    expect(gap(three)).toBeGreaterThan(gap(one));
    expect(three.height).toBeGreaterThan(one.height);
  });

  it('rejects sizes that are not a network', () => {
    expect(() => networkLayout([2])).toThrow(/at least two layer sizes/);
    expect(() => networkLayout([2, 0, 1])).toThrow(/at least two layer sizes/);
  });
});

describe('edge helpers', () => {
  it('edgeWidth(w) grows with |w| and stays finite', () => {
    expect(edgeWidth(0)).toBe(1);
    expect(edgeWidth(-1.5)).toBe(edgeWidth(1.5));
    expect(edgeWidth(3)).toBe(6);
    expect(edgeWidth(30)).toBe(6);
    expect(edgeWidth(NaN)).toBe(1);
  });

  it('edgeSign(w) names the sign', () => {
    expect([edgeSign(0.2), edgeSign(-0.2), edgeSign(0)]).toEqual(['positive', 'negative', 'zero']);
  });

  it("weightName(layer, j, k) reads like the engine's label without the underscore", () => {
    expect(weightName(2, 1, 1)).toBe('w(2)11');
    expect(weightName(1, 12, 3)).toBe('w(1)12,3');
  });

  it('nextEdgeIndex(key, i, n) moves through the weights and wraps around', () => {
    expect(nextEdgeIndex('ArrowRight', 5, 6)).toBe(0);
    expect(nextEdgeIndex('ArrowUp', 0, 6)).toBe(5);
    expect(nextEdgeIndex('Home', 3, 6)).toBe(0);
    expect(nextEdgeIndex('End', 3, 6)).toBe(5);
    expect(nextEdgeIndex('a', 3, 6)).toBeNull();
  });
});

describe('weight labels in networkLayout()', () => {
  // The backprop stepper's diagram (2-2-1, loss node, 3 lines of notes) and the plain 2-2-1.
  it.each([
    [[2, 2, 1], true, 3],
    [[2, 2, 1], false, 1],
    [[2, 2, 1], false, 2],
    [[2, 2, 1], true, 2],
    [[2, 3, 1], false, 1],
    [[2, 3, 1], false, 2],
    [[2, 3, 1], true, 3],
    [[2, 4, 1], false, 1],
    [[2, 4, 1], false, 2],
    [[2, 4, 1], true, 3],
    [[3, 3, 2], false, 1],
    [[3, 3, 2], false, 2],
    [[3, 3, 2], true, 3],
  ] as const)(
    '%j (tail %s, %i note lines): no label crosses a line, a neuron or another label',
    (sizes, tail, noteLines) => {
      const layout = networkLayout(sizes, tail, noteLines);
      const boxes = layout.edges.map((e) => labelBox(e.labelX, e.labelY));
      const segments = [
        ...layout.edges.map((e) => [e.from, e.to] as const),
        ...(layout.tail ? layout.nodes.at(-1)!.map((n) => [n, layout.tail!] as const) : []),
      ];
      const r = layout.radius;
      boxes.forEach((box, i) => {
        const where = `label of edge ${i} at (${box.x.toFixed(0)}, ${box.y.toFixed(0)})`;
        for (const [a, b] of segments) expect(segmentHitsBox(a, b, box), where).toBe(false);
        for (const n of [...layout.nodes.flat(), ...(layout.tail ? [layout.tail] : [])]) {
          const nearestX = Math.max(box.x - box.hw, Math.min(n.x, box.x + box.hw));
          const nearestY = Math.max(box.y - box.hh, Math.min(n.y, box.y + box.hh));
          expect(Math.hypot(n.x - nearestX, n.y - nearestY), where).toBeGreaterThan(r);
        }
        boxes.forEach((other, j) => {
          if (j === i) return;
          const apart =
            Math.abs(box.x - other.x) >= box.hw + other.hw ||
            Math.abs(box.y - other.y) >= box.hh + other.hh;
          expect(apart, `${where} and edge ${j}`).toBe(true);
        });
        expect(box.x - box.hw, where).toBeGreaterThanOrEqual(0);
        expect(box.x + box.hw, where).toBeLessThanOrEqual(layout.width);
      });
    },
  );

  it('segmentHitsBox() sees a line through, beside and ending inside a box', () => {
    const box = { x: 0, y: 0, hw: 10, hh: 5 };
    expect(segmentHitsBox({ x: -20, y: 0 }, { x: 20, y: 0 }, box)).toBe(true);
    expect(segmentHitsBox({ x: -20, y: 6 }, { x: 20, y: 6 }, box)).toBe(false);
    expect(segmentHitsBox({ x: -20, y: -20 }, { x: 0, y: 0 }, box)).toBe(true);
    expect(segmentHitsBox({ x: 11, y: -20 }, { x: 11, y: 20 }, box)).toBe(false);
  });
});
