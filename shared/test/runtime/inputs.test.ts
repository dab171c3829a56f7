import { ConfigurationError } from '../../src/runtime/errors';
import { Inputs, mapInputSource, parseList } from '../../src/runtime/inputs';

const inputs = (values: Record<string, string>) => new Inputs(mapInputSource(values));

describe('Inputs', () => {
  test('required input that is missing names the input and how to set it', () => {
    expect(() => inputs({}).required('service')).toThrow(ConfigurationError);
    expect(() => inputs({}).required('service')).toThrow(
      "Input 'service' is required but was not set. Add 'with: service: ...'",
    );
  });

  test('optional input is undefined when unset or blank, never an empty string', () => {
    expect(inputs({}).optional('x')).toBeUndefined();
    expect(inputs({ x: '   ' }).optional('x')).toBeUndefined();
    expect(inputs({ x: ' a ' }).optional('x')).toBe('a');
  });

  test.each([
    ['true', true],
    ['True', true],
    ['yes', true],
    ['1', true],
    ['false', false],
    ['off', false],
    ['0', false],
  ])('boolean %s -> %s', (raw, expected) => {
    expect(inputs({ b: raw }).boolean('b', !expected)).toBe(expected);
  });

  test('boolean falls back to its default, and refuses anything else', () => {
    expect(inputs({}).boolean('b', true)).toBe(true);
    expect(inputs({}).boolean('b')).toBeUndefined();
    expect(() => inputs({ b: 'maybe' }).boolean('b', false)).toThrow("Input 'b' is 'maybe'; it must be true or false.");
  });

  test.each([
    ['a,b', ['a', 'b']],
    ['a\nb\n\n c ', ['a', 'b', 'c']],
    ['', []],
    [' , ,', []],
  ])('list %j', (raw, expected) => {
    expect(parseList(raw)).toEqual(expected);
  });

  test('choice accepts only the allowed values', () => {
    expect(inputs({ m: 'plan' }).choice('m', ['plan', 'apply'] as const)).toBe('plan');
    expect(inputs({}).choice('m', ['plan', 'apply'] as const, 'apply')).toBe('apply');
    expect(() => inputs({ m: 'destroy' }).choice('m', ['plan', 'apply'] as const)).toThrow(
      "Input 'm' is 'destroy'; allowed values are: plan, apply.",
    );
  });

  test('integer validates its range', () => {
    expect(inputs({ t: '30' }).integer('t', 5, 1, 60)).toBe(30);
    expect(inputs({}).integer('t', 5)).toBe(5);
    expect(() => inputs({ t: '-1' }).integer('t', 5, 1, 60)).toThrow('whole number from 1 to 60');
    expect(() => inputs({ t: '61' }).integer('t', 5, 1, 60)).toThrow(ConfigurationError);
  });
});
