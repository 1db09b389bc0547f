import type { TemmlModule } from './math-markup';

/** The marks of Plot that the site uses (see plot.ts). */
export type PlotModule = typeof import('./plot');

/**
 * Temml and Plot are the two heavy libraries widgets use (Temml turns LaTeX into MathML). At build
 * time they are loaded up front, so each widget's first state is typeset and drawn into the page's
 * HTML and reads correctly before any script runs. In the browser they load only when a reader
 * first reaches for a widget (`loadHeavyLibs`); until then the build-time output stays in place.
 * Components read this state, so they re-render by themselves once the libraries arrive.
 */
export const heavy: { temml?: TemmlModule; plot?: PlotModule; document?: Document } = $state({});

if (import.meta.env.SSR) {
  const [temml, plot, { parseHTML }] = await Promise.all([
    import('temml'),
    import('./plot'),
    import('linkedom'),
  ]);
  heavy.temml = temml.default;
  heavy.plot = plot;
  heavy.document = parseHTML('<!doctype html><html><body></body></html>')
    .document as unknown as Document;
}

let loading: Promise<void> | undefined;

/** Loads Temml and Plot in the browser, once; later calls return the same promise. */
export function loadHeavyLibs(): Promise<void> {
  loading ??= Promise.all([import('temml'), import('./plot')]).then(([temml, plot]) => {
    heavy.temml = temml.default;
    heavy.plot = plot;
    heavy.document = document;
  });
  return loading;
}
