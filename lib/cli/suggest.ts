// Names longer than this are not compared: a typo of a code is short.
const LONGEST = 64;

/** The edit distance of two short names, case ignored (rows of a bounded table). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The names closest to `wanted` (at most three, within a third of its length), for "did you mean". */
export function closestNames(wanted: string, names: readonly string[]): string[] {
  const lower = wanted.toLowerCase().slice(0, LONGEST);
  const limit = Math.max(2, Math.floor(lower.length / 3));
  return names
    .map((name) => ({ name, by: distance(lower, name.toLowerCase().slice(0, LONGEST)) }))
    .filter((candidate) => candidate.by <= limit)
    .sort((x, y) => x.by - y.by || x.name.localeCompare(y.name))
    .slice(0, 3)
    .map((candidate) => candidate.name);
}
