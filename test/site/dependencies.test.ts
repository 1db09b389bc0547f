import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string }>;
};

describe('package-lock.json', () => {
  it('holds one Temml version, so build-time math matches the Temml stylesheet the site serves', () => {
    const versions = Object.entries(lock.packages)
      .filter(([path]) => path.endsWith('node_modules/temml'))
      .map(([, entry]) => entry.version);
    expect(new Set(versions).size).toBe(1);
  });
});
