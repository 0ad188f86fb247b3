/**
 * Runtime checks for everything that crosses a boundary (IPC, HTTP, CLI). Each validator takes `unknown`
 * and returns the typed value or throws a CopydeskError('validation') that names the offending path.
 */
import { CopydeskError } from '../domain/errors.js';

export type Validator<T> = (value: unknown, path: string) => T;

function fail(path: string, expected: string): never {
  throw new CopydeskError('validation', `${path}: expected ${expected}`);
}

export const str =
  (opts: { max?: number; min?: number } = {}): Validator<string> =>
  (v, path) => {
    if (typeof v !== 'string') fail(path, 'a string');
    if (opts.min !== undefined && v.length < opts.min) fail(path, `at least ${opts.min} characters`);
    if (opts.max !== undefined && v.length > opts.max) fail(path, `at most ${opts.max} characters`);
    return v;
  };

export const int =
  (opts: { min?: number; max?: number } = {}): Validator<number> =>
  (v, path) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) fail(path, 'an integer');
    if (opts.min !== undefined && v < opts.min) fail(path, `an integer ≥ ${opts.min}`);
    if (opts.max !== undefined && v > opts.max) fail(path, `an integer ≤ ${opts.max}`);
    return v;
  };

export const num: Validator<number> = (v, path) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(path, 'a number'));

export const bool: Validator<boolean> = (v, path) => (typeof v === 'boolean' ? v : fail(path, 'true or false'));

export const nullable =
  <T>(inner: Validator<T>): Validator<T | null> =>
  (v, path) =>
    v === null ? null : inner(v, path);

export const oneOf =
  <const T extends string>(values: readonly T[]): Validator<T> =>
  (v, path) =>
    typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : fail(path, `one of ${values.join(', ')}`);

export const arr =
  <T>(item: Validator<T>, opts: { max?: number } = {}): Validator<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) fail(path, 'a list');
    if (opts.max !== undefined && v.length > opts.max) fail(path, `at most ${opts.max} items`);
    return v.map((x, i) => item(x, `${path}[${i}]`));
  };

type Shape = Record<string, Validator<unknown>>;
type Out<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends ReturnType<S[K]> ? K : never }[keyof S];
type ObjOut<S extends Shape> = Omit<Out<S>, OptionalKeys<S>> & Partial<Pick<Out<S>, OptionalKeys<S>>>;

export const optional =
  <T>(inner: Validator<T>): Validator<T | undefined> =>
  (v, path) =>
    v === undefined ? undefined : inner(v, path);

/** A plain object with exactly these keys (unknown keys are refused, so typos never pass silently). */
export const obj =
  <S extends Shape>(shape: S): Validator<ObjOut<S>> =>
  (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'an object');
    const rec = v as Record<string, unknown>;
    for (const key of Object.keys(rec)) {
      if (!(key in shape)) fail(`${path}.${key}`, 'no such field');
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const value = check(rec[key], `${path}.${key}`);
      if (value !== undefined) out[key] = value;
    }
    return out as ObjOut<S>;
  };
