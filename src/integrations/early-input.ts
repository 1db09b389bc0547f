import type { AstroIntegration } from 'astro';
import { earlyInputScript } from '../lib/early-input/install-early-input';

/**
 * Puts the early-input script (src/lib/early-input/) inline in the head of every page, so that it
 * listens before any island's HTML is parsed: input given to a widget before its script has run
 * is kept and replayed once the widget hydrates. The CSP integration allows it by its hash.
 */
export default function earlyInput(): AstroIntegration {
  return {
    name: 'neural-notebook:early-input',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('head-inline', earlyInputScript());
      },
    },
  };
}
