import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIGITS_ASSET_PATH, digitsAsset } from './digits-data.ts';

/**
 * Writes the handwritten digits (converted from the `mnist` package) into the built site at
 * `data/digits-v1.bin`, and serves the same bytes from the dev server. Generated, never committed:
 * the package is the source. Only the digit lab fetches the file, when a reader presses Train.
 */
export default function digitsAssetIntegration(): AstroIntegration {
  let asset: Uint8Array | null = null;
  const bytes = () => (asset ??= digitsAsset());
  return {
    name: 'neural-notebook:digits-asset',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (!req.url?.split('?')[0].endsWith(`/${DIGITS_ASSET_PATH}`)) return next();
          res.setHeader('Content-Type', 'application/octet-stream');
          res.end(bytes());
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const file = fileURLToPath(new URL(DIGITS_ASSET_PATH, dir));
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, bytes());
        logger.info(`wrote ${DIGITS_ASSET_PATH} (${(bytes().length / 1e6).toFixed(2)} MB)`);
      },
    },
  };
}
