import {
  LEAKY_RELU_SLOPE,
  activations,
  gradientLabel,
  label,
  type ActivationDerivativeStep,
  type ActivationName,
  type ActivationStep,
} from '../../../engine/index.ts';

/**
 * The engine's step records for a = f(z) and da/dz = f'(z) at one z, with f and f' evaluated by
 * the engine's `activations[name].f` / `.df`. The engine emits these two kinds inside a network's
 * forward and backward passes but has no call for a lone activation, so this builds the same
 * records with the same labels; `toLatex` / `toText` render them as everywhere else.
 */
export function activationSteps(
  name: ActivationName,
  z: number,
): [ActivationStep, ActivationDerivativeStep] {
  const act = activations[name];
  const zLabel = label('z');
  const aLabel = label('a');
  const activation = { name: act.name, symbol: act.symbol, textSymbol: act.textSymbol };
  return [
    {
      kind: 'activation',
      output: aLabel,
      activation,
      input: { label: zLabel, value: z },
      result: act.f(z),
    },
    {
      kind: 'activationDerivative',
      output: gradientLabel(zLabel, aLabel),
      activation,
      input: { label: zLabel, value: z },
      result: act.df(z),
    },
  ];
}

/** Where an activation has no derivative: the step's jump and the ReLUs' corner, all at z = 0. */
export type NoDerivative = { kind: 'jump' | 'corner'; note: string } | null;

/**
 * Whether f has a derivative at z and, where it has none, what the engine uses instead: the
 * explorer says so rather than showing the engine's convention as the slope.
 */
export function noDerivativeAt(name: ActivationName, z: number): NoDerivative {
  if (z !== 0) return null;
  if (name === 'step')
    return {
      kind: 'jump',
      note: 'At z = 0 the step jumps from 0 to 1, so it has no slope there; the engine uses 0, its slope everywhere else.',
    };
  if (name === 'relu')
    return {
      kind: 'corner',
      note: 'At z = 0 ReLU has a corner (slope 0 on the left, 1 on the right), so no derivative; the engine takes 0 there, as most libraries do.',
    };
  if (name === 'leakyRelu')
    return {
      kind: 'corner',
      note: `At z = 0 leaky ReLU has a corner (slope ${LEAKY_RELU_SLOPE} on the left, 1 on the right), so no derivative; the engine takes ${LEAKY_RELU_SLOPE} there.`,
    };
  return null;
}

/** The chart's horizontal layout, shared by the drawing and the pointer-to-z mapping. */
export interface ChartXLayout {
  width: number;
  marginLeft: number;
  marginRight: number;
  domain: readonly [number, number];
}

/**
 * The z under a pointer at `fraction` (0 = left edge, 1 = right edge) of a chart drawn with this
 * layout, clamped to the domain and rounded to the slider's step, so a click and the slider agree.
 */
export function zAtFraction(fraction: number, layout: ChartXLayout, step: number): number {
  const { width, marginLeft, marginRight, domain } = layout;
  const t = (fraction * width - marginLeft) / (width - marginLeft - marginRight);
  const z = domain[0] + Math.min(1, Math.max(0, t)) * (domain[1] - domain[0]);
  // Round on a grid of `step` and strip float noise (0.30000000000000004) so fields show "0.3".
  return Number((Math.round(z / step) * step).toFixed(10));
}
