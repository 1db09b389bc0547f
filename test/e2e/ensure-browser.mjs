// Before the browser tests: make sure a Chromium exists. Debian's /usr/bin/chromium (or
// CHROMIUM_PATH) is used when present; otherwise Playwright's own Chromium is installed.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
if (candidates.some((path) => existsSync(path))) process.exit(0);

console.log("No system Chromium found: installing Playwright's Chromium.");
execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
