import { parsePolicy } from '../../../../shared/src/policy';
import type { Policy } from '../../../../shared/src/policy';
import { awsCaller, provision } from '../../src/provision';
import type { ProvisionOptions } from '../../src/provision';
import { MemoryLogger } from '../../../../test/utils/loggers';
import { FakeAws } from '../../../../test/fakes';

export const ACCOUNT = '123456789012';
export const REGION = 'eu-central-1';

/** The first lines of a test policy of `system`: version, region, resource tags and a per-service registry layout. */
export const policyHead = (system = 'shop'): string => `version: 1
system: ${system}
region: eu-central-1
resourceTags: {Project: ${system}, Environment: shared, Purpose: container-registry, ManagedBy: artifacts, Owner: platform}
registry:
  layout: per-service
`;

export const BASE_POLICY = `
${policyHead()}  services: [api, web]
  tagMutability: IMMUTABLE
  mutableTags: ["*-latest"]
  encryption: {type: KMS}
  scanning: {type: BASIC, frequency: SCAN_ON_PUSH}
  lifecycle: {keepTagged: 5, expireUntaggedDays: 7}
  pullAccounts: ["111111111111", "222222222222"]
  pullThroughCache:
    - {upstream: docker-hub, credentialSecret: ecr-pullthroughcache/dockerhub}
    - {upstream: quay}
  templateRoleArn: arn:aws:iam::123456789012:role/ecr-templates
  mirrors: [{source: gcr.io/distroless/static, target: thirdparty/distroless-static}]
packages: {bucket: shop-artifacts}
iam: {accountId: "${'123456789012'}"}
`;

export function policyOf(yaml: string = BASE_POLICY): Policy {
  return parsePolicy(yaml, 'artifact-policy.yml');
}

export function fakeAws(): FakeAws {
  const aws = new FakeAws(ACCOUNT, REGION);
  aws.ecr.secrets.add('ecr-pullthroughcache/dockerhub');
  return aws;
}

export function options(overrides: Partial<ProvisionOptions> = {}): ProvisionOptions & { logger: MemoryLogger } {
  const logger = new MemoryLogger();
  return {
    mode: 'apply',
    prune: false,
    concurrency: 4,
    services: [],
    region: REGION,
    logger,
    call: awsCaller({ logger }),
    ...overrides,
  } as ProvisionOptions & { logger: MemoryLogger };
}

export async function runProvision(aws: FakeAws, policy: Policy, overrides: Partial<ProvisionOptions> = {}) {
  return provision(policy, aws.clients(), options(overrides));
}
