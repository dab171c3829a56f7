import { KeylessSigner, sigstoreRequestOptions } from '../../src/signing/signers';
import { startSilentServer, type SilentServer } from '../../../test/utils/unanswering';

/** A header.claims.signature JWT as the runner hands out; Fulcio is never reached with it here. */
const token = () =>
  ['{"alg":"none"}', '{"iss":"https://token.actions.githubusercontent.com","sub":"repo:acme/shop:ref:refs/heads/main"}']
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.') + '.';

describe('Fulcio and Rekor requests are bounded in time', () => {
  let silent: SilentServer;
  beforeAll(async () => {
    silent = await startSilentServer();
  });
  afterAll(async () => {
    await silent.close();
  });

  test('keyless signing against a Fulcio that never answers fails after the bounded attempts', async () => {
    const signer = new KeylessSigner({
      getToken: async () => token(),
      fulcioUrl: silent.url,
      timeouts: { idleMs: 300 },
    });
    await expect(signer.sign(Buffer.from('payload'))).rejects.toThrow();
    // Two attempts (timedOutAttempts), each cut after the idle time.
    expect(silent.requests()).toBe(2);
  });

  test.each([
    [{}, { timeout: 20_000, retries: 1 }],
    [
      { idleMs: 1_000, timedOutAttempts: 3 },
      { timeout: 1_000, retries: 2 },
    ],
  ])('the request options for %j', (timeouts, expected) => {
    const options = sigstoreRequestOptions(timeouts);
    expect({ timeout: options.timeout, retries: options.retry.retries }).toEqual(expected);
  });
});
