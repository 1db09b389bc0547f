import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PLACEHOLDER = 'neural-notebook.example';

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

describe.each(['dist', 'dist-sub-path'])('%s/', (dir) => {
  it(`has no placeholder address (${PLACEHOLDER}) in any file`, () => {
    const found = [...files(dir)].filter((file) =>
      readFileSync(file).includes(Buffer.from(PLACEHOLDER)),
    );
    expect(found).toEqual([]);
  });
});
