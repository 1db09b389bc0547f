import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Deno from the project's `deno` devDependency (`npm ci` brings it). */
export const DENO = resolve('node_modules/.bin/deno');

/**
 * Registers Deno's Jupyter kernel for this checkout's Deno (`deno jupyter --install --force` writes a
 * kernelspec pointing at it; offline, and the same on every call).
 */
export async function installDenoKernel(): Promise<void> {
  await run(DENO, ['jupyter', '--install', '--force'], { env: { ...process.env, NO_COLOR: '1' } });
}

/** A fresh Deno cache, so a kernel fetches the served engine, never an older cached copy. */
export const freshDenoDir = () => mkdtempSync(join(tmpdir(), 'nn-deno-'));

/**
 * The Python that runs Jupyter: the interpreter `jupyter` itself starts with (Debian's
 * /usr/bin/python3 holds nbformat and jupyter_client; another python3 earlier on PATH may not).
 */
const JUPYTER_PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const RUN_NOTEBOOK = resolve('test/built/run-notebook.py');

/**
 * Executes a notebook's code cells in Deno's kernel (run-notebook.py: each output filed under the
 * cell whose request produced it, as JupyterLab does, where nbconvert drops the outputs Deno's
 * kernel sends after its "idle" status) and writes the executed copy to `output`. A cell that
 * throws stops the run and fails it.
 */
export async function executeNotebook(
  input: string,
  output: string,
  denoDir: string,
): Promise<{ ok: boolean; log: string }> {
  try {
    const { stderr } = await run(JUPYTER_PYTHON, [RUN_NOTEBOOK, 'deno', input, output, '300'], {
      env: { ...process.env, DENO_DIR: denoDir, NO_COLOR: '1' },
      maxBuffer: 1 << 26,
    });
    return { ok: true, log: stderr };
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return { ok: false, log: e.stderr || e.message };
  }
}
