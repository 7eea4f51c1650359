import { createRequire } from 'node:module';

/** The part of a `cos-nodejs-sdk-v5` client the tests call. */
export interface CosClient {
  getObject(params: object, callback?: (error: unknown, data: unknown) => void): Promise<unknown> | undefined;
  headObject(params: object, callback?: (error: unknown, data: unknown) => void): Promise<unknown> | undefined;
  putObject(params: object, callback?: (error: unknown, data: unknown) => void): Promise<unknown> | undefined;
  deleteBucket(params: object, callback?: (error: unknown, data: unknown) => void): Promise<unknown> | undefined;
  getObjectUrl(params: object): string;
  on(event: string, listener: (...args: unknown[]) => void): void;
  emit(event: string, ...args: unknown[]): void;
  options: Record<string, unknown>;
}

type CosConstructor = new (options: Record<string, unknown>) => CosClient;
const COS = createRequire(import.meta.url)('cos-nodejs-sdk-v5') as CosConstructor;

/** The values every test request uses. */
export const BUCKET = { Bucket: 'examplebucket-1250000000', Region: 'ap-beijing' };

/** A real COS Node.js SDK client that talks to `host` (e.g. `127.0.0.1:8080`) over plain HTTP. */
export function cosClient(host: string, options: Record<string, unknown> = {}): CosClient {
  return new COS({
    SecretId: 'AKIDexampleSecretIdForLoopbackTests',
    SecretKey: 'exampleSecretKeyForLoopbackTests',
    Domain: host,
    Protocol: 'http:',
    MaxRetries: 0,
    ...options,
  });
}
