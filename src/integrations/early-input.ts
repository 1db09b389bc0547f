import type { AstroIntegration } from 'astro';
import ts from 'typescript';
import { installEarlyInput } from '../lib/early-input/install-early-input';

/**
 * The inline script that runs `installEarlyInput` in a page's head: its own source, without
 * comments or indentation, since every page ships it.
 */
export function earlyInputScript(): string {
  const source = `(${installEarlyInput.toString()})();`;
  const js = ts.transpileModule(source, {
    compilerOptions: { removeComments: true, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return js.replace(/^\s+/gm, '').trim();
}

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
