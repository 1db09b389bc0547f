import type Katex from 'katex';

/** The marks of Plot that the site uses (see plot.ts). */
export type PlotModule = typeof import('./plot');

/**
 * KaTeX and Plot are the two heavy libraries widgets use (about 77 KB and 84 KB gzipped). At build
 * time they are loaded up front, so each widget's first state is typeset and drawn into the page's
 * HTML and reads correctly before any script runs. In the browser they load only when a reader
 * first reaches for a widget (`loadHeavyLibs`); until then the build-time output stays in place.
 * Components read this state, so they re-render by themselves once the libraries arrive.
 */
export const heavy: { katex?: typeof Katex; plot?: PlotModule; document?: Document } = $state({});

if (import.meta.env.SSR) {
  const [katex, plot, { parseHTML }] = await Promise.all([
    import('katex'),
    import('./plot'),
    import('linkedom'),
  ]);
  heavy.katex = katex.default;
  heavy.plot = plot;
  heavy.document = parseHTML('<!doctype html><html><body></body></html>')
    .document as unknown as Document;
}

let loading: Promise<void> | undefined;

/** Loads KaTeX and Plot in the browser, once; later calls return the same promise. */
export function loadHeavyLibs(): Promise<void> {
  loading ??= Promise.all([import('katex'), import('./plot')]).then(([katex, plot]) => {
    heavy.katex = katex.default;
    heavy.plot = plot;
    heavy.document = document;
  });
  return loading;
}
