/**
 * The class name of a code: letters and digits only, the first letter upper case, and `Error`
 * appended unless the name ends with it already (`NoSuchKey` gives `NoSuchKeyError`,
 * `MissingRequestBodyError` stays as it is). The generator names the classes by the same rule.
 */
export function classNameOf(code: string): string {
  const bare = code.replace(/[^A-Za-z0-9]/g, '');
  const upper = bare.charAt(0).toUpperCase() + bare.slice(1);
  return upper.endsWith('Error') ? upper : `${upper}Error`;
}
