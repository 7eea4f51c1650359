// The browser build's utf8.ts: every browser has TextEncoder and TextDecoder.
let decoder: InstanceType<typeof TextDecoder> | undefined;
let encoder: InstanceType<typeof TextEncoder> | undefined;

export function utf8Decode(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  return decoder.decode(bytes);
}

export function utf8Encode(text: string): Uint8Array {
  encoder ??= new TextEncoder();
  return encoder.encode(text);
}

export function utf8EncodeInto(text: string, target: Uint8Array): { read: number; written: number } {
  encoder ??= new TextEncoder();
  return encoder.encodeInto(text, target);
}
