// The browser build's UTF-8: every browser has TextEncoder and TextDecoder.

let decoder: InstanceType<typeof TextDecoder> | undefined;
let encoder: InstanceType<typeof TextEncoder> | undefined;

/** Bytes as text: invalid sequences become U+FFFD, never an exception. */
export function utf8Decode(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  return decoder.decode(bytes);
}

/** Text as UTF-8 bytes. */
export function utf8Encode(text: string): Uint8Array {
  encoder ??= new TextEncoder();
  return encoder.encode(text);
}

/** As much of `text` as fits in `target`, in whole characters: how many units were read and bytes written. */
export function utf8EncodeInto(text: string, target: Uint8Array): { read: number; written: number } {
  encoder ??= new TextEncoder();
  return encoder.encodeInto(text, target);
}
