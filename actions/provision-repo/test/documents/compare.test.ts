import { normalizePolicyDocument, sameLifecyclePolicy, samePolicyDocument } from '../../src/provision';

const doc = (statement: object | object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statement });
const pull = {
  Sid: 'Pull',
  Effect: 'Allow',
  Principal: { AWS: ['arn:aws:iam::1:root', 'arn:aws:iam::2:root'] },
  Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
};

describe('policy documents compared by meaning', () => {
  test.each([
    [
      'key order and white space',
      doc([pull]),
      JSON.stringify({ Statement: [{ ...pull }], Version: '2012-10-17' }, null, 2),
      true,
    ],
    [
      'list order',
      doc([pull]),
      doc([{ ...pull, Action: [...pull.Action].reverse(), Principal: { AWS: [...pull.Principal.AWS].reverse() } }]),
      true,
    ],
    [
      'one-element list and string',
      doc([{ ...pull, Action: ['ecr:BatchGetImage'] }]),
      doc([{ ...pull, Action: 'ecr:BatchGetImage' }]),
      true,
    ],
    ['a single statement not in a list', doc([pull]), doc(pull), true],
    [
      'statement order',
      doc([pull, { Sid: 'B', Effect: 'Deny', Action: 's3:*', Resource: '*' }]),
      doc([{ Sid: 'B', Effect: 'Deny', Action: 's3:*', Resource: '*' }, pull]),
      true,
    ],
    [
      'condition key case',
      doc([{ ...pull, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }]),
      doc([{ ...pull, Condition: { Bool: { 'AWS:SecureTransport': ['false'] } } }]),
      true,
    ],
    ['another account', doc([pull]), doc([{ ...pull, Principal: { AWS: ['arn:aws:iam::1:root'] } }]), false],
    ['another action', doc([pull]), doc([{ ...pull, Action: ['ecr:BatchGetImage', 'ecr:PutImage'] }]), false],
    ['allow versus deny', doc([pull]), doc([{ ...pull, Effect: 'Deny' }]), false],
  ])('%s', (_what, a, b, same) => {
    expect(samePolicyDocument(a, b)).toBe(same);
  });

  test('absent documents', () => {
    expect(samePolicyDocument(undefined, undefined)).toBe(true);
    expect(samePolicyDocument(doc([pull]), undefined)).toBe(false);
    expect(normalizePolicyDocument('not json')).toBe('not json');
  });

  test('lifecycle policies: rule order by priority and key order do not matter; a count does', () => {
    const r1 = {
      rulePriority: 1,
      selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 },
      action: { type: 'expire' },
    };
    const r2 = {
      rulePriority: 2,
      selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 10 },
      action: { type: 'expire' },
    };
    expect(sameLifecyclePolicy(JSON.stringify({ rules: [r1, r2] }), JSON.stringify({ rules: [r2, r1] }))).toBe(true);
    expect(
      sameLifecyclePolicy(
        JSON.stringify({ rules: [r1, r2] }),
        JSON.stringify({ rules: [r1, { ...r2, selection: { ...r2.selection, countNumber: 11 } }] }),
      ),
    ).toBe(false);
  });
});
