import { describe, expect, it } from 'vitest';
import { FIT_MARGIN, fitZoom, nextZoom, scrollForZoom, scrollToShow, ZOOMS } from './fit-zoom';
import { lessonGraph, NETWORKS, snapshot } from './lesson-graph';
import { shownGraph, widgetFold } from './graph-fold';
import { stableShownLayout } from './stable-layout';

describe('fitZoom(picture, box, margin)', () => {
  it('is the tighter of the two directions, leaving the margin on every side', () => {
    expect(fitZoom({ width: 1000, height: 100 }, { width: 532, height: 500 }, 16)).toBe(0.5);
    expect(fitZoom({ width: 100, height: 1000 }, { width: 500, height: 282 }, 16)).toBe(0.25);
  });

  it('never blows a small picture up past 100%', () => {
    expect(fitZoom({ width: 100, height: 50 }, { width: 900, height: 600 })).toBe(1);
  });

  it('fits the folded 2-4-4-1 into a phone’s box with every box inside', () => {
    const graph = snapshot(lessonGraph(undefined, undefined, undefined, NETWORKS['2-4-4-1']));
    const layout = stableShownLayout(graph, shownGraph(graph, widgetFold(graph), new Set()));
    const box = { width: 340, height: 560 };
    const zoom = fitZoom(layout, box);
    expect(zoom).toBeLessThan(1);
    for (const n of layout.nodes) {
      expect((n.x + n.width / 2) * zoom).toBeLessThanOrEqual(box.width - 2 * FIT_MARGIN);
      expect((n.y + n.height / 2) * zoom).toBeLessThanOrEqual(box.height - 2 * FIT_MARGIN);
    }
  });
});

describe('nextZoom(zoom, direction, fit)', () => {
  it('steps through ZOOMS with the fitted zoom among them', () => {
    expect(nextZoom(1, 1, 0.42)).toBe(1.25);
    expect(nextZoom(1, -1, 0.42)).toBe(0.8);
    expect(nextZoom(0.5, -1, 0.42)).toBe(0.42);
    expect(nextZoom(0.42, 1, 0.42)).toBe(0.5);
    expect(nextZoom(0.42, -1, 0.42)).toBe(0.35);
  });

  it('stops at the ends: the largest zoom, and the smaller of the first step and the fit', () => {
    expect(nextZoom(ZOOMS.at(-1)!, 1, 0.5)).toBe(ZOOMS.at(-1));
    expect(nextZoom(ZOOMS[0], -1, 0.5)).toBe(ZOOMS[0]);
    expect(nextZoom(0.18, -1, 0.18)).toBe(0.18);
    expect(nextZoom(0.18, 1, 0.18)).toBe(ZOOMS[0]);
  });

  it('leaves out a step within a tenth of the fit, so no press is a nudge', () => {
    expect(nextZoom(0.48, 1, 0.48)).toBe(0.65);
    expect(nextZoom(0.65, -1, 0.48)).toBe(0.48);
  });
});

describe('scrollForZoom(view, from, to, before, after)', () => {
  it('keeps the picture’s point at the view’s centre where it is', () => {
    const view = { left: 100, top: 50, width: 400, height: 300 };
    const to = scrollForZoom(view, 1, 2, { x: 0, y: 0 }, { x: 0, y: 0 });
    // The centre was at (300, 200) of the picture, now drawn at (600, 400).
    expect(to).toEqual({ left: 600 - 200, top: 400 - 150 });
  });

  it('allows for a small picture that was centred, and never scrolls before the start', () => {
    const view = { left: 0, top: 0, width: 400, height: 300 };
    // The view's centre (200, 150) was the picture's point (200, 200), drawn at 0.5 from (100, 50).
    const to = scrollForZoom(view, 0.5, 1, { x: 100, y: 50 }, { x: 0, y: 0 });
    expect(to).toEqual({ left: 200 - 200, top: 200 - 150 });
    expect(scrollForZoom(view, 1, 0.5, { x: 0, y: 0 }, { x: 0, y: 0 })).toEqual({
      left: 0,
      top: 0,
    });
  });
});

describe('scrollToShow(view, rect, margin)', () => {
  const view = { left: 100, top: 100, width: 400, height: 300 };

  it('moves only as far as needed to bring the rectangle in with the margin', () => {
    expect(scrollToShow(view, { left: 400, top: 150, width: 150, height: 100 }, 10)).toEqual({
      left: 400 + 150 + 10 - 400,
      top: 100,
    });
    expect(scrollToShow(view, { left: 50, top: 120, width: 100, height: 100 }, 10)).toEqual({
      left: 40,
      top: 100,
    });
  });

  it('leaves a rectangle already in view where it is', () => {
    expect(scrollToShow(view, { left: 200, top: 200, width: 100, height: 100 })).toEqual({
      left: 100,
      top: 100,
    });
  });

  it('keeps the top-left corner of a rectangle bigger than the view', () => {
    expect(scrollToShow(view, { left: 300, top: 300, width: 900, height: 900 }, 10)).toEqual({
      left: 290,
      top: 290,
    });
  });
});
