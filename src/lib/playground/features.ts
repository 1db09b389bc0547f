/**
 * The input features the network can be given, each computed from the point (x1, x2). The
 * network's inputs are the chosen features in this order, so input x_k is the k-th chosen one.
 */
export const featureNames = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type FeatureName = (typeof featureNames)[number];

/** How each feature is written, in text and in LaTeX. */
export const featureLabels: Record<FeatureName, { text: string; latex: string }> = {
  x1: { text: 'x1', latex: 'x_1' },
  x2: { text: 'x2', latex: 'x_2' },
  x1sq: { text: 'x1²', latex: 'x_1^2' },
  x2sq: { text: 'x2²', latex: 'x_2^2' },
  x1x2: { text: 'x1·x2', latex: 'x_1 x_2' },
  sinx1: { text: 'sin x1', latex: '\\sin x_1' },
  sinx2: { text: 'sin x2', latex: '\\sin x_2' },
};

/** The JavaScript expression of each feature, for generated code. */
export const featureCode: Record<FeatureName, string> = {
  x1: 'x1',
  x2: 'x2',
  x1sq: 'x1 * x1',
  x2sq: 'x2 * x2',
  x1x2: 'x1 * x2',
  sinx1: 'Math.sin(x1)',
  sinx2: 'Math.sin(x2)',
};

function feature(name: FeatureName, x1: number, x2: number): number {
  switch (name) {
    case 'x1':
      return x1;
    case 'x2':
      return x2;
    case 'x1sq':
      return x1 * x1;
    case 'x2sq':
      return x2 * x2;
    case 'x1x2':
      return x1 * x2;
    case 'sinx1':
      return Math.sin(x1);
    case 'sinx2':
      return Math.sin(x2);
  }
}

/** Writes the chosen features of (x1, x2) into `out`, allocating nothing (the heat maps call this per pixel). */
export function featurizeInto(
  features: readonly FeatureName[],
  x1: number,
  x2: number,
  out: Float64Array,
): Float64Array {
  for (let i = 0; i < features.length; i++) out[i] = feature(features[i], x1, x2);
  return out;
}

/** The chosen features of (x1, x2) as a new array. */
export function featurize(features: readonly FeatureName[], x1: number, x2: number): number[] {
  return features.map((f) => feature(f, x1, x2));
}
