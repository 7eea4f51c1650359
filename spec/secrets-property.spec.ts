import { expect } from 'chai';
import fc from 'fast-check';
import type { CosClientError, CosServiceError, createServiceError, findServiceError, fromResponse, fromSdkError, CosError } from 'qcloud-cos-errors';
import { BUILDS } from './support/builds.js';
import { surfacesOf } from './support/surfaces.js';

// A secret planted anywhere a caller, COS or an SDK can put text, in every form a credential
// takes, must reach no surface of the error but getOriginMsg().

const secretArbitrary = fc.stringMatching(/^[A-Za-z0-9]{10,16}$/).map((tail) => `SEKRET${tail}`);

/** The forms a credential is written in, each holding the secret once or more. */
const FORMS: ReadonlyArray<(s: string) => string> = [
  (s) => `https://user:${s}@examplebucket-1250000000.cos.ap-beijing.myqcloud.com/key`,
  (s) => `https://user:p@${s}@host/k`,
  (s) => ` https://user:${s}@host/k`,
  (s) => `https:/user:${s}@host/k`,
  (s) => `https:user:${s}@host/k`,
  (s) => `HTTPS://user:${s}@HOST/k`,
  (s) => `https://${s}@host/k`,
  (s) => `ftp://u:${s}@h/`,
  (s) => `https://u:${s}@h:8080/k?x=1#f`,
  (s) => `https://h/k?q-sign-algorithm=sha1&q-signature=${s}&versionId=1`,
  (s) => `https://h/k?x-cos-security-token=${s}`,
  (s) => `https://h/k?X-Amz-Signature=${s}&X-Amz-Credential=${s}%2F20240101%2Fap-beijing%2Fs3%2Faws4_request&X-Amz-Security-Token=${s}`,
  (s) => `https://h/k?sign=${encodeURIComponent(`q-sign-algorithm=sha1&q-signature=${s}`)}`,
  (s) => `https://h/k?Q-SIGNATURE=${s}`,
  (s) => `https://h/k?q-sig%6Eature=${s}`,
  (s) => `https://h/k?token=${s}#frag`,
  (s) => `https://h/k#token=${s}`,
  (s) => `https://h/k#${s}`,
  (s) => `examplebucket-1250000000.cos.ap-beijing.myqcloud.com/key?q-signature=${s}`,
  (s) => `/key?sign=${encodeURIComponent(`q-signature=${s}`)}`,
  (s) => `q-sign-algorithm=sha1&q-ak=AKIDexample&q-sign-time=1700000000;1700003600&q-key-time=1700000000;1700003600&q-header-list=host&q-url-param-list=&q-signature=${s}`,
  (s) => `AWS4-HMAC-SHA256 Credential=${s}/20240101/ap-beijing/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${s}`,
  (s) => `request to https://u:${s}@h/k failed`,
  (s) => `see "https://h/k?q-signature=${s}" and (https://h/?token=${s})`,
  (s) => `<https://h/k?X-Amz-Signature=${s}>`,
  // A scheme glued to a word before it.
  (s) => `Location:https://user:${s}@h/`,
  (s) => `time=12:00;https://user:${s}@h`,
  (s) => `mailto:a@b,https://user:${s}@h/`,
  (s) => `blob:https://user:${s}@h/`,
  // A URL inside a URL: in the path, in a query value, encoded.
  (s) => `https://a.com/,https://user:${s}@h/`,
  (s) => `https://a.com/?redirect=https://user:${s}@h/`,
  (s) => `https://a.com/?redirect=${encodeURIComponent(`https://user:${s}@h.com`)}`,
  // User info that WHATWG URL reads across white space and quotes.
  (s) => `https://user:${s}\t@h/`,
  (s) => `https://user:${s}\n@h/`,
  (s) => `https://user:${s} x@h/`,
  (s) => `https://user:it'${s}@h/`,
  // Quoted and spaced values, values past a comma, bad and double escapes.
  (s) => `token="${s}"`,
  (s) => `password='${s} more'`,
  (s) => `Signature= ${s}`,
  (s) => `password=ab,${s}`,
  (s) => `?sign=q-sign-algorithm%3Dsha1%26q-signature%3D${s}%ZZ`,
  (s) => `X-Amz-Sig%6Eature%=${s}`,
  (s) => `sign=q%253Dx%2526q-signature%253D${s}`,
  // Scheme-relative URLs, alone, in text, as a query value.
  (s) => `//user:${s}@examplebucket-1250000000.cos.ap-beijing.myqcloud.com/key`,
  (s) => `moved to //u:${s}@h/x#f for now`,
  (s) => `redirect=//u:${s}@h/`,
  (s) => `//examplebucket-1250000000.cos.ap-beijing.myqcloud.com/key#${s}`,
  (s) => `//${s}@h/k`,
  (s) => `see //[::1]:8080/k#${s} there`,
  (s) => `see //u:${'x'.repeat(300)}${s}@h.example/k`,
  (s) => `redirect ///admin:${s}@evil.example/k`,
  (s) => `request to ://AKID:${s}@examplebucket-1250000000.cos.ap-beijing.myqcloud.com/k`,
  (s) => `代理地址://admin:${s}@10.0.0.1:3128/`,
  // Credentials written with a colon: header lines, JSON members in text.
  (s) => `password: ${s}, more`,
  (s) => `X-Cos-Security-Token:${s}`,
  (s) => `{"secret":"${s}","a":1}`,
  (s) => `{'token': '${s}'}`,
  (s) => `{"accessKeyId":"${s}"}`,
  // Key ids in a COS signature.
  (s) => `q-sign-algorithm=sha1&q-ak=${s}&q-signature=x`,
  // Header lines whose value has spaces or separators in it.
  (s) => `Authorization: Bearer ${s}`,
  (s) => `Authorization: AWS AKIDEXAMPLE:${s}`,
  (s) => `Cookie: lang=en; sid=${s}`,
  // Space around the '=' or ':', names with spaces and underscores, quoted and escaped JSON.
  (s) => `q-signature = ${s}`,
  (s) => `q-signature\n=${s}`,
  (s) => `"secretKey" : "${s}"`,
  (s) => `{"Secret Key": "${s}"}`,
  (s) => `Secret Key: ${s}`,
  (s) => `{\\"secretKey\\":\\"${s}\\"}`,
  (s) => `token=\\"${s}\\"`,
  (s) => `{"tokens": ["${s}", "x"]}`,
  (s) => `access_key_id=${s}`,
  (s) => `AWS_ACCESS_KEY_ID: ${s}`,
  (s) => `api_key=${s}`,
  // Values that hold an '&', or start with an entity.
  (s) => `token=&quot;${s}&quot;`,
  (s) => `password=hunter&${s}`,
  // Pairs seen only once decoded: percent-encoded once or twice, or JSON-escaped.
  (s) => `expired: q-sign-algorithm%3Dsha1%26q-ak%3DAKID%26q-signature%3D${s}`,
  (s) => `x q-signature%253D${s} y`,
  (s) => `q-signature\\u003d${s}`,
  (s) => `/k?redirect=${encodeURIComponent(`https://u:${s}@h/`)}`,
  (s) => `/k?sign=${encodeURIComponent(`q-sign-algorithm=sha1&q-ak=${s}`)}`,
  // Passwords that hold a '/' or a '#', so that the URL does not parse.
  (s) => `https://AKIDEXAMPLE:wJalr/${s}@examplebucket-1250000000.cos.ap-beijing.myqcloud.com/k`,
  (s) => `https://user:pa#${s}@host/k`,
];

