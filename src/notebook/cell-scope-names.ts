import * as engine from '../../engine/index.ts';

/** The names a cell can use without an import: the engine's API and the notebook's output helpers. */
export function cellScopeNames(): string[] {
  const helpers = [
    'console',
    'plot',
    'plotLoss',
    'plotBoundary',
    'table',
    'show',
    'graph',
    'train',
  ];
  return [...new Set([...Object.keys(engine), ...helpers])].sort();
}
