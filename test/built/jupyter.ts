import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
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
 * Executes a notebook with `jupyter nbconvert --to notebook --execute` (no `--allow-errors`, so a
 * cell that throws fails the run) and writes the executed copy to `output`.
 */
export async function executeNotebook(
  input: string,
  output: string,
  denoDir: string,
): Promise<{ ok: boolean; log: string }> {
  try {
    const { stderr } = await run(
      'jupyter',
      [
        'nbconvert',
        '--to',
        'notebook',
        '--execute',
        '--ExecutePreprocessor.kernel_name=deno',
        '--ExecutePreprocessor.timeout=300',
        // nbclient waits 4 s by default for a cell's outputs after the kernel replies, then drops
        // the ones still on their way without a word: a busy machine lost a lesson's displayed
        // value that way. Wait longer, and fail loudly if outputs are still missing.
        '--ExecutePreprocessor.iopub_timeout=60',
        '--ExecutePreprocessor.raise_on_iopub_timeout=True',
        '--output-dir',
        dirname(output),
        '--output',
        basename(output),
        input,
      ],
      { env: { ...process.env, DENO_DIR: denoDir, NO_COLOR: '1' }, maxBuffer: 1 << 26 },
    );
    return { ok: true, log: stderr };
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return { ok: false, log: e.stderr || e.message };
  }
}
