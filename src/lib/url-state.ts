/**
 * A widget's state in the page URL, as readable query parameters namespaced by the widget's id:
 * `?neuron.w1=0.5&neuron.activation=relu`. Reading never trusts the link: each value is checked
 * against the widget's schema, and a bad one falls back to the default with a message that says
 * what was wrong. No value from the URL is ever used unchecked or inserted as markup.
 */
export type FieldSpec =
  | { type: 'number'; min: number; max: number; label: string }
  | { type: 'choice'; values: readonly string[]; label: string };

export type Schema = Record<string, FieldSpec>;
export type StateOf<S extends Schema> = { [K in keyof S]: S[K] extends { type: 'number' } ? number : string };

/** The longest value read from a link; longer ones are refused before any parsing. */
const MAX_VALUE_LENGTH = 40;

/** Reads a widget's state from URL search parameters, falling back to `defaults` field by field. */
export function readUrlState<S extends Schema>(
  search: string,
  id: string,
  schema: S,
  defaults: NoInfer<StateOf<S>>,
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
      if (Number.isFinite(value) && value >= spec.min && value <= spec.max) {
        (state as Record<string, unknown>)[key] = value;
      } else {
        problems.push(`${spec.label}: “${shown}” is not a number between ${spec.min} and ${spec.max}; kept ${defaults[key]}.`);
      }
    } else if (spec.values.includes(raw)) {
      (state as Record<string, unknown>)[key] = raw;
    } else {
      problems.push(`${spec.label}: “${shown}” is not one of ${spec.values.join(', ')}; kept ${defaults[key]}.`);
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
