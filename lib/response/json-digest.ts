/**
 * The object a JSON error body holds (rule 6 of guides/response-rules.md), or `undefined` when
 * the text is not JSON or its value is not an object (an array, a string, `null`).
 */
export function jsonDigest(text: string): Readonly<Record<string, unknown>> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Readonly<Record<string, unknown>>) : undefined;
}
