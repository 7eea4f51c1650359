import { rememberedByText } from '../util/memo.js';

// The one table of credential names, in any case and separators (`secretKey`): a value goes for its name, never its words.

/** Names that are a credential only as the whole name: `token=…`, but not `continuation-token=…`. */
const WHOLE_NAMES = [
  'TmpSecretId',
  'TmpSecretKey',
  'q-ak',
  'q-signature',
  'x-cos-security-token',
  'x-ci-security-token',
  'sign', // COS
  'X-Amz-Signature',
  'X-Amz-Credential',
  'AWSAccessKeyId',
  'aws_session_token', // AWS
  'token',
  'x-auth-token',
  'id_token',
  'x-api-key',
  'api_secret',
  'secret',
  'signature',
  'credential',
  'credentials',
  'cookie',
  'set-cookie',
  'pwd',
] as const;

/** Names that are a credential also ending a longer name after a separator (`db_password`), not glued on (`InvalidAccessKeyId`). */
const ENDING_NAMES = [
  'SecretId',
  'SecretKey',
  'security-token',
  'session-token',
  'access-token',
  'refresh-token',
  'auth-token',
  'access-key',
  'access-key-id',
  'secret-access-key',
  'customer-key',
  'api-key',
  'private-key',
  'client-secret',
  'password',
  'passwd',
  'authorization',
] as const;

// User metadata is the user's data, whatever its name says (`x-cos-meta-token-count`).
const METADATA = /^x-(?:cos|amz)-meta-/i;
const SEPARATORS = /[-_. ]+/;
const joined = (words: readonly string[]): string => words.join('').toLowerCase();
const WHOLE: ReadonlySet<string> = new Set([...WHOLE_NAMES, ...ENDING_NAMES].map((name) => joined(name.split(SEPARATORS))));
const ENDING: ReadonlySet<string> = new Set(ENDING_NAMES.map((name) => joined(name.split(SEPARATORS))));
// Every name's last two letters: one look lets most words (`time`, `Code`) through.
const TAILS: ReadonlySet<string> = new Set([...WHOLE].map((name) => name.slice(-2)));
export const LONGEST_NAME = 128;

/** Whether `name` (a header, a JSON key, a query parameter, the name of a pair in text) names a credential. */
export const isCredentialName = rememberedByText(looksUp);
/** Whether some credential name ends with these two letters: every name that ends at one place, ruled out at once. */
export const mayEndName = (lastTwo: string): boolean => TAILS.has(lastTwo.toLowerCase());
function looksUp(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length > LONGEST_NAME || trimmed.length < 3 || !mayEndName(trimmed.slice(-2)) || METADATA.test(trimmed)) return false;
  const words = trimmed.split(SEPARATORS);
  if (WHOLE.has(joined(words))) return true;
  for (let first = 1; first < words.length; first++) if (ENDING.has(joined(words.slice(first)))) return true;
  return false;
}

/** Whether a credential named `name`, written `name: value`, is a whole header line (`Authorization: AWS AKID:…`, `Cookie: a=1`). */
export function takesTheLine(name: string): boolean {
  return /(?:authorization|cookie)$/i.test(name.trim());
}
