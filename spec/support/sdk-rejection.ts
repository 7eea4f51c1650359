/** What an SDK call rejected with; fails the test when it resolves. */
export async function sdkRejection(call: () => Promise<unknown> | undefined): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the SDK call to fail');
}
