// Firefox ESR (Debian's firefox-esr) without geckodriver: Firefox speaks WebDriver BiDi itself
// (`--remote-debugging-port`), so a few JSON messages over Node's WebSocket drive it. Each run gets
// a throwaway profile whose user.js sets the system theme (`ui.systemUsesDarkTheme`): Starlight
// follows `prefers-color-scheme` when no theme is stored, as on a reader's first visit.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { environmentSource, locateSource, settleSource } from './page-probe.mjs';

const asyncBody = (body) => `(async () => { ${body} })()`;

/** Opens Firefox ESR headless at one view and colour scheme, on `port` for WebDriver BiDi. */
export async function openFirefox(view, scheme, port) {
  const profile = mkdtempSync(join(tmpdir(), 'browser-shots-firefox-'));
  const prefs = {
    'ui.systemUsesDarkTheme': scheme === 'dark' ? 1 : 0,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'browser.startup.homepage_override.mstone': 'ignore',
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});\n`)
      .join(''),
  );
  const binary = process.env.FIREFOX_PATH ?? 'firefox-esr';
  const child = spawn(
    binary,
    ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${port}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stderr.on('data', (data) => /WebDriver BiDi listening/.test(data) && resolve());
  });
  const socket = new WebSocket(`ws://127.0.0.1:${port}/session`);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  const pending = new Map();
  let lastId = 0;
  socket.onmessage = (event) => {
    const message = JSON.parse(event.data);
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  };
  const send = (method, params) =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, (m) =>
        m.type === 'success' ? resolve(m.result) : reject(new Error(`${method}: ${m.message}`)),
      );
      socket.send(JSON.stringify({ id, method, params }));
    });
  const session = await send('session.new', { capabilities: {} });
  const context = (await send('browsingContext.getTree', {})).contexts[0].context;
  await send('browsingContext.setViewport', {
    context,
    viewport: { width: view.width, height: view.height },
    devicePixelRatio: view.scale,
  });
  const evaluate = (body) =>
    send('script.evaluate', {
      target: { context },
      expression: asyncBody(body),
      awaitPromise: true,
    });
  return {
    name: 'Firefox',
    version: session.capabilities.browserVersion,
    async goto(url) {
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
      return (await evaluate(environmentSource)).result.value;
    },
    async shoot(selector, index, file) {
      const found = await evaluate(locateSource(selector, index));
      if (found.result.type !== 'node') return false;
      await evaluate(settleSource);
      const { data } = await send('browsingContext.captureScreenshot', {
        context,
        clip: { type: 'element', element: { sharedId: found.result.sharedId } },
      });
      writeFileSync(file, Buffer.from(data, 'base64'));
      return true;
    },
    async close() {
      await send('session.end', {}).catch(() => {});
      socket.close();
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
