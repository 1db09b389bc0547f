/**
 * A cell's value as plain data: what the kernel sends to the page (structured-clone safe) and what
 * the page renders. Built with limits, so a huge array or a circular object displays quickly.
 */
export type Display =
  | {
      t: 'number' | 'string' | 'boolean' | 'null' | 'undefined' | 'bigint' | 'symbol';
      text: string;
    }
  | { t: 'function'; text: string }
  | { t: 'array'; name: string; length: number; items: Display[] }
  | { t: 'matrix'; rows: number; columns: number; cells: string[][] }
  | { t: 'object'; name: string; entries: [string, Display][]; more: number }
  | { t: 'error'; name: string; message: string }
  | { t: 'circular' }
  | { t: 'depth'; name: string };

/** How much of a value to show. */
export interface DisplayLimits {
  depth: number;
  items: number;
}

const DEFAULT_LIMITS: DisplayLimits = { depth: 4, items: 100 };

/** A number as a notebook shows it: at most 10 significant digits, exact integers in full. */
export function numberText(x: number): string {
  if (Number.isInteger(x) || !Number.isFinite(x)) return String(x);
  return String(Number(x.toPrecision(10)));
}

function isNumberRow(value: unknown): value is ArrayLike<number> {
  return (
    (Array.isArray(value) || ArrayBuffer.isView(value)) &&
    Array.from(value as ArrayLike<unknown>).every((v) => typeof v === 'number')
  );
}

/** A rectangular array of number arrays, shown as a table. */
function asMatrix(value: unknown[], limits: DisplayLimits): Display | undefined {
  if (value.length === 0 || !value.every(isNumberRow)) return undefined;
  const columns = (value[0] as ArrayLike<number>).length;
  if (columns === 0 || !value.every((row) => (row as ArrayLike<number>).length === columns))
    return undefined;
  const rows = value.slice(0, limits.items) as ArrayLike<number>[];
  return {
    t: 'matrix',
    rows: value.length,
    columns,
    cells: rows.map((row) => Array.from(row).slice(0, limits.items).map(numberText)),
  };
}

function constructorName(value: object): string {
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'Object';
}

/** Describes any value as a `Display` tree, within the given limits. */
export function toDisplay(value: unknown, limits: DisplayLimits = DEFAULT_LIMITS): Display {
  const seen = new Set<object>();
  const visit = (v: unknown, depth: number): Display => {
    switch (typeof v) {
      case 'number':
        return { t: 'number', text: numberText(v) };
      case 'string':
        return { t: 'string', text: v };
      case 'boolean':
        return { t: 'boolean', text: String(v) };
      case 'undefined':
        return { t: 'undefined', text: 'undefined' };
      case 'bigint':
        return { t: 'bigint', text: `${v}n` };
      case 'symbol':
        return { t: 'symbol', text: v.toString() };
      case 'function':
        return { t: 'function', text: `ƒ ${v.name || 'anonymous'}(${v.length === 0 ? '' : '…'})` };
    }
    if (v === null) return { t: 'null', text: 'null' };
    const object = v as object;
    if (object instanceof Error) return { t: 'error', name: object.name, message: object.message };
    if (seen.has(object)) return { t: 'circular' };
    const name = constructorName(object);
    if (depth >= limits.depth) return { t: 'depth', name };
    seen.add(object);
    try {
      if (Array.isArray(object) || ArrayBuffer.isView(object)) {
        const items = Array.from(object as ArrayLike<unknown>);
        const matrix = Array.isArray(object) ? asMatrix(items, limits) : undefined;
        if (matrix) return matrix;
        return {
          t: 'array',
          name,
          length: items.length,
          items: items.slice(0, limits.items).map((x) => visit(x, depth + 1)),
        };
      }
      const pairs: [string, unknown][] =
        object instanceof Map
          ? [...object].map(([k, x]) => [String(k), x])
          : object instanceof Set
            ? [...object].map((x, i) => [String(i), x])
            : Object.entries(object);
      return {
        t: 'object',
        name,
        entries: pairs.slice(0, limits.items).map(([k, x]) => [k, visit(x, depth + 1)]),
        more: Math.max(0, pairs.length - limits.items),
      };
    } finally {
      seen.delete(object);
    }
  };
  return visit(value, 0);
}