const formArbitrary = fc.nat(FORMS.length - 1).map((index) => FORMS[index]!);

/** Header names whose whole value is a credential, spelled as callers and servers spell them. */
const SECRET_HEADER_NAMES = ['authorization', 'Authorization', 'authorization ', ' Proxy-Authorization', 'cookie', 'Set-Cookie', 'x-cos-security-token', 'X-Amz-Security-Token', 'x-ci-security-token'];

function xmlDocument(fields: Record<string, string>): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version='1.0' encoding='utf-8' ?>\n<Error>${Object.entries(fields).map(([name, value]) => `<${name}>${escape(value)}</${name}>`).join('')}</Error>`;
}

const FIELD_NAMES = ['Code', 'Message', 'Resource', 'RequestId', 'TraceId'];

/** The five error fields, `planted` in the one chosen, ordinary text elsewhere. */
function fieldsWith(planted: string, at: number): Record<string, string> {
  const ordinary = ['NoSuchKey', 'The specified key does not exist.', 'examplebucket-1250000000.cos.ap-beijing.myqcloud.com/key', 'NjQ0ZmM0ZDhf', 'OGVmYzZiMmQ3'];
  return Object.fromEntries(FIELD_NAMES.map((name, index) => [name, index === at ? planted : ordinary[index]!]));
}

function expectNoSecret(error: CosError, secret: string): void {
  expect(surfacesOf(error), secret).not.to.include(secret);
}

for (const { name: build, api } of BUILDS) {
  describe(`no planted secret reaches any surface but getOriginMsg() (fast-check), in ${build}`, () => {
    const { CosClientError, CosServiceError, createServiceError, findServiceError, fromResponse, fromSdkError } = api;
    it('through createServiceError: URL, any header, every XML and JSON field, an error-code header body, a HEAD 404', () => {
      fc.assert(
        fc.property(secretArbitrary, formArbitrary, fc.nat(4), fc.constantFrom(...SECRET_HEADER_NAMES), (secret, form, at, headerName) => {
          const planted = form(secret);
          const headers = { [headerName]: `Bearer ${secret}`, location: planted, 'x-custom': planted, 'x-cos-request-id': at === 3 ? planted : 'r-1' };
          const fields = fieldsWith(planted, at);
          const containers = { tokens: [secret], password: { value: secret }, credentials: { sessionKey: secret } };
          for (const body of [xmlDocument(fields), JSON.stringify(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.toLowerCase(), v]))), JSON.stringify({ Error: fields, token: secret, nested: [{ signature: secret, note: planted }], ...containers }), planted]) {
            expectNoSecret(createServiceError({ method: 'GET', url: planted, statusCode: 403, headers, body }), secret);
          }
          expectNoSecret(createServiceError({ method: 'POST', url: planted, statusCode: 400, headers: { ...headers, 'x-cos-error-code': 'InvalidArgument' }, body: planted }), secret);
          expectNoSecret(createServiceError({ method: 'POST', url: planted, statusCode: 400, headers: { ...headers, 'x-cos-error-code': 'ValidationException' }, body: JSON.stringify({ message: planted, request_id: planted }) }), secret);
          expectNoSecret(createServiceError({ method: 'HEAD', url: planted, statusCode: 404, headers }), secret);
          expectNoSecret(createServiceError({ method: 'GET', url: planted, statusCode: 500, headers, body: '' }), secret);
          expectNoSecret(findServiceError({ method: 'PUT', url: planted, statusCode: 200, headers, body: xmlDocument(fields) })!, secret);
        }),
        { numRuns: 300 },
      );
    });

    it('through the Python-style constructor: a body, a digest object, headers, URL', () => {
      fc.assert(
        fc.property(secretArbitrary, formArbitrary, fc.nat(4), (secret, form, at) => {
          const planted = form(secret);
          const fields = fieldsWith(planted, at);
          const details = { headers: { authorization: secret, location: planted }, url: planted, cause: new Error(planted) };
          expectNoSecret(new CosServiceError('GET', xmlDocument(fields), 403, details), secret);
          const digest = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.toLowerCase(), v]));
          expectNoSecret(new CosServiceError('GET', { ...digest, signature: secret }, 403, details), secret);
        }),
        { numRuns: 300 },
      );
    });

    it('through fromSdkError: every field of the COS SDKs\' errors, their messages, URLs and headers', () => {
      fc.assert(
        fc.property(secretArbitrary, formArbitrary, fc.nat(4), (secret, form, at) => {
          const planted = form(secret);
          const fields = fieldsWith(planted, at);
          const service = Object.assign(new Error(planted), { code: fields.Code, statusCode: 403, headers: { authorization: secret, location: planted }, url: planted, method: 'GET', error: fields, RequestId: planted });
          expectNoSecret(fromSdkError(service), secret);
          expectNoSecret(fromSdkError({ statusCode: 404, headers: { 'x-cos-request-id': planted }, url: planted, method: 'HEAD', error: {} }), secret);
          expectNoSecret(fromSdkError(Object.assign(new Error(`connect ECONNREFUSED ${planted}`), { code: 'ECONNREFUSED', url: planted })), secret);
          expectNoSecret(fromSdkError({ error: planted, url: planted, headers: {} }), secret);
        }),
        { numRuns: 300 },
      );
    });

    it('through client errors: the message and the cause', () => {
      fc.assert(
        fc.property(secretArbitrary, formArbitrary, (secret, form) => {
          const planted = form(secret);
          const cause = Object.assign(new Error(planted), { code: planted, name: planted });
          expectNoSecret(new CosClientError(planted, { kind: 'network', cause }), secret);
          expectNoSecret(new CosClientError(`failed: ${planted}`, { cause: planted }), secret);
        }),
        { numRuns: 300 },
      );
    });

    it('through fromResponse: a fetch Response with headers and a body, and the URL given', async () => {
      await fc.assert(
        fc.asyncProperty(secretArbitrary, formArbitrary, fc.nat(4), async (secret, form, at) => {
          const planted = form(secret);
          // A header value is bytes: text past Latin-1 cannot be one.
          const location = planted.trim().replace(/[\r\n]/g, '');
          const headers: Record<string, string> = /^[\x00-\xff]*$/.test(location) ? { 'x-cos-security-token': secret, location } : { 'x-cos-security-token': secret };
          const response = new Response(xmlDocument(fieldsWith(planted, at)), { status: 403, headers });
          expectNoSecret(await fromResponse(response, { url: planted }), secret);
        }),
        { numRuns: 200 },
      );
    });
  });
}
