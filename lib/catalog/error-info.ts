/** One entry of the COS error-code catalog. */
export interface CosErrorInfo {
  /** The code as COS sends it. */
  readonly code: string;
  /** The name of the class errors with this code get, such as `NoSuchKeyError`. */
  readonly className: string;
  /** The HTTP statuses COS sends it with. */
  readonly statusCodes: readonly number[];
  /** Other spellings COS has been seen to send for it. */
  readonly aliases: readonly string[];
  /** What the code means. */
  readonly description: string;
  /** Whether retrying the same request can succeed. */
  readonly retryable: boolean;
  /** Where the fact comes from: `docs`, `seed`, `sdk`, `python-sdk`, `nodejs-sdk`, `vector-docs` (vector buckets). */
  readonly sources: readonly string[];
}
