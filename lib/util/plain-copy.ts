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

/** A value that is no plain data (a Map, a URL, an Error, a function) as text; it is not entered. */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return `[${typeof value}]`;
  }
}

/**
 * A plain copy of data from outside (a parsed JSON body, a digest object, an SDK's fields), each
 * value that is no container passed through `keep` with the name it stands under (`''` at the
 * top). `keep` may also replace a whole container, which is then not entered. Each own enumerable
 * property is read once (a getter cannot show one thing to a check and another to the copy),
 * into objects of this realm; what is not plain data becomes its text, kept the same way. Walks
 * with its own stack (no recursion to overflow), copes with cycles, never throws.
 */
export function plainCopy(value: unknown, keep: (name: string, value: unknown) => unknown): unknown {
  if (!isPlainContainer(value)) return keep('', typeof value === 'object' && value !== null ? asText(value) : value);
  const root: Container = Array.isArray(value) ? [] : {};
  const pending: Array<[Container, Container]> = [[value, root]];
  let copies: Map<object, Container> | undefined; // made at the first nested container: most digests are flat
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [source, copy] = next;
    let keys: string[] = [];
    try {
      keys = Object.keys(source);
    } catch {
      // a proxy that will not list its keys gives nothing
    }
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
      if (key === '__proto__') Object.defineProperty(copy, key, { value: kept, enumerable: true, writable: true, configurable: true });
      else (copy as Record<string, unknown>)[key] = kept;
    }
  }
  return root;
}
