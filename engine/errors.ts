/**
 * Input checks shared by the engine. Every message names the function, says what was wrong and
 * what was expected, because readers meet these errors in code cells and must be able to act on
 * them without reading the engine.
 */

/** Throws an Error that names the function, what was wrong and what was expected. */
export function fail(where: string, message: string): never {
  throw new Error(`${where}: ${message}`);
}

/** Describes a value briefly for an error message (`NaN`, `Infinity`, `"abc"`, `an array`). */
export function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value) && 'length' in value) {
    return `a ${value.constructor.name} of length ${(value as unknown as ArrayLike<number>).length}`;
  }
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

/** Checks that `value` is a finite number. */
export function checkFinite(where: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(where, `expected ${name} to be a finite number, got ${describe(value)}`);
  }
  return value;
}

/** Checks that `values` is an array of finite numbers, optionally of a given length. */
export function checkVector(
  where: string,
  name: string,
  values: unknown,
  length?: number,
  lengthReason = '',
): ArrayLike<number> {
  if (!Array.isArray(values) && !ArrayBuffer.isView(values)) {
    fail(where, `expected ${name} to be an array of numbers, got ${describe(values)}`);
  }
  const v = values as ArrayLike<unknown>;
  if (length !== undefined && v.length !== length) {
    fail(where, `expected ${length} ${name}${lengthReason}, got ${v.length}`);
  }
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      fail(where, `expected ${name} to be finite numbers, got ${describe(x)} at index ${i}`);
    }
  }
  return v as ArrayLike<number>;
}

/** Checks that `value` is an integer at least `min`. */
export function checkInteger(where: string, name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    fail(where, `expected ${name} to be an integer >= ${min}, got ${describe(value)}`);
  }
  return value;
}
