import {
  accuracy,
  argMax,
  confusionMatrix,
  type DigitsData,
  type Network,
} from '../../../engine/index.ts';

/** A test digit the network gets wrong. */
export interface Mistake {
  /** Index in the test set. */
  index: number;
  label: number;
  guess: number;
  /** Its probability for the guess. */
  confidence: number;
  /** 784 pixels in [0, 1]. */
  pixels: number[];
}

/** How many wrongly read test digits the lab shows. */
export const MISTAKES_SHOWN = 12;

/**
 * The network's results on the 2,000 test digits: its accuracy and, when `full`, the confusion
 * matrix and the first test digits it reads wrong, with its guess and how sure it was.
 */
export function testReport(
  net: Network,
  data: DigitsData,
  full = true,
): { accuracy: number; confusion: number[][]; mistakes: Mistake[] } {
  if (!full) return { accuracy: accuracy(net, data.test), confusion: [], mistakes: [] };
  const matrix = confusionMatrix(net, data.test);
  const mistakes: Mistake[] = [];
  const out = new Float64Array(10);
  for (let i = 0; i < data.test.inputs.length && mistakes.length < MISTAKES_SHOWN; i++) {
    net.predictInto(data.test.inputs[i], out);
    const guess = argMax(out);
    const label = data.testLabels[i];
    if (guess !== label) {
      mistakes.push({
        index: i,
        label,
        guess,
        confidence: out[guess],
        pixels: data.test.inputs[i],
      });
    }
  }
  return { accuracy: matrix.accuracy, confusion: matrix.counts, mistakes };
}
