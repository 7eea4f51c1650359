// UTF-8 through the platform's TextEncoder and TextDecoder, else (some Mini Program engines) the codec below.

type EncodeResult = { read: number; written: number };
let decoder: { decode(bytes: Uint8Array): string } | undefined;
let encoder: { encode(text: string): Uint8Array; encodeInto(text: string, target: Uint8Array): EncodeResult } | undefined;

const REPLACEMENT = 0xfffd;

/** UTF-8 decoding with U+FFFD for every invalid sequence, as TextDecoder does it; a byte-order mark is kept, as with `ignoreBOM`. */
function decodeByHand(bytes: Uint8Array): string {
  const units: number[] = [];
  let text = '';
  for (let i = 0; i < bytes.length;) {
    const first = bytes[i]!;
    const size =
      first < 0x80 ? 1 : first >= 0xc2 && first <= 0xdf ? 2 : first >= 0xe0 && first <= 0xef ? 3 : first >= 0xf0 && first <= 0xf4 ? 4 : 0;
    let code = size === 1 ? first : size === 2 ? first & 0x1f : size === 3 ? first & 0x0f : first & 0x07;
    // The bounds of the second byte exclude overlong forms and surrogates, as the standard does.
    const low = first === 0xe0 ? 0xa0 : first === 0xf0 ? 0x90 : 0x80;
    const high = first === 0xed ? 0x9f : first === 0xf4 ? 0x8f : 0xbf;
    let taken = 1;
    for (; size > 1 && taken < size; taken++) {
      const next = bytes[i + taken];
      if (next === undefined || next < (taken === 1 ? low : 0x80) || next > (taken === 1 ? high : 0xbf)) break;
      code = (code << 6) | (next & 0x3f);
    }
    if (size === 0 || taken < size) units.push(REPLACEMENT);
    else if (code > 0xffff) units.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
    else units.push(code);
    i += taken;
    if (units.length > 4096) text += String.fromCharCode(...units.splice(0));
  }
  return text + String.fromCharCode(...units);
}

/** UTF-8 encoding into `target`, as far as whole characters fit; a lone surrogate becomes U+FFFD. */
function encodeIntoByHand(text: string, target: Uint8Array): EncodeResult {
  let read = 0;
  let written = 0;
  while (read < text.length) {
    let code = text.charCodeAt(read);
    let units = 1;
    if (code >= 0xd800 && code <= 0xdbff && read + 1 < text.length) {
      const next = text.charCodeAt(read + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        units = 2;
      }
    }
    if (units === 1 && code >= 0xd800 && code <= 0xdfff) code = REPLACEMENT;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (written + size > target.length) break;
    if (size === 1) target[written] = code;
    else {
      target[written] = (size === 2 ? 0xc0 : size === 3 ? 0xe0 : 0xf0) | (code >> (6 * (size - 1)));
      for (let k = 1; k < size; k++) target[written + k] = 0x80 | ((code >> (6 * (size - 1 - k))) & 0x3f);
    }
    written += size;
    read += units;
  }
  return { read, written };
}

function encodeByHand(text: string): Uint8Array {
  const target = new Uint8Array(text.length * 3);
  return target.subarray(0, encodeIntoByHand(text, target).written);
}

function platformEncoder(): NonNullable<typeof encoder> {
  return (encoder ??= typeof TextEncoder === 'function' ? new TextEncoder() : { encode: encodeByHand, encodeInto: encodeIntoByHand });
}

/** Bytes as text: invalid sequences become U+FFFD, never an exception. */
export function utf8Decode(bytes: Uint8Array): string {
  decoder ??= typeof TextDecoder === 'function' ? new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }) : { decode: decodeByHand };
  return decoder.decode(bytes);
}

export function utf8Encode(text: string): Uint8Array {
  return platformEncoder().encode(text);
}

/** As much of `text` as fits in `target`, in whole characters: how many units were read and bytes written. */
export function utf8EncodeInto(text: string, target: Uint8Array): EncodeResult {
  return platformEncoder().encodeInto(text, target);
}
