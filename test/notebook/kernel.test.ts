import { describe, expect, it } from 'vitest';
import * as engine from '../../engine/index.ts';
import { createKernel } from '../../src/notebook/kernel';
import type { CellOutput } from '../../src/notebook/outputs';

function newKernel(stopAfterPauses = Infinity) {
  let pauses = 0;
  const progress: number[] = [];
  const kernel = createKernel(engine as unknown as Record<string, unknown>, {
    stopRequested: () => pauses >= stopAfterPauses,
    progress: (p) => progress.push(p.epoch),
    pause: async () => {
      pauses += 1;
    },
  });
  const run = async (source: string) => {
    const outputs: CellOutput[] = [];
    const ok = await kernel.run(source, (o) => outputs.push(o));
    return { ok, outputs };
  };
  return { kernel, run, progress };
}

describe('createKernel(api, control)', () => {
  it('runs the course example: XOR with a 2-4-1 net, its loss plotted, the engine in scope', async () => {
    const { run, kernel } = newKernel();
    const { ok, outputs } = await run(
      "const net = mlp([2, 4, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });\n" +
        "const { history } = await train(net, gates.XOR, { loss: 'bce', learningRate: 0.5, epochs: 2000, batchSize: 4 });\n" +
        'plotLoss(history);',
    );
    expect(ok).toBe(true);
    expect(outputs).toHaveLength(1);
    const chart = outputs[0];
    expect(chart.kind === 'chart' && chart.chart.type === 'loss' && chart.chart.points.length).toBe(
      2000,
    );
    // The same run with the engine directly gives the same final loss: cells train with the engine.
    const direct = engine.mlp([2, 4, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
    const reference = engine.train(direct, engine.gates.XOR, {
      loss: 'bce',
      learningRate: 0.5,
      epochs: 2000,
      batchSize: 4,
    });
    const history = kernel.scope.history as engine.HistoryEntry[];
    expect(history.at(-1)!.loss).toBe(reference.history.at(-1)!.loss);
  });

  it('train() in a cell that diverges (learning rate 1e6) tells the reader in words', async () => {
    const { run } = newKernel();
    const code =
      "const net = mlp([1, 1], { activation: 'linear', output: 'linear', seed: 1 });\n" +
      'const run = await train(net, { inputs: [[1], [2]], targets: [[1], [2]] }, ' +
      "{ loss: 'mse', learningRate: 1e6, epochs: 100, batchSize: 2 });\n" +
      'run.history.length';
    const direct = engine.train(
      engine.mlp([1, 1], { activation: 'linear', output: 'linear', seed: 1 }),
      { inputs: [[1], [2]], targets: [[1], [2]] },
      { loss: 'mse', learningRate: 1e6, epochs: 100, batchSize: 2 },
    );
    expect(direct.diverged).toBe(true);
    const { ok, outputs } = await run(code);
    expect(ok).toBe(true);
    expect(outputs).toEqual([
      {
        kind: 'stream',
        level: 'warn',
        parts: [
          {
            t: 'string',
            text: `train: the loss stopped being a finite number in epoch ${direct.divergedAtEpoch}, so training stopped and the network kept its weights from the last finite epoch. Try a smaller learning rate than 1000000.`,
          },
        ],
      },
      { kind: 'value', display: { t: 'number', text: String(direct.history.length) } },
    ]);
  });

  it('train() in a cell that stays finite adds no notice', async () => {
    const { run } = newKernel();
    const { outputs } = await run(
      "const net = mlp([2, 2, 1], { seed: 1 });\nawait train(net, gates.OR, { loss: 'mse', learningRate: 0.5, epochs: 5, batchSize: 4 });\n1",
    );
    expect(outputs.filter((o) => o.kind === 'stream')).toEqual([]);
  });

  it('captures console output in order and displays the last value', async () => {
    const { run } = newKernel();
    const { outputs } = await run(
      "console.log('a', 1);\nconsole.warn('careful');\n[1, 2, 3].length",
    );
    expect(outputs).toEqual([
      {
        kind: 'stream',
        level: 'log',
        parts: [
          { t: 'string', text: 'a' },
          { t: 'number', text: '1' },
        ],
      },
      { kind: 'stream', level: 'warn', parts: [{ t: 'string', text: 'careful' }] },
      { kind: 'value', display: { t: 'number', text: '3' } },
    ]);
  });

  it('displays no value after a final console.log, as Jupyter shows nothing for a call that returns nothing', async () => {
    const { run } = newKernel();
    const { outputs } = await run("const x = 2;\nconsole.log('x is', x)");
    expect(outputs).toEqual([
      {
        kind: 'stream',
        level: 'log',
        parts: [
          { t: 'string', text: 'x is' },
          { t: 'number', text: '2' },
        ],
      },
    ]);
  });

  it("reports a runtime error at the line of the cell it came from, with the engine's own message", async () => {
    const { run } = newKernel();
    const { ok, outputs } = await run(
      'const n = neuron({ weights: [1, 2], bias: 0 });\n\nn.forward([1, 2, 3]);',
    );
    expect(ok).toBe(false);
    expect(outputs).toEqual([
      expect.objectContaining({
        kind: 'error',
        name: 'Error',
        line: 3,
        message: expect.stringContaining('neuron.forward'),
      }),
    ]);
  });

  it('reports the column of a runtime error in the cell, not in the compiled code', async () => {
    const { run } = newKernel();
    await run('const known = 1;');
    const cases: [string, number, number][] = [
      ['missing(known)', 1, 1],
      ['const a = 1;   missing(a)', 1, 16],
      ['const a = 1;\nconst b = a + 1; const c = missing(b);', 2, 28],
      ['known + 1;\n  missing', 2, 3],
    ];
    for (const [source, line, column] of cases) {
      const { outputs } = await run(source);
      expect(outputs.at(-1), source).toMatchObject({
        kind: 'error',
        name: 'ReferenceError',
        line,
        column,
      });
    }
  });

  it('reports a syntax error with its line and column and runs nothing', async () => {
    const { run, kernel } = newKernel();
    const { outputs } = await run('const ok = 1;\nconst broken = (;');
    expect(outputs[0]).toMatchObject({ kind: 'error', name: 'CellSyntaxError', line: 2 });
    expect('ok' in kernel.scope).toBe(false);
  });

  it('stops a training run at a Stop request and keeps the network and earlier variables', async () => {
    const { run, kernel } = newKernel(1);
    await run('const before = 42;');
    const { outputs } = await run(
      "const net = mlp([2, 8, 1], { seed: 2 });\nconst result = await train(net, datasets.spiral({ n: 400, seed: 1 }), { loss: 'bce', learningRate: 0.1, epochs: 100000, batchSize: 1 });\nresult.stopped",
    );
    expect(outputs.at(-1)).toEqual({ kind: 'value', display: { t: 'boolean', text: 'true' } });
    const result = kernel.scope.result as { history: unknown[] };
    expect(result.history.length).toBeGreaterThan(0);
    expect(result.history.length).toBeLessThan(100000);
    expect(kernel.scope.before).toBe(42);
  });

  it('show(), table() and plot() send data, not markup', async () => {
    const { run } = newKernel();
    const { outputs } = await run(
      "show(neuron({ weights: [0.5], bias: 0, activation: 'relu' }).forward([2]));\ntable([{ x: 1, y: '<b>' }]);\nplot([1, 4, 9]);",
    );
    expect(outputs.map((o) => o.kind)).toEqual(['steps', 'table', 'chart']);
    expect(outputs[1]).toEqual({
      kind: 'table',
      columns: ['x', 'y'],
      rows: [
        [
          { t: 'number', text: '1' },
          { t: 'string', text: '<b>' },
        ],
      ],
    });
  });
});
