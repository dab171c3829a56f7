import { bucketPolicyStatements } from '../../actions/provision-repo/src/documents/bucket-policy';
import { decide, type OracleRequest } from './evaluate';

const repo = 'arn:aws:ecr:eu-central-1:111111111111:repository/piksel/odc';
const identity = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/${aws:PrincipalTag/Project}/*' },
    {
      Effect: 'Allow',
      Action: 'ecr:PutImage',
      Resource: repo,
      Condition: { StringEquals: { 'ecr:ResourceTag/Project': '${aws:PrincipalTag/Project}' } },
    },
  ],
};
const bucketPolicy = {
  Version: '2012-10-17',
  Statement: bucketPolicyStatements({
    bucket: 'b',
    prefix: 'piksel',
    system: 'piksel',
    principalTagKey: 'Project',
    shared: true,
  }),
};
const piksel = { principal: 'arn:aws:iam::111111111111:role/piksel-ci', principalTags: { Project: 'piksel' } };
const put = (key: string, context: Record<string, string>): OracleRequest => ({
  ...piksel,
  action: 's3:PutObject',
  resource: `arn:aws:s3:::b/${key}`,
  context: { 's3:ObjectCreationOperation': 'true', ...context },
});

describe('decide', () => {
  test.each<[string, OracleRequest, string, RegExp]>([
    ['a create-only artifact write', put('piksel/a.jar', { 's3:if-none-match': '*' }), 'Allowed', /identity/],
    ['an index rewrite with If-Match', put('piksel/m.xml', { 's3:if-match': '"e"' }), 'Allowed', /identity/],
    ['an unconditional write', put('piksel/m.xml', {}), 'ExplicitlyDenied', /ConditionalWritesOnly/],
    ['an artifact overwrite', put('piksel/a.jar', { 's3:if-match': '"e"' }), 'ExplicitlyDenied', /NoArtifactOverwrite/],
    ['a write outside the prefix', put('shop/a.jar', { 's3:if-none-match': '*' }), 'ExplicitlyDenied', /Isolation/],
    ['over plain HTTP', put('piksel/a.jar', { 'aws:SecureTransport': 'false' }), 'ExplicitlyDenied', /TlsOnly/],
    [
      'a push to a repository tagged for the system',
      { ...piksel, action: 'ecr:PutImage', resource: repo, context: { 'ecr:ResourceTag/Project': 'piksel' } },
      'Allowed',
      /identity/,
    ],
    [
      "a push to another system's repository",
      { ...piksel, action: 'ecr:PutImage', resource: repo, context: { 'ecr:ResourceTag/Project': 'shop' } },
      'ImplicitlyDenied',
      /no identity statement/,
    ],
  ])('%s', async (_name, request, result, explanation) => {
    const decision = await decide(request, { identity: [identity], resource: bucketPolicy });
    expect(decision).toMatchObject({ allowed: result === 'Allowed', result, ignoredContextKeys: [] });
    expect(decision.explanation).toMatch(explanation);
  });

  test('an action the catalogue does not know is reported as invalid, never allowed', async () => {
    const decision = await decide(
      { ...piksel, action: 'ecr:PushEverything', resource: repo },
      { identity: [identity] },
    );
    expect(decision).toMatchObject({ allowed: false, result: 'Invalid' });
  });
});
