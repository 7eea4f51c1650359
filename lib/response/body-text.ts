import { utf8Decode, utf8Encode, utf8EncodeInto } from '../util/utf8.js';

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

// Encoding is measured through one small buffer, a stretch of text at a time: no allocation that grows with the body.
const SCRATCH_UNITS = 4096;
let scratch: Uint8Array | undefined;

/** The number of UTF-16 units of `text` that fit in `maxBytes` of UTF-8, or -1 when all of it does. */
function fittingUnits(text: string, maxBytes: number): number {
  scratch ??= new Uint8Array(SCRATCH_UNITS * 3);
  let bytes = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + SCRATCH_UNITS, text.length);
    // A stretch never ends between the two halves of a surrogate pair.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const room = maxBytes - bytes;
    const { read, written } = utf8EncodeInto(text.slice(start, end), room < scratch.length ? scratch.subarray(0, room) : scratch);
    if (start + read < end) return start + read;
    bytes += written;
    start = end;
  }
  return -1;
}

// UTF-8 is decoded with any byte-order mark kept (every platform alike); the body's leading one is dropped here.
function withoutMark(text: string): string {
  return text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
}

function stringText(body: string, maxBytes: number): BodyText {
  const text = withoutMark(body);
  // A UTF-16 unit never takes more than three UTF-8 bytes, so short texts need no measuring.
  if (text.length * 3 <= maxBytes) return { text, cut: false };
  const fits = fittingUnits(text, maxBytes);
  if (fits === -1) return { text, cut: false };
  // The part that fits, as a copy: a slice would keep the whole body alive as long as the error lives.
  return { text: utf8Decode(utf8Encode(text.slice(0, fits))), cut: true };
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
