// An HTTP method is a short token (RFC 9110): letters, digits and a few marks.
const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}$/;

/** The method an error keeps: the given one upper case when it is an HTTP method, else `GET` (a URL given is kept from logs). */
export function httpMethodOf(value: unknown): string {
  return typeof value === 'string' && METHOD.test(value) ? value.toUpperCase() : 'GET';
}
