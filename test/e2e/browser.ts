import { existsSync } from 'node:fs';

/**
 * The Chromium to drive: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when present,
 * else undefined, which tells Playwright to use its own browser (test/e2e/ensure-browser.mjs
 * installs it when neither is there).
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
}

/** Flags that keep a headless Chromium from reaching for the network on its own. */
export const quietChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
