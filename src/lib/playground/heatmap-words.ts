import { CLASS_NAMES } from './heatmap-colors';
import { GRID } from './heatmap-grid';

/** The heat map in words, for readers who cannot see it. */

const REGION_NAMES = [
  ['top left', 'top', 'top right'],
  ['left', 'centre', 'right'],
  ['bottom left', 'bottom', 'bottom right'],
];
/** Which ninth of the square (0 to 8, row by row) cell (r, c) of a size x size grid falls in. */
const ninth = (r: number, c: number, size: number) =>
  Math.min(2, Math.floor((r * 3) / size)) * 3 + Math.min(2, Math.floor((c * 3) / size));
/** The ninth's name, such as "top left". */
const regionName = (i: number) => REGION_NAMES[Math.floor(i / 3)][i % 3];

/** Words for the heat map: which ninths of the square the network gives to each class, or where the output is high and low. */
export function describeRegions(values: Float64Array, regression: boolean, size = GRID): string {
  const sums = Array.from({ length: 9 }, () => ({ pos: 0, total: 0, sum: 0 }));
  let positive = 0;
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) {
      const v = values[r * size + c];
      const cell = sums[ninth(r, c, size)];
      cell.total++;
      cell.sum += v;
      if (v >= 0) {
        cell.pos++;
        positive++;
      }
    }
  if (regression) {
    const means = sums.map((s) => s.sum / s.total);
    const hi = means.indexOf(Math.max(...means));
    const lo = means.indexOf(Math.min(...means));
    return `The output is highest in the ${regionName(hi)} (mean ${means[hi].toFixed(2)}) and lowest in the ${regionName(lo)} (mean ${means[lo].toFixed(2)}).`;
  }
  const blue: string[] = [];
  const orange: string[] = [];
  const mixed: string[] = [];
  sums.forEach((s, i) =>
    (s.pos / s.total >= 0.7 ? blue : s.pos / s.total <= 0.3 ? orange : mixed).push(regionName(i)),
  );
  const pct = Math.round((100 * positive) / (size * size));
  const list = (a: string[]) => (a.length ? a.join(', ') : 'nowhere');
  return `Class 1 (blue) covers ${pct}% of the square: mostly ${list(blue)}. Class 0 (orange): mostly ${list(orange)}. Both classes: ${list(mixed)}.`;
}

/** Words for a three-class heat map (values hold each cell's class): each class's share of the square and where it wins. */
export function describeClasses(values: Float64Array, size = GRID): string {
  const share = [0, 0, 0];
  const cells = Array.from({ length: 9 }, () => [0, 0, 0]);
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) {
      const k = values[r * size + c];
      share[k]++;
      cells[ninth(r, c, size)][k]++;
    }
  const mixed: string[] = [];
  const parts = [0, 1, 2].map((k) => {
    const where: string[] = [];
    cells.forEach((n, i) => {
      const total = n[0] + n[1] + n[2];
      if (n[k] / total >= 0.7) where.push(regionName(i));
      else if (k === 0 && Math.max(...n) / total < 0.7) mixed.push(regionName(i));
    });
    const pct = Math.round((100 * share[k]) / (size * size));
    return `Class ${k} (${CLASS_NAMES[k]}) covers ${pct}%${where.length ? `, mostly ${where.join(', ')}` : ''}.`;
  });
  return `${parts.join(' ')} Mixed: ${mixed.length ? mixed.join(', ') : 'nowhere'}.`;
}
