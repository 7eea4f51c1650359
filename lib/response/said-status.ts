import { attempt, foreignText, readForeign } from '../util/read-foreign.js';
import { firstStatus } from './status-code.js';

// The status and code an error says, read without building anything: guards ("not found?") stay light; fromSdkError reads all.

/** A code COS could have sent: CamelCase, not a system code (`ECONNRESET`) nor the SDKs' generic `Error`. */
function cosCode(value: unknown): string | undefined {
  const code = foreignText(value);
  return /^[A-Z][a-z][A-Za-z0-9]{0,62}$/.test(code) && code !== 'Error' ? code : undefined;
}

/** The code in a body a client kept: an error document's first `Code` element, or a JSON object's `code`. */
function codeInBody(data: unknown): string | undefined {
  if (typeof data === 'string') return cosCode(/<Code>\s*([^<]{1,64}?)\s*<\/Code>/.exec(data)?.[1]);
  return (
    cosCode(readForeign(data, 'Code')) ?? cosCode(readForeign(data, 'code')) ?? cosCode(readForeign(readForeign(data, 'Error'), 'Code'))
  );
}

// Where the clients keep the status (this package, the COS SDKs, the AWS S3 client, axios, fetch-like) and the code.
const STATUS_AT = [['statusCode'], ['$metadata', 'httpStatusCode'], ['response', 'status'], ['status'], ['code']];
const at = (value: unknown, path: readonly string[]): unknown => path.reduce(readForeign, value);

/** The status and code `value` says, each `undefined` where it says none; never throws. */
export function saidAnswer(value: unknown): { readonly status: number | undefined; readonly code: string | undefined } {
  const status = firstStatus(...STATUS_AT.map((path) => at(value, path)));
  const ownCode = readForeign(value, 'getErrorCode');
  if (typeof ownCode === 'function') return { status, code: cosCode(attempt<unknown>(() => ownCode.call(value), undefined)) };
  const code =
    cosCode(readForeign(value, 'Code')) ??
    codeInBody(readForeign(value, 'error')) ??
    codeInBody(at(value, ['response', 'data'])) ??
    cosCode(readForeign(value, 'code')) ??
    cosCode(readForeign(value, 'name'));
  return { status, code };
}
