/**
 * The names a notebook cell uses without an import on the site (the engine's API and the output
 * helpers, as `cellScopeNames()` lists them, but `console`, which Jupyter has), written out here
 * so that the page exporting a notebook does not load the engine to list them. A unit test holds
 * this list equal to the engine's exports.
 */
export const NOTEBOOK_IMPORT_NAMES = [
  'BCE_EPSILON',
  'DIGIT_LEVELS',
  'DIGIT_SIDE',
  'LEAKY_RELU_SLOPE',
  'Value',
  'accuracy',
  'activationNames',
  'activations',
  'argMax',
  'classifiedRight',
  'confusionMatrix',
  'createOptimizer',
  'createRng',
  'createTrainer',
  'datasets',
  'decodeDigits',
  'displayValue',
  'encodeDigits',
  'evaluate',
  'exactTitle',
  'formatLatexNumber',
  'formatNumber',
  'gates',
  'getActivation',
  'getLoss',
  'gradientCheck',
  'gradientLabel',
  'graph',
  'graphOf',
  'initNames',
  'isRoundingNoise',
  'label',
  'layerGradients',
  'learningRateAt',
  'lossNames',
  'losses',
  'mlp',
  'networkFromJSON',
  'neuron',
  'oneHot',
  'optimizerNames',
  'parameters',
  'passCost',
  'perceptronStep',
  'plot',
  'plotBoundary',
  'plotLoss',
  'regularizationGradient',
  'regularizationNames',
  'regularizationPenalty',
  'regularizations',
  'scheduleNames',
  'setDigitsSource',
  'show',
  'softmax',
  'softmaxActivation',
  'splitTrainTest',
  'table',
  'toLatex',
  'toText',
  'train',
  'trainPerceptron',
  'trainWithValidation',
  'updatesPerEpoch',
  'valueLoss',
  'valueNetwork',
] as const;

/** The id of a notebook's first code cell, the one that imports the engine. */
export const IMPORT_CELL_ID = 'nn-import';

/** The first code cell of an exported notebook: every name the site's cells have, imported from `moduleUrl`. */
export function importCellSource(moduleUrl: string): string {
  const lines: string[] = [];
  let line = ' ';
  for (const name of NOTEBOOK_IMPORT_NAMES) {
    if (line.length + name.length + 2 > 98) {
      lines.push(line.trimEnd());
      line = ' ';
    }
    line += ` ${name},`;
  }
  lines.push(line.trimEnd());
  return (
    "// The course's engine and output helpers, from the site (on the site every cell has them).\n" +
    `import {\n${lines.join('\n')}\n} from '${moduleUrl}';`
  );
}

/** True for the code of an import cell written by `importCellSource` (any site, any version). */
export function isImportCell(source: string): boolean {
  return /^(\s*\/\/[^\n]*\n)*\s*import\s*\{[^}]*\}\s*from\s*['"][^'"]*\/engine\/v\d+\/notebook\.js['"];?\s*$/.test(
    source,
  );
}
