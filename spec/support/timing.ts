import { performance } from 'node:perf_hooks';

/** The median wall time of `runs` calls of `work`, in milliseconds. */
export function medianMs(work: () => unknown, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** A snapshot of Object.prototype's own keys, to compare after hostile input. */
export function prototypeKeys(): string {
  return Reflect.ownKeys(Object.prototype).map(String).sort().join(',');
}
