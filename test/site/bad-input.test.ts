import { describe, expect, it } from 'vitest';
import {
  MAX_CSV_BYTES,
  MAX_CSV_ROWS,
  oneClassNote,
  parseCsv,
  readCsvFile,
} from '../../src/lib/playground/csv';
import { defaultConfig } from '../../src/lib/playground/config-model';
import { readConfig } from '../../src/lib/playground/config-url';
import { generatePoints } from '../../src/lib/playground/data';
import { PlaygroundRun } from '../../src/lib/playground/run';
import { parseBoundedNumber } from '../../src/lib/bounded-number';

/**
 * Bad input, swept: what a reader can type, load or hand-edit into a link, each with the message
 * it must get. Nothing throws, and a refused input changes nothing (the parsers return no points).
 */
describe('points files a reader can load into the playground', () => {
  const rows = (n: number, label = (i: number) => i % 2) =>
    Array.from({ length: n }, (_, i) => `${(i % 10) / 5 - 1},${i / n - 0.5},${label(i)}`).join(
      '\n',
    );
  it.each([
    ['an empty file', '', /has 0 points; at least 2/],
    ['only blank lines and spaces', '\n  \n\t\n', /has 0 points/],
    ['only a header', 'x1,x2,label\n', /has 0 points/],
    ['one point', '0,0,1', /has 1 point; at least 2/],
    ['a word for a coordinate', '0,0,1\nabc,0,1', /Line 2: x1 “abc” is not a number/],
    ['NaN', 'NaN,0,1\n1,1,0', /Line 1: x1 “NaN” is not a number/],
    ['Infinity', '0,Infinity,1\n1,1,0', /Line 1: x2 “Infinity” is not a number/],
    ['an empty cell', '0,,1\n1,1,0', /Line 1: x2 “” is not a number/],
    ['a point outside the plotted square', '0,0,1\n99,0,0', /Line 2: x1 = 99 is outside/],
    ['a label of 3', '0,0,1\n1,1,3', /Line 2: label “3” must be 0, 1 or 2/],
    ['a label that is a word', '0,0,cat\n1,1,0', /Line 1: label “cat” must be 0, 1 or 2/],
    ['a row with 4 values', '0,0,1,5', /Line 1: expected 3 values/],
    ['binary junk', '\u0000\u0001PNG\r\n\u001a', /Line 1: expected 3 values/],
    [
      `${MAX_CSV_ROWS + 1} points`,
      rows(MAX_CSV_ROWS + 1),
      new RegExp(`Line ${MAX_CSV_ROWS + 1}: more than ${MAX_CSV_ROWS} points`),
    ],
  ])('%s: refused with a message', (_, text, message) => {
    const r = parseCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('a file larger than 1 MB is refused before it is read', async () => {
    const big = new Blob(['0,0,1\n'.repeat(Math.ceil((MAX_CSV_BYTES + 1) / 6))]);
    expect(await readCsvFile(big)).toEqual({
      ok: false,
      message: `The file is 1.0 MB; a points file is at most 1 MB (${MAX_CSV_ROWS} points).`,
    });
  });

  it('a file that cannot be read gets a message', async () => {
    const broken = { size: 10, text: () => Promise.reject(new Error('NotReadableError')) };
    expect(await readCsvFile(broken as unknown as Blob)).toEqual({
      ok: false,
      message: 'The browser could not read the file; nothing was changed.',
    });
  });

  it('1,000 points and exactly the row limit are accepted', async () => {
    expect(parseCsv(rows(1000)).ok).toBe(true);
    expect((await readCsvFile(new Blob([rows(MAX_CSV_ROWS)]))).ok).toBe(true);
  });

  it('a data set with one class loads and trains to finite numbers', () => {
    const r = parseCsv(rows(40, () => 1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const points = r.points.map((p, i) => ({ ...p, test: i % 5 === 0 }));
    const run = new PlaygroundRun({ ...defaultConfig, dataset: 'own' }, points);
    for (let i = 0; i < 20; i++) run.stepEpoch();
    const m = run.evaluate(run.trainSet)!;
    expect(Number.isFinite(m.loss)).toBe(true);
    expect(m.accuracy).toBe(1);
    expect(run.diverged).toBeNull();
  });

  it('oneClassNote() says why a one-class file shows no boundary, and is silent for two classes', () => {
    expect(oneClassNote([{ y: 2 }, { y: 2 }, { y: 2 }])).toBe(
      'All 3 are class 2, so there is nothing to tell apart: the network can only learn to answer 2.',
    );
    expect(oneClassNote([{ y: 1 }, { y: 0 }])).toBeNull();
    expect(oneClassNote([])).toBeNull();
  });
});

describe('hand-edited playground links', () => {
  it.each([
    ['?pg.learningRate=1e6', /learning rate|learningRate/i],
    ['?pg.learningRate=NaN', /learning rate|learningRate/i],
    ['?pg.points=-5', /points/i],
    ['?pg.points=abc', /points/i],
    ['?pg.noise=1e400', /noise/i],
    ['?pg.layers=8-8-8-8-8-8-8-8-8-8', /hidden layers/i],
    ['?pg.layers=0', /hidden layers/i],
    ['?pg.features=', /features|input/i],
    ['?pg.batchSize=0', /batch/i],
    ['?pg.testShare=200', /test/i],
    ['?pg.own=%%%', /points|own/i],
    ['?pg.dataset=%E0%A4%A', /dataset/i],
  ])('%s falls back to a working setting with a message', (search, message) => {
    const { config, problems } = readConfig(search);
    expect(problems.join('\n')).toMatch(message);
    // What stands in is a config the playground can train with.
    const run = new PlaygroundRun(config, generatePoints(config));
    run.stepEpoch();
    expect(Number.isFinite(run.evaluate(run.trainSet)!.loss)).toBe(true);
  });
});

describe('numbers typed into a bounded field', () => {
  const range = { min: 0, max: 10, label: 'epochs' };
  it.each([
    ['', /Enter a number for epochs, between 0 and 10/],
    ['   ', /Enter a number/],
    ['ten', /“ten” is not a number/],
    ['NaN', /“NaN” is not a number/],
    ['Infinity', /“Infinity” is not a number/],
    ['1e6', /must be between 0 and 10; 1000000 is outside/],
    ['-1', /must be between 0 and 10; -1 is outside/],
    ['0x10', /must be between 0 and 10; 16 is outside/],
  ])('%j gets a message', (text, message) => {
    const r = parseBoundedNumber(text, range);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
  it.each([
    ['0', 0],
    ['10', 10],
    ['\u22120', -0],
    ['.5', 0.5],
  ])('%j at or inside the ends is accepted', (text, value) => {
    expect(parseBoundedNumber(text, range)).toEqual({ ok: true, value });
  });
});
