// A CommonJS module in both builds, so that `require` is at hand in the ES module build too: a
// package loaded through it costs nothing until the first call.

/** `require(name)`, resolved from this package's own folder. */
export function loadPackage(name: string): unknown {
  return require(name);
}
