import { Readable } from 'node:stream';
import { chunkRanges, contentRange, readChunks, receivedBytes } from '../../src/oci/chunks';

describe('chunked upload arithmetic', () => {
  test.each([
    [0, 10, '0-9'],
    [16, 1, '16-16'],
    [16 * 1024 * 1024, 5, '16777216-16777220'],
  ])('Content-Range of %i+%i is %s', (start, length, range) => expect(contentRange(start, length)).toBe(range));

  test.each([
    [null, 0],
    ['0-0', 0],
    ['0-9', 10],
    ['bytes=0-1023', 1024],
    ['garbage', 0],
  ])('Range %j means %i bytes received', (range, bytes) => expect(receivedBytes(range)).toBe(bytes));

  test.each([
    [0, 4, []],
    [4, 4, [{ start: 0, end: 4 }]],
    [
      10,
      4,
      [
        { start: 0, end: 4 },
        { start: 4, end: 8 },
        { start: 8, end: 10 },
      ],
    ],
  ])('%i bytes in chunks of %i', (size, chunk, ranges) => expect(chunkRanges(size, chunk)).toEqual(ranges));

  test('readChunks cuts a stream of odd pieces into exact chunks', async () => {
    const pieces = [Buffer.from('abc'), Buffer.from('defghij'), Buffer.from(''), Buffer.from('k')];
    const out: string[] = [];
    for await (const c of readChunks(Readable.from(pieces), 4)) out.push(c.toString());
    expect(out).toEqual(['abcd', 'efgh', 'ijk']);
  });
});
