import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import remarkNotebookCells from '../../src/markdown/remark-notebook-cells';

const cell = (value: string, line: number) => ({
  type: 'code' as const,
  lang: 'ts',
  meta: 'cell',
  value,
  position: {
    start: { line, column: 1 },
    end: { line: line + value.split('\n').length + 1, column: 4 },
  },
});

const run = (tree: Root) => remarkNotebookCells()(tree, new VFile({ path: 'lessons/99-test.mdx' }));

describe('remarkNotebookCells()', () => {
  it('runs cells in order in one kernel and puts each output after its code', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        cell('const x = 20;', 3),
        { type: 'paragraph', children: [{ type: 'text', value: 'between' }] },
        cell('x + 1', 9),
      ],
    };
    await run(tree);
    const wrappers = tree.children.filter(
      (n) => (n.type as string) === 'notebookCell',
    ) as unknown as {
      data: {
        hProperties: { dataSource: string; dataCell: number; role: string; ariaLabel: string };
      };
      children: {
        type: string;
        value?: string;
        data?: { hChildren?: unknown[]; hProperties?: { className: string[] } };
      }[];
    }[];
    const part = (wrapper: (typeof wrappers)[number], type: string) =>
      wrapper.children.find((c) => c.type === type)!;
    expect(wrappers).toHaveLength(2);
    expect(wrappers[1].data.hProperties).toMatchObject({
      dataSource: 'x + 1',
      dataCell: 2,
      role: 'group',
      ariaLabel: 'Code cell 2',
    });
    expect(JSON.stringify(part(wrappers[0], 'notebookHead').data!.hChildren)).toContain(
      '"value":"In [1]"',
    );
    expect(part(wrappers[0], 'code').value).toBe('const x = 20;');
    expect(part(wrappers[0], 'notebookOutput').data!.hChildren).toHaveLength(0);
    expect(JSON.stringify(part(wrappers[1], 'notebookOutput').data!.hChildren)).toContain(
      '"value":"21"',
    );
    // Head, code, the empty status box the page fills (progress, notices), output: in that order.
    expect(wrappers[0].children.map((c) => c.type)).toEqual([
      'notebookHead',
      'code',
      'notebookStatus',
      'notebookOutput',
    ]);
    // One slot for the notebook's toolbar, just before the first cell.
    expect(tree.children.map((n) => n.type)).toEqual([
      'notebookBarSlot',
      'notebookCell',
      'paragraph',
      'notebookCell',
    ]);
  });

  it('leaves ordinary code blocks alone', async () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'code', lang: 'ts', meta: null, value: 'throw 1' }],
    };
    await run(tree);
    expect(tree.children[0].type).toBe('code');
  });

  it('fails the build on a throwing cell, naming the lesson file, its line and the cell line', async () => {
    const tree: Root = { type: 'root', children: [cell('const a = 1;\nmissingFunction(a);', 10)] };
    await expect(run(tree)).rejects.toThrow(
      'Code cell 1 failed at lessons/99-test.mdx:12 (cell line 2): ReferenceError: missingFunction is not defined',
    );
  });

  it('fails the build on a syntax error too', async () => {
    const tree: Root = { type: 'root', children: [cell('const = 2;', 4)] };
    await expect(run(tree)).rejects.toThrow(
      /Code cell 1 failed at lessons\/99-test\.mdx:5 \(cell line 1\): CellSyntaxError/,
    );
  });
});

describe('remarkNotebookCells() and the digits', () => {
  it('gives build-time cells the digit data, as the browser kernel does', async () => {
    const tree: Root = {
      type: 'root',
      children: [cell('const d = await datasets.digits();\nd.train.inputs.length', 3)],
    };
    await run(tree);
    expect(JSON.stringify(tree)).toContain('"value":"8000"');
  }, 30_000);
});
