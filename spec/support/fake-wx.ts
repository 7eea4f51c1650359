import { request as httpRequest, type IncomingMessage } from 'node:http';

/** What a Mini Program's `wx.request` is given (the part cos-wx-sdk-v5 uses). */
interface WxRequestOptions {
  url: string;
  method?: string;
  header?: Record<string, string>;
  data?: unknown;
  timeout?: number;
  dataType?: string;
  responseType?: string;
  success?: (result: { data: unknown; statusCode: number; header: Record<string, string>; errMsg: string }) => void;
  fail?: (result: { errMsg: string }) => void;
  complete?: (result: unknown) => void;
}

/**
 * The one thing of a Mini Program that cannot run here, its network layer: `wx.request`, sending
 * the request with Node's http module and answering as the Mini Program does (`success` for any
 * status, `fail` with `errMsg: 'request:fail …'` for a refused connection or a timeout). Everything
 * else the SDK runs is its own code.
 */
function request(options: WxRequestOptions): { abort(): void } {
  let settled = false;
  const finish = (ok: boolean, result: { errMsg: string; [key: string]: unknown }): void => {
    if (settled) return;
    settled = true;
    if (ok) options.success?.(result as never);
    else options.fail?.(result);
    options.complete?.(result);
  };
  const method = (options.method ?? 'GET').toUpperCase();
  const outgoing = httpRequest(options.url, { method, headers: options.header ?? {}, agent: false }, (response: IncomingMessage) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => {
      clearTimeout(timer);
      const bytes = Buffer.concat(chunks);
      let data: unknown;
      if (options.responseType === 'arraybuffer') data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
      else {
        data = bytes.toString('utf8');
        if ((options.dataType ?? 'json') === 'json') {
          try {
            data = JSON.parse(data as string);
          } catch {
            // a Mini Program keeps text that is not JSON as text
          }
        }
      }
      const header: Record<string, string> = {};
      for (let i = 0; i < response.rawHeaders.length; i += 2) header[response.rawHeaders[i]!] = response.rawHeaders[i + 1]!;
      finish(true, { data, statusCode: response.statusCode ?? 0, header, errMsg: 'request:ok' });
    });
  });
  const timer = setTimeout(() => {
    outgoing.destroy();
    finish(false, { errMsg: 'request:fail timeout' });
  }, options.timeout ?? 60_000);
  outgoing.on('error', (error: NodeJS.ErrnoException) => {
    clearTimeout(timer);
    finish(false, {
      errMsg:
        error.code === 'ECONNREFUSED'
          ? 'request:fail errcode:-102 cronet_error_code:-102 error_msg:net::ERR_CONNECTION_REFUSED'
          : `request:fail ${error.message}`,
    });
  });
  const body = options.data;
  if (method !== 'GET' && method !== 'HEAD' && (typeof body === 'string' || body instanceof ArrayBuffer))
    outgoing.write(typeof body === 'string' ? body : Buffer.from(body));
  outgoing.end();
  return {
    abort: () => {
      outgoing.destroy();
      finish(false, { errMsg: 'request:fail abort' });
    },
  };
}

const storage = new Map<string, unknown>();

/** A `wx` with the network layer above and the few other members the SDK touches when it loads. */
export const fakeWx = {
  request,
  getFileSystemManager: () => ({}),
  canIUse: () => false,
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => {
    storage.set(key, value);
  },
  removeStorageSync: (key: string) => {
    storage.delete(key);
  },
};
