import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitContextFromEnv } from '../../src/runtime/github-context';

describe('gitContextFromEnv', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'event-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a branch push', () => {
    expect(
      gitContextFromEnv({
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: 'abc',
        GITHUB_HEAD_REF: '',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_RUN_ID: '7',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/ci.yml@refs/heads/main',
      }),
    ).toEqual({
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: 'abc',
      headRef: '',
      headSha: undefined,
      repository: 'acme/shop',
      runId: '7',
      serverUrl: 'https://github.com',
      workflowRef: 'acme/shop/.github/workflows/ci.yml@refs/heads/main',
    });
  });

  test('a pull request takes the head commit from the event payload', () => {
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 3, head: { sha: 'headsha', ref: 'feature/x' } } }));
    const git = gitContextFromEnv({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/3/merge',
      GITHUB_SHA: 'mergesha',
      GITHUB_HEAD_REF: 'feature/x',
      GITHUB_EVENT_PATH: event,
    });
    expect(git).toMatchObject({ eventName: 'pull_request', headRef: 'feature/x', headSha: 'headsha', sha: 'mergesha' });
  });

  test.each([
    ['a payload that is not JSON', '{not json'],
    ['a payload without a pull request', '{"ref":"refs/heads/main"}'],
  ])('%s leaves the head commit unknown', (_name, content) => {
    const event = join(dir, 'event.json');
    writeFileSync(event, content);
    expect(gitContextFromEnv({ GITHUB_EVENT_PATH: event }).headSha).toBeUndefined();
  });

  test('a payload path that does not exist is ignored (local runs)', () => {
    expect(gitContextFromEnv({ GITHUB_EVENT_PATH: join(dir, 'missing.json') }).headSha).toBeUndefined();
  });

  test('an empty environment gives empty strings, never undefined, for the required parts', () => {
    expect(gitContextFromEnv({})).toMatchObject({ eventName: '', ref: '', sha: '', headRef: '', repository: '' });
  });
});
