import { utf8Decode, utf8EncodeInto } from '../util/utf8.js';

/** How much of a body is read and kept unless the caller says otherwise: 64 KiB. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** A response body as the factories accept it. */
export type BodyInput = string | Uint8Array | ArrayBuffer | ArrayBufferView | null | undefined;

/** A body read as text: at most the cap's worth of UTF-8 bytes (`cut` when it held more), or a `problem` saying why it could not be. */
export interface BodyText {
  readonly text: string;
  readonly cut: boolean;
  readonly problem?: string;
}

const BYTE_ORDER_MARK = 0xfeff;
const NO_BODY: BodyText = { text: '', cut: false };

// UTF-8 is decoded with any byte-order mark kept (every platform alike); the body's leading one is dropped here.
function withoutMark(text: string): string {
  return text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
}

function stringText(body: string, maxBytes: number): BodyText {
  const text = withoutMark(body);
  // A UTF-16 unit never takes more than three UTF-8 bytes, so short texts need no measuring.
  if (text.length * 3 <= maxBytes) return { text, cut: false };
  // Encoded as far as whole characters fit in the cap (a buffer no larger than the cap); a cut body's part is decoded
  // from these bytes, a copy: a slice would keep the whole body alive as long as the error lives.
  const bytes = new Uint8Array(maxBytes);
  const { read, written } = utf8EncodeInto(text, bytes);
  return read === text.length ? { text, cut: false } : { text: utf8Decode(bytes.subarray(0, written)), cut: true };
}

function bytesText(bytes: Uint8Array, maxBytes: number): BodyText {
  if (bytes.length <= maxBytes) return { text: withoutMark(utf8Decode(bytes)), cut: false };
  let end = maxBytes;
  // Step back over continuation bytes so a character is not cut in two; at most three steps.
  for (let back = 0; back < 3 && end > 0 && (bytes[end]! & 0xc0) === 0x80; back++) end--;
  return { text: withoutMark(utf8Decode(bytes.subarray(0, end))), cut: true };
}

const byteLengthOfBuffer = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength')?.get;

/** Whether `value` is bytes the factories read: a typed array, a `DataView` or an `ArrayBuffer`. */
export function isBytes(value: object): boolean {
  return ArrayBuffer.isView(value) || isArrayBuffer(value);
}

/** Whether `value` is a real ArrayBuffer, of this realm or another; never throws, whatever `value` is. */
function isArrayBuffer(value: object): value is ArrayBuffer {
  try {
    if (value instanceof ArrayBuffer) return true;
    // One from another realm: its tag says so, and the getter's brand check confirms it (and refuses a proxy).
    if (Object.prototype.toString.call(value) !== '[object ArrayBuffer]') return false;
    byteLengthOfBuffer?.call(value);
    return byteLengthOfBuffer !== undefined;
  } catch {
    return false;
  }
}

/**
 * A body's text: bytes decoded as UTF-8 (invalid sequences U+FFFD), a byte-order mark dropped, at most `maxBytes` bytes kept.
 * Never throws: anything else but `null` or `undefined` (a number, a detached buffer, a proxy) is no body with a `problem`.
 */
export function bodyText(body: unknown, maxBytes: number = DEFAULT_MAX_BODY_BYTES): BodyText {
  if (typeof body === 'string') return body === '' ? NO_BODY : stringText(body, maxBytes);
  if (body === undefined || body === null) return NO_BODY;
  if (typeof body !== 'object') return { ...NO_BODY, problem: `the body is a ${typeof body}, not text or bytes` };
  try {
    if (ArrayBuffer.isView(body)) return bytesText(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), maxBytes);
    if (isArrayBuffer(body)) return bytesText(new Uint8Array(body), maxBytes);
  } catch {
    return { ...NO_BODY, problem: 'the body could not be read (a detached buffer?)' };
  }
  return { ...NO_BODY, problem: 'the body is an object, not text or bytes' };
}
