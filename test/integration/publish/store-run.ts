import { join } from 'node:path';
import { run } from '../../../actions/publish-package/src/main';
import { testContext, type TestContext } from '../../utils/action-context';
import type { GatedS3 } from '../../utils/s3-policy-gate';

/** Runs publish-package into the local store under prefix `piksel`, with no policy file in `work`, and these inputs. */
export async function publishToStore(s3: GatedS3, work: string, inputs: Record<string, string>): Promise<TestContext> {
  const ctx = testContext({
    policy: join(work, 'no-policy.yml'),
    bucket: s3.bucket,
    prefix: 'piksel',
    'base-url': `${s3.endpoint}/${s3.bucket}`,
    ...inputs,
  });
  await run(ctx);
  return ctx;
}
