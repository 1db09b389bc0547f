import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir` (a built site), at any depth. */
export function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}
