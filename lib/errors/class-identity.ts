/**
 * How a class knows its errors across copies of this package (its ESM and CommonJS builds, or two installed versions), where
 * `instanceof`'s prototype check fails: by a brand on `CosError.prototype` (a symbol of the global registry, which copies
 * share) and a class of the same name on the prototype chain, each class owning its name as a static `errorName` (which a
 * user's subclass inherits, not owns). No class registers itself at load time: an unused class costs a bundle nothing.
 */

/** The brand every error of every copy of the package carries (on `CosError.prototype`). */
export const PACKAGE_BRAND = Symbol.for('qcloud-cos-errors:error');

/** Whether `value` is an error of some copy of this package (it carries the brand); false where asking throws. */
export function carriesPackageBrand(value: unknown): boolean {
  try {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PACKAGE_BRAND] === true;
  } catch {
    return false; // a proxy whose traps throw is nothing of ours
  }
}

/** The class's own name: `undefined` for a user's subclass, which only inherits one. */
export function ownErrorName(errorClass: object): string | undefined {
  return Object.hasOwn(errorClass, 'errorName') ? (errorClass as { readonly errorName?: string }).errorName : undefined;
}

/**
 * Whether `value` is an instance of `errorClass` or of the same class in another copy of the
 * package. Only a class's own name counts: a subclass inherits its parent's statics, and matching
 * on those would make every parent instance pass as the subclass. Never throws.
 */
export function isBrandedInstance(errorClass: object, value: unknown): boolean {
  try {
    if (Function.prototype[Symbol.hasInstance].call(errorClass, value)) return true;
  } catch {
    return false; // a proxy whose traps throw is nothing of ours
  }
  const name = ownErrorName(errorClass);
  return name !== undefined && hasClassNamed(name, value);
}

/** Whether `value` is an error of some copy of the package with a class of this name on its prototype chain; never throws. */
export function hasClassNamed(name: string, value: unknown): boolean {
  if (!carriesPackageBrand(value)) return false;
  try {
    for (let proto = Object.getPrototypeOf(value) as object | null; proto !== null; proto = Object.getPrototypeOf(proto) as object | null) {
      const constructor: unknown = Object.hasOwn(proto, 'constructor') ? (proto as { constructor: unknown }).constructor : undefined;
      if (typeof constructor === 'function' && ownErrorName(constructor) === name) return true;
    }
    return false;
  } catch {
    return false; // a proxy whose traps throw is nothing of ours
  }
}
