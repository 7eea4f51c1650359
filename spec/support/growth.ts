/**
 * The processor time one call of `work` takes, in milliseconds: the best of `runs`. Processor
 * time (of every thread of the process, the collector's included) rather than wall time, so
 * that another process on a shared machine does not count as growth.
 */
export function bestMs(work: () => unknown, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** What {@link growth} found: the two times and their ratio. */
export interface Growth {
  readonly smallMs: number;
  readonly largeMs: number;
  /** largeMs / smallMs, with times under a millisecond counted as one (noise, not growth). */
  readonly ratio: number;
}

/**
 * How the time of a run grows from an input of `small` characters to one ten times larger.
 * `prepare` builds the input for a size and returns the run to time: building the input (a
 * replace over 640 KiB, say) is not the package's work, and its own cost can grow faster than
 * tenfold. Linear work grows about tenfold, quadratic a hundredfold. A small run that is
 * already slow is reported without running the large one, which would take minutes.
 */
export function growth(prepare: (size: number) => () => unknown, small = 64 * 1024): Growth {
  const measure = (): Growth => {
    const smallMs = bestMs(prepare(small));
    if (smallMs > 500) return { smallMs, largeMs: Number.POSITIVE_INFINITY, ratio: Number.POSITIVE_INFINITY };
    const largeMs = bestMs(prepare(small * 10), 2);
    return { smallMs, largeMs, ratio: largeMs / Math.max(smallMs, 1) };
  };
  // A collection or another process (two cores, shared) can slow a large run; quadratic work is
  // slow every time, so the best of up to four measurements tells one from the other.
  let best = measure();
  for (let tries = 1; tries < 4 && best.ratio >= 30; tries++) {
    const next = measure();
    if (next.ratio < best.ratio) best = next;
  }
  return best;
}
