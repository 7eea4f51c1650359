import { redactText } from './redact-text.js';
import { REDACTED } from './redacted.js';
import { isSecretName } from './secret-names.js';

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function redactedEntry(key: string, value: unknown): unknown {
  if (isSecretName(key) && value !== undefined && value !== null && value !== '') return REDACTED;
  return typeof value === 'string' ? redactText(value) : value;
}

/** Whether anything in the plain data below `root` (objects, arrays, strings) needs redacting. */
function needsRedaction(root: Container): boolean {
  const seen = new Set<object>([root]);
  const pending: Container[] = [root];
  while (pending.length > 0) {
    const container = pending.pop()!;
    for (const key of Object.keys(container)) {
      const value: unknown = (container as Record<string, unknown>)[key];
      if (isContainer(value)) {
        if (!seen.has(value)) {
          seen.add(value);
          pending.push(value);
        }
      } else if (redactedEntry(key, value) !== value) return true;
    }
  }
  return false;
}

function defineEntry(target: Container, key: string, value: unknown): void {
  // Plain assignment to `__proto__` would set the prototype; a JSON key of that name is data.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Plain data (a parsed JSON body, a digest object) with every credential in it redacted: values
 * under a credential name (`token`, `signature`, …) and credentials inside strings, at any depth.
 * Returns `value` itself when nothing needs redacting, else a copy (never changes `value`). Only
 * plain objects and arrays are entered; other objects are kept as they are. Walks with its own
 * stack (no recursion to overflow) and copes with cycles.
 */
export function redactJsonLike<T>(value: T): T {
  if (!isContainer(value) || !needsRedaction(value)) return value;
  const copies = new Map<object, Container>();
  const copyOf = (source: Container): Container => {
    let copy = copies.get(source);
    if (copy === undefined) {
      copy = Array.isArray(source) ? [] : (Object.create(Object.getPrototypeOf(source) as object | null) as Record<string, unknown>);
      copies.set(source, copy);
      pending.push([source, copy]);
    }
    return copy;
  };
  const pending: Array<[Container, Container]> = [];
  const root = copyOf(value);
  while (pending.length > 0) {
    const [source, copy] = pending.pop()!;
    for (const key of Object.keys(source)) {
      const entry: unknown = (source as Record<string, unknown>)[key];
      defineEntry(copy, key, isContainer(entry) ? copyOf(entry) : redactedEntry(key, entry));
    }
  }
  return root as T;
}
