/** A property of something from outside (an SDK's error), or `undefined` when it is no object or reading throws. */
export function readForeign(value: unknown, key: string): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A foreign value as text: a string as it is, a number written out, anything else `''`. */
export function foreignText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

export function isForeignObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** What `read` gives, or `fallback` where it throws (a proxy's trap, a hostile getter or `toString`). */
export function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** Whether a foreign object has an own enumerable key (a parse of something, not of nothing); never throws. */
export function hasOwnKeys(value: unknown): boolean {
  return isForeignObject(value) && attempt(() => Object.keys(value).length > 0, false);
}

/** `value instanceof type`, false where asking throws (a proxy whose `getPrototypeOf` trap throws). */
export function isInstanceOf<T>(value: unknown, type: abstract new (...args: never[]) => T): value is T {
  return attempt(() => value instanceof type, false);
}

/** The code a failure carried (`ECONNREFUSED`, `ERR_CANCELED`): its own `code`, else its cause's (as fetch's `TypeError` holds it). */
export function failureCodeOf(failure: unknown): string | undefined {
  let current = failure;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    // A string only: DOMException's numeric `code` (20 for an abort) is a legacy number, no code.
    const code = readForeign(current, 'code');
    if (typeof code === 'string' && code !== '') return code;
    current = readForeign(current, 'cause');
  }
  return undefined;
}
