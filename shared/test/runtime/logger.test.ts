import { ConsoleLogger, maskSecrets } from '../../src/runtime/logger';
import { MemoryLogger, silentLogger } from '../../../test/utils/loggers';

test.each<[string, string[], string]>([
  ['token=abc123 and abc123 again', ['abc123'], 'token=*** and *** again'],
  ['key AKID secret s3cr3t', ['AKID', 's3cr3t'], 'key *** secret ***'],
  ['nothing to hide', ['absent'], 'nothing to hide'],
  ['an empty secret masks nothing', [''], 'an empty secret masks nothing'],
  ['a.b*c regex characters', ['b*c'], 'a.*** regex characters'],
])('maskSecrets(%j)', (text, secrets, expected) => {
  expect(maskSecrets(text, secrets)).toBe(expected);
});

describe('ConsoleLogger', () => {
  let log: jest.SpyInstance;
  let warn: jest.SpyInstance;
  let debug: jest.SpyInstance;
  beforeEach(() => {
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    debug = jest.spyOn(console, 'debug').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  test('masks registered secrets in everything it prints', () => {
    const logger = new ConsoleLogger(true);
    logger.setSecret('hunter2');
    logger.info('password hunter2');
    logger.warning('hunter2 leaked?');
    logger.debug('debug hunter2');
    expect(log).toHaveBeenCalledWith('password ***');
    expect(warn).toHaveBeenCalledWith('warning: *** leaked?');
    expect(debug).toHaveBeenCalledWith('debug ***');
  });

  test('prints debug lines only when verbose', () => {
    new ConsoleLogger(false).debug('quiet');
    expect(debug).not.toHaveBeenCalled();
  });
});

test('MemoryLogger keeps lines by level and the secrets it was given', () => {
  const logger = new MemoryLogger();
  logger.info('one');
  logger.error('two');
  logger.setSecret('s');
  logger.setSecret('');
  expect(logger.text()).toBe('info: one\nerror: two');
  expect([...logger.secrets]).toEqual(['s']);
});

test('silentLogger accepts everything and prints nothing', () => {
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  silentLogger.info('x');
  silentLogger.setSecret('y');
  expect(log).not.toHaveBeenCalled();
  log.mockRestore();
});
