import { attempt } from './read-foreign.js';

type Container = Record<string, unknown> | unknown[];

/** Whether `value` is plain data: an array, or an object whose prototype is a realm's Object.prototype or null. */
function isPlainContainer(value: unknown): value is Container {
  if (typeof value !== 'object' || value === null) return false;
  try {
    if (Array.isArray(value)) return true;
    const prototype: unknown = Object.getPrototypeOf(value);
    // Another realm's Object.prototype has no prototype either.
    return prototype === null || (Object.getPrototypeOf(prototype) === null && Object.prototype.toString.call(value) === '[object Object]');
  } catch {
    return false; // a proxy whose traps throw is no plain data
  }
}

/** Gives `target` an own writable, configurable data property (enumerable only when said), whatever its prototype has. */
export function defineOwn(target: object, key: string, value: unknown, enumerable = false): void {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable });
}

/** A value that is no plain data (a Map, a URL, an Error) as text. */
const asText = (value: unknown): string => attempt(() => String(value), `[${typeof value}]`);

/**
 * A plain copy of outside data, each value through `keep` with its name (`''` at the top), which may replace a container whole.
 * Each own enumerable property read once (a getter cannot show a check one thing, the copy another), what is no plain data as
 * its text; its own stack (no recursion to overflow), cycles copied, never throws.
 */
export function plainCopy(value: unknown, keep: (name: string, value: unknown) => unknown): unknown {
  if (!isPlainContainer(value)) return keep('', typeof value === 'object' && value !== null ? asText(value) : value);
  const root: Container = Array.isArray(value) ? [] : {};
  const pending: Array<[Container, Container]> = [[value, root]];
  let copies: Map<object, Container> | undefined; // made at the first nested container: most digests are flat
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [source, copy] = next;
    const keys = attempt(() => Object.keys(source), []); // a proxy that will not list its keys gives nothing
    for (const key of keys) {
      let entry: unknown;
      try {
        entry = (source as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      let kept = keep(key, entry);
      if (kept === entry && typeof entry === 'object' && entry !== null) {
        copies ??= new Map<object, Container>([[value, root]]);
        kept = isPlainContainer(entry) ? copies.get(entry) : keep(key, asText(entry));
        if (kept === undefined) {
          kept = Array.isArray(entry) ? [] : {};
          copies.set(entry, kept as Container);
          pending.push([entry as Container, kept as Container]);
        }
      }
      // Plain assignment to `__proto__` would set the prototype; a JSON key of that name is data.
      if (key === '__proto__') defineOwn(copy, key, kept, true);
      else (copy as Record<string, unknown>)[key] = kept;
    }
  }
  return root;
}
