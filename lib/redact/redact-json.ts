import { redactText } from './redact-text.js';
import { REDACTED } from './redacted.js';
import { isSecretName } from './secret-names.js';

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

/** A value that is no plain data (a Map, a URL, an Error, a function), as redacted text; it is not entered. */
function asRedactedText(value: unknown): string {
  try {
    return redactText(String(value));
  } catch {
    return `[${typeof value}]`;
  }
}

function setEntry(target: Container, key: string, value: unknown): void {
  // Plain assignment to `__proto__` would set the prototype; a JSON key of that name is data.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}

/**
 * A plain copy of data from outside (a parsed JSON body, a digest object a caller or an SDK
 * gave) with every credential redacted: the whole value under a credential name (`token`,
 * `signature`, …, even an object or an array), and credentials inside strings, at any depth.
 * Each own enumerable property is read once (a getter cannot show one thing to the check and
 * another to the copy), into objects of this realm; what is not plain data becomes its redacted
 * text. Walks with its own stack (no recursion to overflow), copes with cycles, never throws.
 */
export function redactedPlainCopy(value: unknown): unknown {
  if (!isPlainContainer(value)) return typeof value === 'object' && value !== null ? asRedactedText(value) : typeof value === 'string' ? redactText(value) : value;
  const root: Container = Array.isArray(value) ? [] : {};
  const pending: Array<[Container, Container]> = [[value, root]];
  // Made at the first nested container: the usual digest is flat, five strings.
  let copies: Map<object, Container> | undefined;
  const copyOf = (source: Container): Container => {
    copies ??= new Map<object, Container>([[value, root]]);
    let copy = copies.get(source);
    if (copy === undefined) {
      copy = Array.isArray(source) ? [] : {};
      copies.set(source, copy);
      pending.push([source, copy]);
    }
    return copy;
  };
  while (pending.length > 0) {
    const [source, copy] = pending.pop()!;
    let keys: string[];
    try {
      keys = Object.keys(source);
    } catch {
      continue; // a proxy that will not list its keys gives nothing
    }
    for (const key of keys) {
      let entry: unknown;
      try {
        entry = (source as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      let kept: unknown;
      if (isSecretName(key) && entry !== undefined && entry !== null && entry !== '') kept = REDACTED;
      else if (typeof entry === 'string') kept = redactText(entry);
      else if (typeof entry !== 'object' || entry === null) kept = entry;
      else if (isPlainContainer(entry)) kept = copyOf(entry);
      else kept = asRedactedText(entry);
      setEntry(copy, key, kept);
    }
  }
  return root;
}
