/** How much of a body is read and kept unless the caller says otherwise: 64 KiB. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** A response body as the factories accept it. */
export type BodyInput = string | Uint8Array | ArrayBuffer | null | undefined;

const BYTE_ORDER_MARK = 0xfeff;
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * The text of a body: bytes decoded as UTF-8 (invalid sequences become U+FFFD, never an
 * exception), a leading byte-order mark dropped, and no more than `maxBytes` UTF-8 bytes kept,
 * cut at a character boundary. Anything that is not a string or bytes counts as no body.
 */
export function bodyText(body: unknown, maxBytes: number = DEFAULT_MAX_BODY_BYTES): string {
  if (typeof body === 'string') return capText(body.charCodeAt(0) === BYTE_ORDER_MARK ? body.slice(1) : body, maxBytes);
  if (body instanceof Uint8Array) return utf8.decode(capBytes(body, maxBytes));
  if (body instanceof ArrayBuffer) return utf8.decode(capBytes(new Uint8Array(body), maxBytes));
  return '';
}

function capText(text: string, maxBytes: number): string {
  // A UTF-16 unit never takes more than three UTF-8 bytes, so short texts need no measuring,
  // and measuring (without encoding) settles most of the rest.
  if (text.length * 3 <= maxBytes || Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const { read } = new TextEncoder().encodeInto(text, new Uint8Array(maxBytes));
  return read === text.length ? text : text.slice(0, read);
}

function capBytes(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.length <= maxBytes) return bytes;
  let end = maxBytes;
  // Step back over continuation bytes so a character is not cut in two; at most three steps.
  for (let back = 0; back < 3 && end > 0 && (bytes[end]! & 0xc0) === 0x80; back++) end--;
  return bytes.subarray(0, end);
}
