import { utf8Encode } from '../../util/utf8.js';

/**
 * A chunk of a body stream as bytes: a string encoded as UTF-8, any typed array or `DataView`
 * viewed as bytes; `undefined` for anything else (a look-alike with a negative `length`, a
 * detached buffer), which is skipped rather than trusted.
 */
export function chunkBytes(chunk: unknown): Uint8Array | undefined {
  if (typeof chunk === 'string') return utf8Encode(chunk);
  if (!ArrayBuffer.isView(chunk)) return undefined;
  try {
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  } catch {
    return undefined;
  }
}
