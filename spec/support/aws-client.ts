import { S3Client } from '@aws-sdk/client-s3';
import { NodeHttpHandler } from '@smithy/node-http-handler';

/** A real AWS SDK v3 S3 client pointed at a COS endpoint (`origin`), path-style, one attempt. */
export function s3Client(origin: string, requestTimeout?: number): S3Client {
  return new S3Client({
    endpoint: origin,
    forcePathStyle: true,
    region: 'ap-beijing',
    credentials: { accessKeyId: 'AKIDexampleForLoopbackTests', secretAccessKey: 'exampleSecretForLoopbackTests' },
    maxAttempts: 1,
    ...(requestTimeout === undefined ? {} : { requestHandler: new NodeHttpHandler({ requestTimeout, throwOnRequestTimeout: true }) }),
  });
}
