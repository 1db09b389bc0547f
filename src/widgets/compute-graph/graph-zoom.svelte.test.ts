import { describe, expect, it } from 'vitest';
import { fitZoom, nextZoom } from './fit-zoom';
import { GraphZoom } from './graph-zoom.svelte.ts';

describe('GraphZoom', () => {
  const small = { width: 1330, height: 426 };
  const big = { width: 1921, height: 590 };

  it('fits the picture while fitted, following the box and the picture as they change', () => {
    let picture = $state(small);
    const view = new GraphZoom(() => picture);
    view.box = { width: 700, height: 560 };
    expect(view.zoom).toBe(fitZoom(small, view.box));
    view.box = { width: 340, height: 560 };
    expect(view.zoom).toBe(fitZoom(small, view.box));
    picture = big;
    expect(view.zoom).toBe(fitZoom(big, view.box));
  });

  it('hold() keeps the zoom when the picture grows; fitWhole() fits again', () => {
    let picture = $state(small);
    const view = new GraphZoom(() => picture);
    view.box = { width: 700, height: 560 };
    const before = view.zoom;
    view.hold();
    picture = big;
    expect(view.zoom).toBe(before);
    expect(view.fitted).toBe(false);
    view.fitWhole();
    expect(view.zoom).toBe(fitZoom(big, view.box));
  });

  it('zoomIn() and zoomOut() step from the zoom shown and stop at the ends', () => {
    const view = new GraphZoom(() => small);
    view.box = { width: 700, height: 560 };
    const fit = view.fit;
    view.zoomIn();
    expect(view.zoom).toBe(nextZoom(fit, 1, fit));
    view.zoomOut();
    expect(view.zoom).toBe(fit);
    while (view.canZoomOut) view.zoomOut();
    expect(view.zoom).toBe(Math.min(0.25, fit));
    while (view.canZoomIn) view.zoomIn();
    expect(view.zoom).toBe(1.5);
  });

  it('start(whole) is the whole graph, or 100% for a graph meant to be read at its size', () => {
    const view = new GraphZoom(() => small);
    view.box = { width: 700, height: 560 };
    view.zoomIn();
    view.start(false);
    expect(view.zoom).toBe(1);
    view.start(true);
    expect(view.zoom).toBe(view.fit);
    expect(view.fit).toBeLessThan(1);
  });
});
