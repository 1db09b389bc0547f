/**
 * A widget's state in the page URL, as readable query parameters namespaced by the widget's id:
 * `?neuron.w1=0.5&neuron.activation=relu`. Reading never trusts the link: each value is checked
 * against the widget's schema, and a bad one falls back to the default with a message that says
 * what was wrong. No value from the URL is ever used unchecked or inserted as markup.
 */
export type FieldSpec =
  | { type: 'number'; min: number; max: number; label: string; integer?: boolean }
  | { type: 'choice'; values: readonly string[]; label: string }
  /** A training history, `rate x count` runs joined by commas (see run-segments.ts). */
  | { type: 'runs'; rate: { min: number; max: number }; maxTotal: number; label: string }
  /**
   * Any other compact text (a list of updates, say): at most `maxLength` characters, and `check`
   * says in a few words what is wrong with it, or returns null when the widget can use it. `check`
   * is given the state read so far (the fields before this one in the schema as the link has them,
   * checked; the rest at their defaults), since what a value may be can depend on another: the
   * groups that can be open depend on the network chosen.
   */
  | {
      type: 'text';
      maxLength: number;
      check: (raw: string, before: Readonly<Record<string, string | number>>) => string | null;
      label: string;
    };

export type Schema = Record<string, FieldSpec>;
export type StateOf<S extends Schema> = {
  [K in keyof S]: S[K] extends { type: 'number' } ? number : string;
};

import { parseRuns } from './run-segments';

/** The longest value read from a link; longer ones are refused before any parsing. */
const MAX_VALUE_LENGTH = 40;
/** A training history may list several runs, so it may be longer. */
const MAX_RUNS_LENGTH = 160;

/**
 * Reads a widget's state from URL search parameters, falling back to `defaults` field by field.
 * `ownKeys` are keys of the namespace the caller parses itself (lists, say): not reported as unknown.
 */
export function readUrlState<S extends Schema>(
  search: string,
  id: string,
  schema: S,
  defaults: NoInfer<StateOf<S>>,
  ownKeys: readonly string[] = [],
): { state: StateOf<S>; problems: string[] } {
  const params = new URLSearchParams(search);
  const state = { ...defaults };
  const problems: string[] = [];
  for (const [key, spec] of Object.entries(schema) as [keyof S & string, FieldSpec][]) {
    const raw = params.get(`${id}.${key}`);
    if (raw === null) continue;
    const shown = raw.length > MAX_VALUE_LENGTH ? `${raw.slice(0, MAX_VALUE_LENGTH)}…` : raw;
    if (spec.type === 'number') {
      const value = raw.length <= MAX_VALUE_LENGTH && raw.trim() !== '' ? Number(raw) : NaN;
      const whole = !spec.integer || Number.isInteger(value);
      if (Number.isFinite(value) && whole && value >= spec.min && value <= spec.max) {
        (state as Record<string, unknown>)[key] = value;
      } else {
        const kind = spec.integer ? 'a whole number' : 'a number';
        problems.push(
          `${spec.label}: “${shown}” is not ${kind} between ${spec.min} and ${spec.max}; kept ${defaults[key]}.`,
        );
      }
    } else if (spec.type === 'runs') {
      const runs =
        raw.length <= MAX_RUNS_LENGTH ? parseRuns(raw, spec.rate, spec.maxTotal) : 'it is too long';
      if (typeof runs !== 'string') (state as Record<string, unknown>)[key] = raw;
      else problems.push(`${spec.label}: “${shown}” cannot be used (${runs}); started afresh.`);
    } else if (spec.type === 'text') {
      const wrong = raw.length <= spec.maxLength ? spec.check(raw, state) : 'it is too long';
      if (wrong === null) (state as Record<string, unknown>)[key] = raw;
      else problems.push(`${spec.label}: “${shown}” cannot be used (${wrong}); started afresh.`);
    } else if (spec.values.includes(raw)) {
      (state as Record<string, unknown>)[key] = raw;
    } else {
      problems.push(
        `${spec.label}: “${shown}” is not one of ${spec.values.join(', ')}; kept ${defaults[key]}.`,
      );
    }
  }
  // A setting this widget does not have is most likely a typo or a link from another version.
  for (const name of new Set(params.keys())) {
    const key = name.startsWith(`${id}.`) ? name.slice(id.length + 1) : null;
    if (key !== null && !Object.hasOwn(schema, key) && !ownKeys.includes(key)) {
      const shown = key.length > MAX_VALUE_LENGTH ? `${key.slice(0, MAX_VALUE_LENGTH)}…` : key;
      problems.push(`“${shown}” is not a setting of this widget; ignored.`);
    }
  }
  return { state, problems };
}

/**
 * Writes a widget's state into a URL's search parameters, leaving other widgets' and other
 * parameters alone. Values equal to the defaults are left out, so links stay short.
 */
export function writeUrlState<T extends Record<string, string | number>>(
  url: string,
  id: string,
  state: T,
  defaults: T,
): string {
  const next = new URL(url);
  for (const key of Object.keys(state)) {
    const name = `${id}.${key}`;
    const value = state[key];
    if (value === defaults[key]) next.searchParams.delete(name);
    else next.searchParams.set(name, String(value));
  }
  return next.toString();
}
