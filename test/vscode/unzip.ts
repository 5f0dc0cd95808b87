// Unpacks the `extension/` folder of a .vsix (a zip file) with Node alone, so the runner needs
// no `unzip` on the PATH. Reads the central directory, then each entry's local header.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const STORED = 0;
const DEFLATED = 8;

function endOfCentralDirectory(zip: Buffer): number {
  // The record is the last 22 bytes, unless a comment (at most 64 KiB) follows it.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) if (zip.readUInt32LE(i) === 0x06054b50) return i;
  throw new Error('not a zip file');
}

/** Writes every entry under `prefix` (e.g. `extension/`) into `target`, without the prefix. */
export function unzipFolder(vsix: string, prefix: string, target: string): void {
  const zip = readFileSync(vsix);
  const eocd = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (!name.startsWith(prefix) || name.endsWith('/')) continue;
    const relative = normalize(name.slice(prefix.length));
    if (relative.startsWith('..') || relative.startsWith(sep)) throw new Error(`entry outside the folder: ${name}`);
    // The local header repeats the name and has its own extra field before the data.
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method !== STORED && method !== DEFLATED) throw new Error(`${name}: compression method ${method} is not supported`);
    const path = join(target, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, method === STORED ? data : inflateRawSync(data));
  }
}
