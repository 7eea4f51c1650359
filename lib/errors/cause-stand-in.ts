import { readForeign } from '../util/read-foreign.js';
import { redactText } from '../redact/redact-text.js';
import { carriesPackageBrand } from './class-identity.js';

/*
 * What an error keeps as its `cause`. Node's report of an uncaught error or rejection ignores
 * custom inspect functions and prints `cause` with every own property (an axios error's
 * `config.headers.Authorization`, a COS SDK error's signed URL), so the foreign error itself
 * cannot be the cause: a stand-in is, holding what debugging needs and nothing more. The error
 * itself stays reachable through `originalCause`, which printing does not walk.
 */

/** The facts of a system or HTTP failure that a stand-in keeps, as the failure had them. */
const KEPT_FACTS = ['code', 'errno', 'syscall', 'status', 'statusCode'] as const;
// fetch's TypeError holds the system error as its cause, which holds little more: three deep.
const DEEPEST = 3;
// A stack is a few tens of frames; a longer one is cut, not copied whole.
const LONGEST_FRAMES = 8192;

/** The frames of a foreign stack, without its first lines (which repeat the unredacted message). */
function framesOf(stack: unknown): string {
  if (typeof stack !== 'string') return '';
  // V8 and SpiderMonkey-style frames alike start a line with spaces and `at `; a search with no
  // pattern, since white space in the message must not be tried from every line break.
  const first = stack.indexOf('\n    at ');
  return first === -1 ? '' : redactText(stack.slice(first, first + LONGEST_FRAMES));
}

/**
 * The stand-in for a cause: an error of ours as it is (it is safe already), a string redacted,
 * any other object an `Error` with the redacted name and message, the original's stack frames,
 * its `code`, `errno`, `syscall`, `status` and `statusCode`, and a stand-in for its own cause.
 * Never throws, whatever the cause's getters do.
 */
export function causeStandIn(cause: unknown, depth = 0): unknown {
  if (typeof cause === 'string') return redactText(cause);
  if ((typeof cause !== 'object' && typeof cause !== 'function') || cause === null) return cause;
  if (carriesPackageBrand(cause)) return cause;
  const name = readForeign(cause, 'name');
  const message = readForeign(cause, 'message') ?? readForeign(cause, 'errMsg');
  const standIn = new Error(typeof message === 'string' ? redactText(message) : '');
  if (typeof name === 'string' && name !== 'Error')
    Object.defineProperty(standIn, 'name', { value: redactText(name), writable: true, configurable: true });
  Object.defineProperty(standIn, 'stack', {
    value: `${standIn.name}: ${standIn.message}${framesOf(readForeign(cause, 'stack'))}`,
    writable: true,
    configurable: true,
  });
  for (const key of KEPT_FACTS) {
    const value = readForeign(cause, key);
    if (typeof value === 'number') (standIn as unknown as Record<string, unknown>)[key] = value;
    else if (typeof value === 'string') (standIn as unknown as Record<string, unknown>)[key] = redactText(value);
  }
  const inner = readForeign(cause, 'cause');
  if (inner !== undefined && depth < DEEPEST)
    Object.defineProperty(standIn, 'cause', { value: causeStandIn(inner, depth + 1), writable: true, configurable: true });
  return standIn;
}
