import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { formatBytes, totalBytes } from '../offline/offline-build';
import { listOfflineFiles, offlineBuild, SERVICE_WORKER_FILE } from '../offline/offline-files';
import { webAppManifest, ICON_SIZES, iconPath } from '../offline/web-app-manifest';

const SIZE_SLOT = /(<span data-offline-size[^>]*>)[^<]*(<\/span>)/;

/** Writes this build's download size into the home page's "Make available offline" text. */
export function fillOfflineSize(html: string, bytes: number): string {
  return html.replace(
    SIZE_SLOT,
    (_all, open: string, close: string) => open + formatBytes(bytes) + close,
  );
}

/**
 * Makes the built site an installable app that works offline: writes the web app manifest and its
 * PNG icons (drawn from the logo), lists every file a reader needs with its size and revision,
 * states the total on the home page, and bundles the service worker (src/offline/service-worker.ts,
 * Workbox's routing and strategies) with that list inside. Runs last, after every other step has
 * written its files, so the list and the revisions are those of what is served.
 */
export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'neural-notebook:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const logo = await readFile(fileURLToPath(new URL('../assets/logo.svg', import.meta.url)));
        await mkdir(join(root, 'icons'), { recursive: true });
        for (const size of ICON_SIZES)
          await sharp(logo, { density: 72 * (size / 32) })
            .resize(size, size)
            .png()
            .toFile(join(root, iconPath(size)));
        await writeFile(join(root, 'manifest.webmanifest'), JSON.stringify(webAppManifest(base)));

        const home = join(root, 'index.html');
        const before = await listOfflineFiles(root);
        await writeFile(home, fillOfflineSize(await readFile(home, 'utf8'), totalBytes(before)));
        const offline = offlineBuild(await listOfflineFiles(root));

        const worker = await build({
          entryPoints: [fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url))],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2022',
          write: false,
          define: {
            OFFLINE_BUILD: JSON.stringify(offline),
            'process.env.NODE_ENV': '"production"',
          },
        });
        await writeFile(join(root, SERVICE_WORKER_FILE), worker.outputFiles[0].contents);
        logger.info(
          `service worker ${offline.version}: ${offline.files.length} files, ${formatBytes(totalBytes(offline.files))} offline`,
        );
      },
    },
  };
}
