import { isBytes } from '../response/body-text.js';
import { isStatusCode } from '../response/status-code.js';
import { foreignText, isForeignObject, readForeign } from '../util/read-foreign.js';
import type { ForeignAnswer, ForeignRequest } from './foreign-answer.js';

/*
 * An `AxiosError` (`isAxiosError: true`) with a `response`: its `status`, `headers` (an
 * `AxiosHeaders` or a plain object) and `data` (text, bytes, or an object axios already parsed
 * from JSON; a stream cannot be read here), and the request in `config` (`method`, `baseURL`,
 * `url`). Without a `response`, axios got no answer.
 */

/** Whether `value` is an axios error (its own flag, as `axios.isAxiosError` checks it). */
export function isAxiosError(value: object): boolean {
  return readForeign(value, 'isAxiosError') === true;
}

function isPlainData(value: unknown): value is object {
  if (!isForeignObject(value)) return false;
  try {
    const prototype: unknown = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
  } catch {
    return false;
  }
}

/** The request URL: `url` against `baseURL` when it is relative, as axios resolves it. */
function requestUrl(config: unknown): string | undefined {
  const url = foreignText(readForeign(config, 'url'));
  const base = foreignText(readForeign(config, 'baseURL'));
  if (base === '' || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url || undefined;
  // Slashes trimmed by hand: a pattern anchored at the end would retry from every slash.
  let baseEnd = base.length;
  while (baseEnd > 0 && base[baseEnd - 1] === '/') baseEnd--;
  let urlStart = 0;
  while (urlStart < url.length && url[urlStart] === '/') urlStart++;
  return `${base.slice(0, baseEnd)}/${url.slice(urlStart)}`;
}

/** The request an axios error names, from its `config`, answered or not. */
export function axiosRequest(error: object): ForeignRequest {
  const config = readForeign(error, 'config');
  return { method: foreignText(readForeign(config, 'method')).toUpperCase() || undefined, url: requestUrl(config) };
}

/** The COS answer inside an axios error, or `undefined` when axios got none. */
export function axiosAnswer(error: object): ForeignAnswer | undefined {
  const response = readForeign(error, 'response');
  const statusCode = readForeign(response, 'status');
  if (!isStatusCode(statusCode)) return undefined;
  const { method, url } = axiosRequest(error);
  const headers = readForeign(response, 'headers');
  const data = readForeign(response, 'data');
  if (typeof data === 'string' || (isForeignObject(data) && isBytes(data))) return { statusCode, method, url, headers, body: data };
  if (isPlainData(data)) return { statusCode, method, url, headers, parsedOnly: true, digest: data };
  return { statusCode, method, url, headers };
}
