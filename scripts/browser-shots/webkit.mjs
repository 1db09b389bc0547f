// WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver and the MiniBrowser it launches) through
// classic WebDriver, plain HTTP calls with fetch. WebKitGTK needs an X display, so each run starts
// its own Xvfb. MiniBrowser in full-screen mode has no toolbar, so the window size set through
// WebDriver is the viewport; GDK_SCALE sets the device pixel ratio and `--dark-mode` the system
// theme that `prefers-color-scheme` reports (Starlight follows it when no theme is stored).
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { boxSource, environmentSource, locateSource, settleSource } from './page-probe.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens WebKitGTK at one view and colour scheme; WebKitWebDriver listens on `port`. */
export async function openWebKit(view, scheme, port, display) {
  const xvfb = spawn(
    'Xvfb',
    [
      display,
      '-screen',
      '0',
      `${view.width * view.scale}x${view.height * view.scale}x24`,
      '-nolisten',
      'tcp',
    ],
    { stdio: 'ignore' },
  );
  await wait(800);
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display, GDK_SCALE: String(view.scale) },
    stdio: 'ignore',
  });
  const call = async (method, path, body) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}${path}`, {
          method,
          headers: { 'content-type': 'application/json' },
          body: body && JSON.stringify(body),
        });
        const { value } = await response.json();
        if (!response.ok) throw new Error(`${method} ${path}: ${value.error} ${value.message}`);
        return value;
      } catch (error) {
        // The driver takes a moment to listen after it starts.
        if (attempt > 20 || !/fetch failed/.test(error.message)) throw error;
        await wait(250);
      }
    }
  };
  const args = ['--automation', '--full-screen', ...(scheme === 'dark' ? ['--dark-mode'] : [])];
  const session = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } } },
  });
  const base = `/session/${session.sessionId}`;
  await call('POST', `${base}/window/rect`, { width: view.width, height: view.height });
  const execute = (body) =>
    call('POST', `${base}/execute/sync`, {
      script: `return (async () => { ${body} })()`,
      args: [],
    });
  return {
    name: 'WebKitGTK',
    version: session.capabilities.browserVersion,
    async goto(url) {
      await call('POST', `${base}/url`, { url });
      return execute(environmentSource);
    },
    async shoot(selector, index, file) {
      if (!(await execute(locateSource(selector, index)))) return false;
      await execute(settleSource);
      // WebKitGTK's element screenshot leaves all but the element's first ~100 px black (2.50.6),
      // so the picture is cropped from one of the whole viewport instead.
      const box = await execute(boxSource(selector, index));
      writeFileSync(file, Buffer.from(await call('GET', `${base}/screenshot`), 'base64'));
      const [x, y, width, height] = box.map((v) => Math.round(v * view.scale));
      execFileSync('convert', [file, '-crop', `${width}x${height}+${x}+${y}`, '+repage', file]);
      return true;
    },
    async close() {
      await call('DELETE', base).catch(() => {});
      driver.kill();
      xvfb.kill();
      await wait(300);
    },
  };
}
