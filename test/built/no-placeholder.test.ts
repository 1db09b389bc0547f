import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './built-files';

const PLACEHOLDER = 'neural-notebook.example';

describe.each(['dist', 'dist-sub-path'])('%s/', (dir) => {
  it(`has no placeholder address (${PLACEHOLDER}) in any file`, () => {
    const found = [...filesUnder(dir)].filter((file) =>
      readFileSync(file).includes(Buffer.from(PLACEHOLDER)),
    );
    expect(found).toEqual([]);
  });
});
