import { describe, expect, it } from 'vitest';
import { toDisplay, numberText } from '../../src/notebook/display';

describe('toDisplay(value)', () => {
  it('describes primitives with their text', () => {
    expect(toDisplay(0.1 + 0.2)).toEqual({ t: 'number', text: '0.3' });
    expect(toDisplay('hi')).toEqual({ t: 'string', text: 'hi' });
    expect(toDisplay(null)).toEqual({ t: 'null', text: 'null' });
    expect(toDisplay(undefined)).toEqual({ t: 'undefined', text: 'undefined' });
    expect(toDisplay(10n)).toEqual({ t: 'bigint', text: '10n' });
    expect(
      toDisplay(function train(a: number) {
        return a;
      }),
    ).toEqual({ t: 'function', text: 'ƒ train(…)' });
  });

  it('shows a rectangular array of numbers as a matrix', () => {
    expect(
      toDisplay([
        [1, 2.5],
        [3, 4],
      ]),
    ).toEqual({
      t: 'matrix',
      rows: 2,
      columns: 2,
      cells: [
        ['1', '2.5'],
        ['3', '4'],
      ],
    });
  });

  it('shows ragged or mixed arrays as arrays, and typed arrays as arrays', () => {
    expect(toDisplay([[1], [2, 3]])).toMatchObject({ t: 'array', length: 2 });
    expect(toDisplay(new Float64Array([1, 2]))).toEqual({
      t: 'array',
      name: 'Float64Array',
      length: 2,
      items: [
        { t: 'number', text: '1' },
        { t: 'number', text: '2' },
      ],
    });
  });

  it('cuts long arrays and objects at the item limit and says how many there were', () => {
    const long = toDisplay(
      Array.from({ length: 500 }, (_, i) => ({ i })),
      { depth: 4, items: 10 },
    );
    expect(long).toMatchObject({ t: 'array', length: 500 });
    expect((long as { items: unknown[] }).items).toHaveLength(10);
    const wide = toDisplay(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i])), {
      depth: 4,
      items: 10,
    });
    expect(wide).toMatchObject({ t: 'object', more: 20 });
  });

  it('marks circular references and stops at the depth limit', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(toDisplay(a)).toEqual({
      t: 'object',
      name: 'Object',
      more: 0,
      entries: [
        ['name', { t: 'string', text: 'a' }],
        ['self', { t: 'circular' }],
      ],
    });
    expect(toDisplay({ a: { b: { c: 1 } } }, { depth: 2, items: 10 })).toEqual({
      t: 'object',
      name: 'Object',
      more: 0,
      entries: [
        [
          'a',
          {
            t: 'object',
            name: 'Object',
            more: 0,
            entries: [['b', { t: 'depth', name: 'Object' }]],
          },
        ],
      ],
    });
  });

  it('shows the same object twice in siblings without calling it circular', () => {
    const shared = { v: 1 };
    const d = toDisplay([shared, shared]);
    expect(JSON.stringify(d)).not.toContain('circular');
  });

  it('describes errors, maps and sets', () => {
    expect(toDisplay(new RangeError('bad'))).toEqual({
      t: 'error',
      name: 'RangeError',
      message: 'bad',
    });
    expect(toDisplay(new Map([['k', 1]]))).toMatchObject({
      t: 'object',
      name: 'Map',
      entries: [['k', { t: 'number', text: '1' }]],
    });
    expect(toDisplay(new Set(['x']))).toMatchObject({
      t: 'object',
      name: 'Set',
      entries: [['0', { t: 'string', text: 'x' }]],
    });
  });

  it('numberText keeps integers exact and trims float noise to 10 significant digits', () => {
    expect(numberText(123456789012)).toBe('123456789012');
    expect(numberText(1 / 3)).toBe('0.3333333333');
    expect(numberText(NaN)).toBe('NaN');
  });
});
