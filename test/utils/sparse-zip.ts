import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Writes a zip archive whose entries may be holes: an entry with `holeBytes` takes that much room in the
 * archive without being written, so the file is as large as a real multi-gigabyte jar or wheel while using
 * almost no disk. Entries are stored (not deflated); a hole's CRC is left 0 (a reader that never opens it never
 * checks it). Sizes must stay below 4 GiB (no zip64).
 */

export interface SparseEntry {
  name: string;
  data?: Buffer;
  holeBytes?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function writeSparseZip(path: string, entries: SparseEntry[]): number {
  const fd = openSync(path, 'w');
  let offset = 0;
  const central: Buffer[] = [];
  const write = (bytes: Buffer) => {
    writeSync(fd, bytes, 0, bytes.length, offset);
    offset += bytes.length;
  };
  try {
    for (const e of entries) {
      const name = Buffer.from(e.name, 'utf8');
      const size = e.data ? e.data.length : (e.holeBytes ?? 0);
      const crc = e.data ? crc32(e.data) : 0;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(10, 4); // version needed
      local.writeUInt16LE(0x0800, 6); // UTF-8 names
      local.writeUInt16LE(0, 8); // stored
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(size, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      const headerAt = offset;
      write(Buffer.concat([local, name]));
      if (e.data) write(e.data);
      else offset += size;
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4); // version made by
      entry.writeUInt16LE(10, 6);
      entry.writeUInt16LE(0x0800, 8);
      entry.writeUInt16LE(0, 10);
      entry.writeUInt32LE(crc, 16);
      entry.writeUInt32LE(size, 20);
      entry.writeUInt32LE(size, 24);
      entry.writeUInt16LE(name.length, 28);
      entry.writeUInt32LE(headerAt, 42);
      central.push(Buffer.concat([entry, name]));
    }
    const directory = Buffer.concat(central);
    const directoryAt = offset;
    write(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(directoryAt, 16);
    write(end);
    return offset;
  } finally {
    closeSync(fd);
  }
}
