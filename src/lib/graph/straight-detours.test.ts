import { describe, expect, it } from 'vitest';
import { segmentHitsBox, straightenDetour } from './straight-detours';

const box = (x: number, y: number, width = 20, height = 10) => ({ x, y, width, height });

describe('segmentHitsBox', () => {
  it('finds a segment through, into, or beside a box', () => {
    const b = box(50, 50);
    expect(segmentHitsBox({ x: 0, y: 50 }, { x: 100, y: 50 }, b)).toBe(true);
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 50, y: 50 }, b)).toBe(true);
    expect(segmentHitsBox({ x: 0, y: 60 }, { x: 100, y: 60 }, b)).toBe(false);
    expect(segmentHitsBox({ x: 0, y: 56 }, { x: 100, y: 56 }, b)).toBe(false);
    expect(segmentHitsBox({ x: 0, y: 56 }, { x: 100, y: 56 }, b, 2)).toBe(true);
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 30, y: 0 }, b)).toBe(false);
  });
});

describe('straightenDetour', () => {
  const from = box(0, 100);
  const to = box(200, 110);
  const detour = [
    { x: 10, y: 100 },
    { x: 60, y: -4 },
    { x: 140, y: -4 },
    { x: 190, y: 110 },
  ];

  it('draws a route that climbs far above both ends as a straight line between their sides', () => {
    expect(straightenDetour(detour, from, to, [box(100, 300)])).toEqual([
      { x: 10, y: 100 },
      { x: 190, y: 110 },
    ]);
  });

  it('keeps the route when the straight line would cross a box', () => {
    expect(straightenDetour(detour, from, to, [box(100, 105)])).toEqual(detour);
  });

  it('keeps a route that stays near the rows of its ends', () => {
    const gentle = [
      { x: 10, y: 100 },
      { x: 100, y: 130 },
      { x: 190, y: 110 },
    ];
    expect(straightenDetour(gentle, from, to, [])).toEqual(gentle);
  });

  it('keeps the route when the target is not to the right', () => {
    expect(straightenDetour(detour, to, from, [])).toEqual(detour);
  });
});
