import { describe, expect, it } from 'vitest';
import { compileCell, CellSyntaxError } from '../../src/lib/code/compile-cell';

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (scope: Record<string, unknown>) => Promise<unknown>;

/** Runs cells in order on one scope, as the kernel does, and returns each cell's value. */
async function runAll(cells: string[], scope: Record<string, unknown> = {}) {
  const values: unknown[] = [];
  for (const cell of cells) {
    const compiled = compileCell(cell, Object.keys(scope));
    values.push(await new AsyncFunction('__scope', compiled.body)(scope));
  }
  return { values, scope };
}

describe('compileCell(source, knownNames)', () => {
  it('displays the value of a final expression, and nothing after a final declaration', async () => {
    const { values } = await runAll(['1 + 2', 'const a = 5;']);
    expect(values).toEqual([3, undefined]);
    expect(compileCell('1 + 2', []).displaysLastValue).toBe(true);
    expect(compileCell('const a = 5;', []).displaysLastValue).toBe(false);
  });

  it('displays a final parenthesised expression, such as an object literal, with or without a semicolon', async () => {
    const { values } = await runAll([
      '({ w1: 1, b: -0.5 })',
      '(2 * 3);',
      'const k = 4;\n(k)\n// a comment after',
    ]);
    expect(values).toEqual([{ w1: 1, b: -0.5 }, 6, 4]);
  });

  it('shares top-level declarations with later cells', async () => {
    const { values, scope } = await runAll([
      'const x = 2;\nfunction double(n) { return 2 * n }',
      'double(x) + 1',
    ]);
    expect(values[1]).toBe(5);
    expect(Object.keys(scope).sort()).toEqual(['double', 'x']);
  });

  it('re-runs a cell that declares a const without a redeclaration error', async () => {
    const cell = 'const n = (typeof n0 === "number" ? n0 : 0) + 1; n';
    const { values } = await runAll([cell, cell]);
    expect(values).toEqual([1, 1]);
  });

  it('lets a later cell reassign a name an earlier cell declared', async () => {
    const { values, scope } = await runAll(['let count = 1;', 'count = count + 10;', 'count']);
    expect(values[2]).toBe(11);
    expect(scope.count).toBe(11);
  });

  it('binds every name of a destructuring declaration', async () => {
    const { scope } = await runAll(['const { a, b: [c, ...rest] } = { a: 1, b: [2, 3, 4] };']);
    expect(scope).toMatchObject({ a: 1, c: 2, rest: [3, 4] });
  });

  it('strips TypeScript types and keeps working code', async () => {
    const { values } = await runAll([
      'interface P { x: number }\nconst p: P = { x: 3 };\nconst sq = (v: number): number => v * v;\nsq(p.x as number)',
    ]);
    expect(values[0]).toBe(9);
  });

  it('allows top-level await', async () => {
    const { values } = await runAll(['const v = await Promise.resolve(7);\nv * 2']);
    expect(values[0]).toBe(14);
  });

  it('keeps each statement on its own line, so line N of the body is line N of the cell', () => {
    const source = 'const a: number = 1;\nconst b = a + 1;\n\nb * 2';
    expect(compileCell(source, ['x']).body.split('\n')).toHaveLength(source.split('\n').length + 1);
  });

  it('writes back declarations made before a later statement throws', async () => {
    const scope: Record<string, unknown> = {};
    await expect(runAll(['const early = 1;\nthrow new Error("boom");'], scope)).rejects.toThrow(
      'boom',
    );
    expect(scope.early).toBe(1);
  });

  it('runs in strict mode: assigning an undeclared name is an error, not a new global', async () => {
    await expect(runAll(['undeclaredName = 3;'])).rejects.toThrow(/undeclaredName/);
    expect('undeclaredName' in globalThis).toBe(false);
  });

  it('reports a syntax error at the line and column of the cell', () => {
    try {
      compileCell('const a = 1;\nconst b = ;', []);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CellSyntaxError);
      expect((error as CellSyntaxError).line).toBe(2);
      expect((error as CellSyntaxError).message).toMatch(/line 2, column \d+/);
    }
  });

  it('reports a TypeScript syntax error at its line', () => {
    expect(() => compileCell('const a = 1;\n\nlet b: = 2;', [])).toThrow(CellSyntaxError);
    try {
      compileCell('const a = 1;\n\nlet b: = 2;', []);
    } catch (error) {
      expect((error as CellSyntaxError).line).toBe(3);
    }
  });

  it('refuses import and export with a message that says the engine is in scope', () => {
    expect(() => compileCell("import { mlp } from 'x';", [])).toThrow(
      'the engine is already in scope',
    );
  });

  it('refuses a train call left without await, at its line, and accepts an awaited or kept one', () => {
    const cell =
      'const net = mlp([2, 1]);\nfor (let i = 0; i < 2; i++) {\n  train(net, gates.OR, { epochs: 1 });\n}';
    expect(() => compileCell(cell, [])).toThrow(
      'train(...) returns a promise: write await train(...) so the next line runs once it has finished (line 3, column 3)',
    );
    expect(() => compileCell('await train(net, data, { epochs: 1 });', [])).not.toThrow();
    expect(() =>
      compileCell('const run = train(net, data, { epochs: 1 });\nawait run;', []),
    ).not.toThrow();
    expect(() => compileCell('mlp([2, 1]).train;', [])).not.toThrow();
  });
});
