import { notImplementedAnswer } from '../../src/aws/unimplemented';
import { policySettingOf } from '../../../actions/provision-repo/src/provision/aws-calls';

const answered = (statusCode: number, contentType: string, name = 'SyntaxError') => ({
  name,
  $response: { statusCode, headers: { 'content-type': contentType } },
  $metadata: { httpStatusCode: statusCode },
});

describe('an operation the endpoint does not implement is told apart from a failure worth retrying', () => {
  test.each<[string, unknown, string | undefined]>([
    ['moto: HTTP 500 with an HTML page', answered(500, 'text/html; charset=utf-8'), 'HTTP 500 with an HTML page'],
    ['HTTP 501', answered(501, 'application/json', 'NotImplemented'), 'NotImplemented (HTTP 501)'],
    ['HTTP 501 without a name', answered(501, 'text/plain', 'Error'), 'HTTP 501 Not Implemented'],
    [
      'UnknownOperationException',
      answered(400, 'application/x-amz-json-1.1', 'UnknownOperationException'),
      'UnknownOperationException (HTTP 400)',
    ],
    ['an AWS 500 in JSON is retried', answered(500, 'application/x-amz-json-1.1', 'ServerException'), undefined],
    ['a proxy 502 HTML page is retried', answered(502, 'text/html'), undefined],
    ['a 503 is retried', answered(503, 'text/html'), undefined],
    ['throttling is retried', answered(400, 'application/x-amz-json-1.1', 'ThrottlingException'), undefined],
    ['a network error is retried', Object.assign(new Error('reset'), { code: 'ECONNRESET' }), undefined],
  ])('%s', (_name, err, expected) => {
    expect(notImplementedAnswer(err)).toBe(expected);
  });
});

describe('the policy setting that needs an operation', () => {
  test.each<[string, string | undefined]>([
    ['DescribePullThroughCacheRules', 'registry.pullThroughCache'],
    ['CreatePullThroughCacheRule', 'registry.pullThroughCache'],
    [
      'DescribeRepositoryCreationTemplates',
      'registry.pullThroughCache or registry.createOnPush (repository creation templates)',
    ],
    ['DescribeRegistry', 'registry.replication'],
    ['PutReplicationConfiguration', 'registry.replication'],
    ['GetRegistryScanningConfiguration', 'registry.scanning'],
    ['GetBucketPolicy', 'packages.bucket'],
    ['GetPolicyVersion', 'iam.createPolicies'],
    ['GetRepositoryPolicy', undefined],
    ['PutLifecyclePolicy', undefined],
    ['DescribeRepositories', undefined],
  ])('%s: %s', (operation, setting) => {
    expect(policySettingOf(operation)).toBe(setting);
  });
});
