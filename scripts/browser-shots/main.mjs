// `npm run shots:browsers`: photographs one sample of every formula style (samples.mjs) in
// Chromium, Firefox ESR and WebKitGTK, at 1280 px (a laptop or a projector) and at 390 px (a phone,
// two device pixels a CSS pixel), light and dark, and puts the three browsers side by side in one
// sheet per sample and width. Builds nothing: run `npm run build` first; it serves `dist/` with
// scripts/static-server.mjs. Not part of `npm test` (it needs browsers the tests do not).
//
// How each browser is driven (Playwright's own Firefox and WebKit builds need a download):
// - Chromium: Playwright with /usr/bin/chromium (or CHROMIUM_PATH), `colorScheme` for the theme.
// - Firefox: `firefox-esr --headless --remote-debugging-port`, driven over WebDriver BiDi with
//   Node's WebSocket; a throwaway profile per run sets `ui.systemUsesDarkTheme`.
// - WebKit: WebKitWebDriver (Debian's webkit2gtk-driver) over classic WebDriver HTTP, launching
//   WebKitGTK's MiniBrowser full screen in its own Xvfb, `--dark-mode` for the theme.
// Every browser finds the same element by selector, scrolls it to the middle, waits for the fonts
// and takes an element screenshot. No theme is stored, so Starlight follows the system theme.
// The sheets are composed with ImageMagick's `montage`.
//
// Needs: apt-get install firefox-esr webkit2gtk-driver xvfb imagemagick.
// Environment: OUT (default /tmp/browser-shots), SITE (the built site, default dist), BROWSERS (chromium,firefox,webkit), SAMPLES (ids),
// VIEWS (desktop,phone), SHOTS_PORT (default 4840: the site; the next port drives a browser),
// SHOTS_DISPLAY (default :84, Xvfb's display for WebKit).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../static-server.mjs';
import { openChromium } from './chromium.mjs';
import { openFirefox } from './firefox.mjs';
import { openWebKit } from './webkit.mjs';
import { samples } from './samples.mjs';

const VIEWS = {
  desktop: { width: 1280, height: 800, scale: 1 },
  phone: { width: 390, height: 844, scale: 2 },
};
const SCHEMES = ['light', 'dark'];
const list = (name, all) => (process.env[name] ? process.env[name].split(',') : all);

const out = process.env.OUT ?? '/tmp/browser-shots';
const siteDir = process.env.SITE ?? 'dist';
const port = Number(process.env.SHOTS_PORT ?? 4840);
const display = process.env.SHOTS_DISPLAY ?? ':84';
const openers = {
  chromium: (view, scheme) => openChromium(view, scheme),
  firefox: (view, scheme) => openFirefox(view, scheme, port + 1),
  webkit: (view, scheme) => openWebKit(view, scheme, port + 1, display),
};
const browsers = list('BROWSERS', Object.keys(openers));
const views = list('VIEWS', Object.keys(VIEWS));
const chosen = samples.filter((s) => list('SAMPLES', [s.id]).includes(s.id));

if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`No site in ${siteDir}/: run \`npm run build\` first.`);
  process.exit(2);
}
const server = await serveStatic(siteDir, port);
const site = `http://127.0.0.1:${port}/`;
const shotPath = (browser, view, scheme, id) =>
  join(out, 'shots', browser, `${view}-${scheme}`, `${id}.png`);
const versionFile = (browser) => join(out, 'shots', browser, 'version.txt');
let missing = 0;

try {
  for (const browser of browsers) {
    for (const view of views) {
      for (const scheme of SCHEMES) {
        mkdirSync(join(out, 'shots', browser, `${view}-${scheme}`), { recursive: true });
        const session = await openers[browser](VIEWS[view], scheme);
        writeFileSync(versionFile(browser), `${session.name} ${session.version}`);
        try {
          for (const [i, sample] of chosen.entries()) {
            const seen = await session.goto(site + sample.page);
            if (i === 0) console.log(`${browser} ${view} ${scheme}: ${seen}`);
            const file = shotPath(browser, view, scheme, sample.id);
            if (!(await session.shoot(sample.selector, sample.index, file))) {
              console.error(
                `  ${sample.id}: no element ${sample.selector} [${sample.index}] on ${sample.page}`,
              );
              rmSync(file, { force: true });
              missing++;
            }
          }
        } finally {
          await session.close();
        }
      }
    }
  }
} finally {
  server.close();
}

// A sheet holds every browser photographed so far into OUT, so BROWSERS=x re-shoots one of them.
const shown = Object.keys(openers).filter((browser) => existsSync(versionFile(browser)));
const versions = Object.fromEntries(shown.map((b) => [b, readFileSync(versionFile(b), 'utf8')]));
mkdirSync(join(out, 'sheets'), { recursive: true });
for (const sample of chosen) {
  for (const view of views) {
    const cells = SCHEMES.flatMap((scheme) =>
      shown.flatMap((browser) => {
        const file = shotPath(browser, view, scheme, sample.id);
        return existsSync(file) ? ['-label', `${versions[browser]}, ${scheme}`, file] : [];
      }),
    );
    if (!cells.length) continue;
    const sheet = join(out, 'sheets', `${sample.id}-${view}.png`);
    execFileSync('montage', [
      ...['-title', `${sample.what} (${sample.page}, ${VIEWS[view].width} px)`],
      ...['-background', '#9a9a9a', '-fill', 'black', '-pointsize', '15'],
      ...cells,
      ...['-tile', `${shown.length}x${SCHEMES.length}`, '-geometry', '+10+10', sheet],
    ]);
    console.log(sheet);
  }
}
console.log(Object.values(versions).join('; '));
process.exit(missing ? 1 : 0);
