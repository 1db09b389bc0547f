import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildEngine } from '../../scripts/build-engine.mjs';
import { ENGINE_PATH } from '../notebook/engine-address';

/**
 * Serves the engine as the npm package builds it, at a stable versioned address
 * (`/engine/v1/neural-notebook.js`, `/engine/v1/notebook.js`, with their `.d.ts` types), so an
 * exported notebook run in Jupyter imports it by URL.
 */
export default function engineBundle(): AstroIntegration {
  return {
    name: 'neural-notebook:engine-bundle',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildEngine(fileURLToPath(new URL(ENGINE_PATH, dir)));
        logger.info(`the engine package is served at ${ENGINE_PATH}`);
      },
    },
  };
}
