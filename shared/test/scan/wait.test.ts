import { MemoryLogger } from '../../../test/utils/loggers';
import { Deadline, pollUntil, ScanTimeoutError, type Poll } from '../../src/scan/wait';

/** A clock that only moves when the code under test sleeps. */
function fakeTime() {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    clock: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

test('polls with doubling pauses up to the maximum and says what it waits for', async () => {
  const time = fakeTime();
  const logger = new MemoryLogger();
  const states: Poll<string>[] = [
    { done: false, state: 'PENDING' },
    { done: false, state: 'IN_PROGRESS' },
    { done: false, state: 'IN_PROGRESS' },
    { done: false, state: 'IN_PROGRESS' },
    { done: true, value: 'findings' },
  ];
  const value = await pollUntil('the ECR scan of app@sha256:abc…', async () => states.shift()!, {
    deadline: new Deadline(900_000, time.clock),
    logger,
    sleep: time.sleep,
    initialDelayMs: 5_000,
    maxDelayMs: 15_000,
  });
  expect(value).toBe('findings');
  expect(time.sleeps).toEqual([5_000, 10_000, 15_000, 15_000]);
  expect(logger.lines.map((l) => l.message)).toEqual([
    'waiting for the ECR scan of app@sha256:abc… (PENDING, 0 s of 900 s)',
    'waiting for the ECR scan of app@sha256:abc… (IN_PROGRESS, 5 s of 900 s)',
    'waiting for the ECR scan of app@sha256:abc… (IN_PROGRESS, 15 s of 900 s)',
    'waiting for the ECR scan of app@sha256:abc… (IN_PROGRESS, 30 s of 900 s)',
  ]);
});

test('one deadline for every wait: the second wait gets what the first left, then times out', async () => {
  const time = fakeTime();
  const deadline = new Deadline(60_000, time.clock);
  const options = {
    deadline,
    logger: new MemoryLogger(),
    sleep: time.sleep,
    initialDelayMs: 10_000,
    maxDelayMs: 10_000,
  };
  let polls = 0;
  await pollUntil(
    'first',
    async (): Promise<Poll<true>> => (++polls < 4 ? { done: false, state: 'PENDING' } : { done: true, value: true }),
    options,
  );
  expect(deadline.elapsedMs()).toBe(30_000);
  await expect(
    pollUntil(
      'the Amazon Inspector scan of app',
      async (): Promise<Poll<true>> => ({ done: false, state: 'SCAN_IN_PROGRESS' }),
      options,
    ),
  ).rejects.toThrow(ScanTimeoutError);
  // The last pause is cut to what remains, so the wait ends on the deadline, not past it.
  expect(deadline.elapsedMs()).toBe(60_000);
});

test('the timeout message names what it waited for, its last state, and the knob to turn', async () => {
  const time = fakeTime();
  const err = await pollUntil(
    'the ECR scan of app',
    async (): Promise<Poll<true>> => ({ done: false, state: 'IN_PROGRESS' }),
    {
      deadline: new Deadline(20_000, time.clock),
      logger: new MemoryLogger(),
      sleep: time.sleep,
    },
  ).catch((e: unknown) => e as Error);
  expect(err).toBeInstanceOf(ScanTimeoutError);
  expect((err as Error).message).toMatch(
    /Timed out after 20 s waiting for the ECR scan of app \(still IN_PROGRESS\).*'timeout'/,
  );
});
