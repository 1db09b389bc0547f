import { compileCell, CellSyntaxError, type CompiledCell } from '../lib/code/compile-cell';
import { toDisplay } from './display';
import { cellHelpers } from './cell-helpers';
import { cellTrain, type TrainControl } from './cell-train';
import type { CellOutput } from './outputs';

type Emit = (output: CellOutput) => void;
type CellFunction = (scope: Record<string, unknown>) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => CellFunction;

/** A notebook kernel: cells run in the order given, sharing one scope. */
export interface Kernel {
  /** Runs one cell, sending its outputs to `emit`; resolves to false if it failed. */
  run(source: string, emit: Emit): Promise<boolean>;
  /** The shared scope: the engine's API, the output helpers, and what cells declared. */
  readonly scope: Record<string, unknown>;
}

/**
 * How many lines the JavaScript engine puts before a function body made with `AsyncFunction`
 * (two in V8: the header and the parameter list). Measured, not assumed, so that error lines
 * are right in every browser.
 */
async function measureBodyOffset(): Promise<number> {
  try {
    await new AsyncFunction('throw new Error("probe")\n//# sourceURL=nn-probe.js')({});
  } catch (error) {
    const match = /nn-probe\.js:(\d+)/.exec(String((error as Error).stack));
    if (match) return Number(match[1]) - 1;
  }
  return 0;
}

/** The cell line and column a runtime error came from, read from its stack. */
function errorPosition(
  error: unknown,
  url: string,
  offset: number,
): { line?: number; column?: number } {
  const stack = String((error as Error)?.stack ?? '');
  const match = new RegExp(`${url.replace('.', '\\.')}:(\\d+):(\\d+)`).exec(stack);
  return match ? { line: Number(match[1]) - offset, column: Number(match[2]) } : {};
}

/** Creates a kernel whose scope holds `api` (the engine), the output helpers and a sliced `train`. */
export function createKernel(api: Record<string, unknown>, control: TrainControl): Kernel {
  let emitCurrent: Emit = () => {};
  const helpers = cellHelpers((output) => emitCurrent(output));
  const scope: Record<string, unknown> = {
    ...api,
    ...helpers,
    train: cellTrain(control, (text) => helpers.console.warn(text)),
  };
  let runs = 0;
  let offset: number | undefined;

  return {
    scope,
    async run(source, emit) {
      emitCurrent = emit;
      offset ??= await measureBodyOffset();
      const url = `nn-cell-${++runs}.js`;
      let compiled: CompiledCell | undefined;
      try {
        compiled = compileCell(source, Object.keys(scope));
        const cell = new AsyncFunction('__scope', `${compiled.body}\n//# sourceURL=${url}`);
        const value = await cell(scope);
        if (compiled.displaysLastValue && value !== undefined)
          emit({ kind: 'value', display: toDisplay(value) });
        return true;
      } catch (error) {
        const e = error instanceof Error ? error : new Error(String(error));
        const where =
          error instanceof CellSyntaxError
            ? { line: error.line, column: error.column }
            : errorPosition(error, url, offset);
        if (compiled && where.line && where.column)
          where.column = compiled.sourceColumn(where.line, where.column);
        const message =
          error instanceof CellSyntaxError
            ? e.message.replace(/ \(line \d+, column \d+\)$/, '')
            : e.message;
        emit({ kind: 'error', name: e.name, message, ...where });
        return false;
      } finally {
        emitCurrent = () => {};
      }
    },
  };
}
