// An HTTP method is a short token (RFC 9110): letters, digits and a few marks.
const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}$/;

/**
 * The request method an error keeps: the given one in upper case when it is an HTTP method,
 * else `GET` (text that is no method, a URL say, is not kept where a log line would show it).
 */
export function httpMethodOf(value: unknown): string {
  return typeof value === 'string' && METHOD.test(value) ? value.toUpperCase() : 'GET';
}
