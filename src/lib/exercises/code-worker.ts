/// <reference lib="webworker" />
import * as engine from '../../../engine/index.ts';
import { compileCell } from '../code/compile-cell';
import { isCodeCheck, runCodeCheck, type CodeVerdict } from './code-checks';

/**
 * Runs a reader's exercise code off the page, in a module worker: the page stays responsive and
 * can terminate code that never ends. The code is compiled as a notebook cell (TypeScript allowed,
 * the engine in scope) and its last expression, the reader's function, is checked.
 */
type CellFunction = (scope: Record<string, unknown>) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => CellFunction;

self.addEventListener('message', async (event: MessageEvent<{ check: string; source: string }>) => {
  const { check, source } = event.data;
  let verdict: CodeVerdict;
  try {
    if (!isCodeCheck(check)) throw new Error(`no check named ${check}`);
    const scope: Record<string, unknown> = { ...engine };
    const compiled = compileCell(source, Object.keys(scope));
    const fn = await new AsyncFunction('__scope', compiled.body)(scope);
    verdict = runCodeCheck(check, fn);
  } catch (error) {
    verdict = {
      kind: 'invalid',
      message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(verdict);
});
