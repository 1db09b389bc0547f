import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Serves `root` as a static host does, reading each file when asked (so a changed file shows). */
function serveFolder(root: string, port: number): Promise<Server> {
  const server = createServer(async (request, response) => {
    let file = normalize(
      join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)),
    );
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    let status = 200;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      status = 404;
    }
    if (status === 404) return void response.writeHead(404).end('Not found');
    response.writeHead(status, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    response.end(await readFile(file));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/**
 * A copy of a build served on its own port, that a test can take off the network (the server
 * stops: nothing answers, as with no network at all) and give a new version (a changed sw.js, as
 * a new build's is). Its own copy, so changing it never touches the build other specs read.
 */
export async function servedCopy(outDir: string, base: string, port: number) {
  const root = mkdtempSync(join(tmpdir(), 'nn-offline-'));
  cpSync(outDir, join(root, base), { recursive: true });
  let server: Server | null = await serveFolder(root, port);
  const origin = `http://127.0.0.1:${port}`;
  return {
    /** The address of a path below the base (`lessons/the-neuron/`). */
    url: (path = '') => `${origin}${base}${path.replace(/^\//, '')}`,
    origin,
    /** Stops answering: every request fails as it would without a network. */
    stop() {
      server?.closeAllConnections();
      server?.close();
      server = null;
    },
    /** Makes the served worker differ from the one installed, as a new build's does. */
    publishNewVersion() {
      appendFileSync(join(root, base, 'sw.js'), `\n// version ${Date.now()}\n`);
    },
    dispose() {
      this.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
