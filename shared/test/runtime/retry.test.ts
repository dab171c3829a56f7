import { backoffDelay, parseRetryAfter, withRetry } from '../../src/runtime/retry';

describe('withRetry', () => {
  test('retries retryable errors with growing delays, then succeeds', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 4) throw new Error('503');
        return 'ok';
      },
      {
        attempts: 5,
        baseDelayMs: 100,
        maxDelayMs: 10_000,
        retryable: () => true,
        sleep: async (ms) => void delays.push(ms),
        random: () => 1,
      },
    );
    expect(result).toBe('ok');
    expect(delays).toEqual([100, 200, 400]);
  });

  test('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw new Error(`fail ${calls}`);
        },
        { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, retryable: () => true, sleep: async () => undefined },
      ),
    ).rejects.toThrow('fail 3');
    expect(calls).toBe(3);
  });

  test('does not retry an error that is not retryable', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw new Error('403');
        },
        { attempts: 5, baseDelayMs: 1, maxDelayMs: 1, retryable: () => false, sleep: async () => undefined },
      ),
    ).rejects.toThrow('403');
    expect(calls).toBe(1);
  });

  test('honours a Retry-After the server sent, capped at the maximum delay', async () => {
    const delays: number[] = [];
    let calls = 0;
    await withRetry(
      async () => {
        if (calls++ === 0) throw Object.assign(new Error('429'), { retryAfter: 7000 });
        return 1;
      },
      {
        attempts: 2,
        baseDelayMs: 1,
        maxDelayMs: 5000,
        retryable: () => true,
        retryAfterMs: (e) => (e as { retryAfter?: number }).retryAfter,
        sleep: async (ms) => void delays.push(ms),
      },
    );
    expect(delays).toEqual([5000]);
  });
});

test.each([
  [1, 100, 100, 1, 100],
  [1, 100, 100, 0, 50],
  [5, 100, 1000, 1, 1000],
])('backoffDelay(attempt %i, base %i, max %i, random %d) = %i', (attempt, base, max, r, expected) => {
  expect(backoffDelay(attempt, base, max, () => r)).toBe(expected);
});

test.each([
  ['3', 3000],
  ['0', 0],
  [null, undefined],
  ['soon', undefined],
  ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
])('parseRetryAfter(%j)', (value, expected) => {
  expect(parseRetryAfter(value, () => Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(expected);
});
