import { listOrgRepositories } from '../../src/provision/github-repositories';
import { UnreachableEndpointError } from '../../../../shared/src/runtime/errors';
import { MemoryLogger } from '../../../../test/utils/loggers';
import { refusingUrl, startSilentServer, type SilentServer } from '../../../../test/utils/unanswering';

/** provision-repo's listing of the organisation's repositories is bounded in time like every other request. */

let silent: SilentServer;
beforeEach(async () => (silent = await startSilentServer()));
afterEach(() => silent.close());

test.each<[string, () => Promise<string>]>([
  ['never answers', async () => silent.url],
  ['refuses connections', refusingUrl],
])('a GitHub API that %s fails the listing naming the API', async (_n, endpoint) => {
  const url = await endpoint();
  const err = await listOrgRepositories({
    org: 'acme',
    pattern: 'shop-*',
    token: 'ghs_token',
    apiUrl: url,
    logger: new MemoryLogger(),
    sleep: async () => undefined,
    timeouts: { connectMs: 1000, idleMs: 300 },
  }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UnreachableEndpointError);
  expect((err as Error).message).toContain(`The GitHub API ${url} did not answer listing acme's repositories`);
});
