// The browser build's utf8.ts: every browser has TextEncoder and TextDecoder.
let decoder: InstanceType<typeof TextDecoder> | undefined;
let encoder: InstanceType<typeof TextEncoder> | undefined;

export function utf8Decode(bytes: Uint8Array): string {
  return (decoder ??= new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })).decode(bytes);
}

export function utf8Encode(text: string): Uint8Array {
  return (encoder ??= new TextEncoder()).encode(text);
}

export function utf8EncodeInto(text: string, target: Uint8Array): { read: number; written: number } {
  return (encoder ??= new TextEncoder()).encodeInto(text, target);
}
