/**
 * How an error class is known across copies of this package.
 *
 * Node can load this package twice in one process (its ESM and CommonJS builds, or two installed
 * versions). Each copy has its own classes, so the ordinary prototype check of `instanceof` fails
 * between them. Every class therefore carries a brand: a symbol from the global registry, named
 * after the class, that its prototype holds. Two copies share the registry, so a copy's class
 * recognises the other copy's instances by the brand.
 */

const CLASS_NAME = Symbol.for('qcloud-cos-errors:class-name');
const CLASS_BRAND = Symbol.for('qcloud-cos-errors:class-brand');

// Any class: its constructor may be protected or abstract, so only the function itself is asked for.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ErrorClass = Function;

interface Registered {
  [CLASS_NAME]?: string;
  [CLASS_BRAND]?: symbol;
}

/**
 * Gives `errorClass` its explicit name and its brand; called once, from the class's static block.
 * @internal
 */
export function registerErrorClass(errorClass: ErrorClass, name: string): void {
  const brand = Symbol.for(`qcloud-cos-errors:${name}`);
  Object.defineProperty(errorClass, CLASS_NAME, { value: name });
  Object.defineProperty(errorClass, CLASS_BRAND, { value: brand });
  Object.defineProperty(errorClass.prototype as object, brand, { value: true });
  // On the prototype, so no instance pays for defining it.
  Object.defineProperty(errorClass.prototype as object, 'name', { value: name, enumerable: false, configurable: true, writable: true });
}

/**
 * Whether `errorClass` itself was registered (and so names its instances through its prototype).
 * @internal
 */
export function hasRegisteredName(errorClass: ErrorClass): boolean {
  return Object.hasOwn(errorClass, CLASS_NAME);
}

/**
 * Whether `value` is an instance of `errorClass` or of the same class in another copy of the
 * package. Only a class's own brand counts: an unregistered subclass inherits its parent's static
 * properties, and matching on those would make every parent instance pass as the subclass.
 * @internal
 */
export function isBrandedInstance(errorClass: ErrorClass, value: unknown): boolean {
  if (Function.prototype[Symbol.hasInstance].call(errorClass, value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  if (!Object.hasOwn(errorClass, CLASS_BRAND)) return false;
  const brand = (errorClass as Registered)[CLASS_BRAND] as symbol;
  return (value as Record<symbol, unknown>)[brand] === true;
}
