import { describe, expect, it } from 'vitest';
import { labelPlaces } from './loss-curves';

describe('labelPlaces', () => {
  it('labelPlaces(curves) puts each name at its curve’s end, moving close ones apart', () => {
    const places = labelPlaces([
      { label: 'a', colour: 'red', losses: [1.4, 0.5] },
      { label: 'b', colour: 'blue', losses: [0.7, 0.06] },
      { label: 'c', colour: 'green', losses: [0.7, 0.05] },
    ]);
    expect(places.map((p) => p.label)).toEqual(['a', 'b', 'c']);
    expect(places.map((p) => p.x)).toEqual([2, 2, 2]);
    expect(places[0].y).toBe(0.5);
    expect(places[1].y).toBe(0.06);
    expect(places[2].y).toBeCloseTo(0.06 - 0.1, 12);
  });
});
