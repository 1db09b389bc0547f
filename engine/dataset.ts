import { checkVector, describe, fail } from './errors.ts';

/** Samples and their targets: inputs[i] goes with targets[i]; targets are arrays even for one output. */
export interface Dataset {
  inputs: number[][];
  targets: number[][];
}

/** Checks a dataset's shape and numbers; sizes are checked when given. */
export function checkDataset(
  where: string,
  data: Dataset,
  inputSize?: number,
  outputSize?: number,
): void {
  if (
    data === null ||
    typeof data !== 'object' ||
    !Array.isArray(data.inputs) ||
    !Array.isArray(data.targets)
  ) {
    fail(where, `expected a dataset { inputs, targets } of arrays, got ${describe(data)}`);
  }
  if (data.inputs.length === 0) fail(where, 'expected a dataset with at least one sample, got 0');
  if (data.inputs.length !== data.targets.length) {
    fail(
      where,
      `expected one target per input, got ${data.inputs.length} inputs and ${data.targets.length} targets`,
    );
  }
  const nIn = inputSize ?? data.inputs[0]?.length;
  const nOut = outputSize ?? data.targets[0]?.length;
  for (let i = 0; i < data.inputs.length; i++) {
    checkVector(
      where,
      `inputs of sample ${i}`,
      data.inputs[i],
      nIn,
      inputSize === undefined ? '' : ' (the size of the input layer)',
    );
    checkVector(
      where,
      `targets of sample ${i}`,
      data.targets[i],
      nOut,
      outputSize === undefined ? '' : ' (the size of the output layer)',
    );
  }
}

/** Copies a dataset into flat Float64Arrays, row after row, for the fast path. */
export function flatten(data: Dataset): { x: Float64Array; y: Float64Array } {
  const nIn = data.inputs[0].length;
  const nOut = data.targets[0].length;
  const x = new Float64Array(data.inputs.length * nIn);
  const y = new Float64Array(data.inputs.length * nOut);
  data.inputs.forEach((row, i) => x.set(row, i * nIn));
  data.targets.forEach((row, i) => y.set(row, i * nOut));
  return { x, y };
}
