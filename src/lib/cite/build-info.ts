import { execFileSync } from 'node:child_process';
import pkg from '../../../package.json';

/** What a built page says about the build it came from: the course version, the commit, the day. */
export interface BuildInfo {
  /** The course's version, `version` in package.json (the CHANGELOG's newest entry). */
  version: string;
  /** The short commit hash the site was built from, or null outside a git checkout. */
  commit: string | null;
  /** The build's day, YYYY-MM-DD (UTC); SOURCE_DATE_EPOCH fixes it for reproducible builds. */
  date: string;
}

function readCommit(): string | null {
  if (process.env.COMMIT_SHA) return process.env.COMMIT_SHA.slice(0, 12);
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // A tarball of the sources has no history: the footer then says so rather than inventing one.
    return null;
  }
}

function buildDay(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const at = epoch ? new Date(Number(epoch) * 1000) : new Date();
  if (Number.isNaN(at.getTime()))
    throw new Error(`SOURCE_DATE_EPOCH is not a number of seconds: ${epoch}`);
  return at.toISOString().slice(0, 10);
}

let cached: BuildInfo | undefined;

/** Read once per build: every page of one build names the same version, commit and day. */
export function buildInfo(): BuildInfo {
  cached ??= {
    version: pkg.version,
    commit: readCommit(),
    date: buildDay(),
  };
  return cached;
}
