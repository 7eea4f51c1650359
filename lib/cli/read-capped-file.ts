import { closeSync, openSync, readSync } from 'node:fs';

// How long to wait before reading again when a non-blocking descriptor has nothing yet.
const RETRY_MS = 10;

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * At most `maxBytes` bytes from a file or a descriptor (standard input is 0): enough to decode a
 * body cut at the cap, and never more, so `/dev/zero` or a 20 GB file ends promptly. A FIFO
 * waits for its writer, as `cat` would.
 */
export function readCapped(source: string | number, maxBytes: number): Uint8Array {
  const fd = typeof source === 'number' ? source : openSync(source, 'r');
  try {
    const buffer = new Uint8Array(maxBytes);
    let filled = 0;
    while (filled < maxBytes) {
      let read: number;
      try {
        read = readSync(fd, buffer, filled, maxBytes - filled, null);
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'EAGAIN') throw error;
        sleepMs(RETRY_MS);
        continue;
      }
      if (read === 0) break;
      filled += read;
    }
    return buffer.subarray(0, filled);
  } finally {
    if (typeof source !== 'number') closeSync(fd);
  }
}
