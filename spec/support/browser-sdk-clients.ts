import { createRequire } from 'node:module';
import { fakeWx } from './fake-wx.js';

const load = createRequire(import.meta.url);

/** What the tests call of the COS JavaScript and Mini Program SDKs (both have the same API). */
export interface BrowserCosClient {
  getObject(params: object, callback?: (error: unknown, data: unknown) => void): Promise<unknown> | undefined;
  headObject(params: object, callback?: (error: unknown, data: unknown) => void): Promise<unknown> | undefined;
  putObject(params: object, callback?: (error: unknown, data: unknown) => void): Promise<unknown> | undefined;
  putObjectCopy(params: object, callback?: (error: unknown, data: unknown) => void): Promise<unknown> | undefined;
}

type Constructor = new (options: Record<string, unknown>) => BrowserCosClient;

/** The globals each SDK needs, set while `use` runs and put back after. */
export interface SdkGlobals {
  install(): void;
  restore(): void;
}

function globals(values: Record<string, unknown>): SdkGlobals {
  const saved = new Map<string, PropertyDescriptor | undefined>();
  return {
    install: () => {
      for (const [name, value] of Object.entries(values)) {
        saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
        Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
      }
    },
    restore: () => {
      for (const [name, descriptor] of saved) {
        if (descriptor === undefined) delete (globalThis as Record<string, unknown>)[name];
        else Object.defineProperty(globalThis, name, descriptor);
      }
      saved.clear();
    },
  };
}

const XHR2 = load('xhr2') as new () => { send(body?: unknown): void; _method?: string };

/**
 * xhr2, the XMLHttpRequest of the tests, made to send what a browser sends: no body on GET and
 * HEAD, and a Blob (putObject makes one of a string body) as its bytes.
 */
class BrowserLikeXhr extends XHR2 {
  override send(body?: unknown): void {
    if (this._method === 'GET' || this._method === 'HEAD') return super.send(undefined);
    if (body instanceof Blob) {
      void body.arrayBuffer().then((bytes) => super.send(Buffer.from(bytes)));
      return undefined;
    }
    return super.send(body);
  }
}

/** The globals of a browser that cos-js-sdk-v5 uses: XMLHttpRequest. */
export const browserGlobals = globals({ XMLHttpRequest: BrowserLikeXhr });
/** The globals of a Mini Program that cos-wx-sdk-v5 uses: `wx`, and `window` declared but undefined. */
export const miniProgramGlobals = globals({ wx: fakeWx, window: undefined });

const credentials = { SecretId: 'AKIDexampleSecretIdForLoopbackTests', SecretKey: 'exampleSecretKeyForLoopbackTests' };

/** A real cos-js-sdk-v5 client talking to `origin` (`http://127.0.0.1:<port>`). */
export function cosJsClient(origin: string, options: Record<string, unknown> = {}): BrowserCosClient {
  const COS = load('cos-js-sdk-v5') as Constructor;
  return new COS({ ...credentials, Domain: origin.replace('http://', ''), Protocol: 'http:', ...options });
}

/** A real cos-wx-sdk-v5 client talking to `origin`; it needs the scheme in Domain. */
export function cosWxClient(origin: string, options: Record<string, unknown> = {}): BrowserCosClient {
  const COS = load('cos-wx-sdk-v5') as Constructor;
  return new COS({ ...credentials, Domain: origin, ...options });
}
