import { Console } from 'console';
import { Transform, type TransformCallback } from 'stream';
import { type Message, type MessageWriter, StreamMessageWriter } from 'vscode-languageserver/node';

const MARK = Buffer.from('Content-Length:');
const END = Buffer.from('\r\n\r\n');
const MAX_HEADER_BYTES = 4096;
const MAX_BODY_BYTES = 512 * 1024 * 1024;
// In a JSON body a raw CR can only be whitespace, never next to letters: this is a header.
const HEADER_IN_BODY = /Content-Length: *\d+\r\n/;

/**
 * Passes on only well-framed LSP messages (`Content-Length: n\r\n\r\n` + n bytes).
 * vscode-jsonrpc's reader trusts the framing: one stray byte or one wrong length and it reads
 * every later header from the middle of a body, so the server stays up but never answers again.
 * Here a bad header, or a body that runs into the next header, is dropped with a log line and
 * reading resumes at the next `Content-Length:`.
 */
export class FrameFilter extends Transform {
  private head: Buffer = Buffer.alloc(0);
  /** Once a header is read: the body's length and the parts of it received so far. */
  private need = -1;
  private body: Buffer[] = [];
  private got = 0;
  /** The last bytes of the body so far, so a header split across chunks is still seen. */
  private tail = '';

  constructor(private readonly log: (line: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      this.feed(chunk);
    } catch (e) {
      // Never let a framing bug stop the stream: start again at the next header.
      this.log(`Dropped input after an error: ${e instanceof Error ? e.message : String(e)}`);
      this.reset();
    }
    done();
  }

  /** Whether part of a message has arrived and the rest has not (a large one comes in chunks). */
  get receiving(): boolean {
    return this.need >= 0 || this.head.length > 0;
  }

  private reset(): void {
    this.head = Buffer.alloc(0);
    this.need = -1;
    this.body = [];
    this.got = 0;
    this.tail = '';
  }

  private feed(chunk: Buffer): void {
    let rest: Buffer | undefined = chunk;
    while (rest && rest.length) rest = this.need < 0 ? this.readHead(rest) : this.readBody(rest);
  }

  /** Reads a header; returns the bytes after it, or undefined when it needs more input. */
  private readHead(chunk: Buffer): Buffer | undefined {
    this.head = this.head.length ? Buffer.concat([this.head, chunk]) : chunk;
    for (;;) {
      const end = this.head.indexOf(END);
      if (end < 0) {
        if (this.head.length > MAX_HEADER_BYTES) this.skip('a header without an end');
        return undefined;
      }
      const length = contentLength(this.head.subarray(0, end).toString('latin1'));
      if (length === undefined) {
        this.skip(`a malformed header ${JSON.stringify(this.head.subarray(0, Math.min(end, 80)).toString('latin1'))}`);
        continue;
      }
      const after = this.head.subarray(end + END.length);
      this.head = Buffer.alloc(0);
      this.need = length;
      this.body = [];
      this.got = 0;
      this.tail = '';
      if (length === 0) {
        this.log('Dropped a message with an empty body.');
        this.reset();
      }
      return after;
    }
  }

  /** Drops the header bytes up to the next `Content-Length:` (keeping a partial one at the end). */
  private skip(why: string): void {
    this.log(`Dropped ${why}.`);
    const next = this.head.indexOf(MARK, 1);
    this.head = next >= 0 ? this.head.subarray(next) : this.head.subarray(Math.max(1, this.head.length - MARK.length + 1));
  }

  private readBody(chunk: Buffer): Buffer | undefined {
    const take = Math.min(this.need - this.got, chunk.length);
    const part = chunk.subarray(0, take);
    // A header needs its literal mark: search the bytes for it (memchr speed) and make a string of
    // the part only where it may be. Decoding every chunk of a 7 MB didOpen cost more than reading it.
    const maybe = part.indexOf(MARK) >= 0 || (this.tail + part.subarray(0, MARK.length).toString('latin1')).includes('Content-Length:');
    const seen = maybe ? this.tail + part.toString('latin1') : '';
    const hit = maybe ? HEADER_IN_BODY.exec(seen) : null;
    if (hit) {
      // The length was wrong: this "body" holds the next message's header. Resume there.
      this.log(`Dropped a message whose Content-Length (${this.need}) runs into the next header.`);
      const resume = Buffer.concat([Buffer.from(seen.slice(hit.index), 'latin1'), chunk.subarray(take)]);
      this.reset();
      return resume;
    }
    this.body.push(part);
    this.got += take;
    this.tail = maybe ? seen.slice(-40) : (this.tail + part.subarray(Math.max(0, part.length - 40)).toString('latin1')).slice(-40);
    if (this.got < this.need) return undefined;
    this.emitBody();
    return chunk.subarray(take);
  }

  private emitBody(): void {
    const body = Buffer.concat(this.body, this.got);
    this.push(Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'));
    this.push(body);
    this.reset();
  }
}

/** The Content-Length of a header block, or undefined when any line of it is malformed. */
function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const m = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m) return undefined;
    if (m[1].toLowerCase() !== 'content-length') continue;
    if (length !== undefined || !/^\d{1,10}$/.test(m[2])) return undefined;
    length = Number(m[2]);
  }
  return length !== undefined && length <= MAX_BODY_BYTES ? length : undefined;
}

/**
 * For `--stdio`: stdin through a FrameFilter, stdout for replies, and console output moved to
 * stderr (createConnection would route it to the client, but only for streams it opens itself).
 */
export function filteredStdio(): { input: FrameFilter; output: MessageWriter } {
  const err = new Console(process.stderr, process.stderr);
  for (const k of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table'] as const)
    (console as unknown as Record<string, unknown>)[k] = err[k].bind(err);
  const input = new FrameFilter((line) => process.stderr.write(`nsroles: ${line}\n`));
  process.stdin.pipe(input);
  return { input, output: new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: new JsonEncoder() }) };
}

const PUBLISH = 'textDocument/publishDiagnostics';
// Stands for the list in the message's JSON; a string no JSON of the rest is expected to hold.
const HOLE = '\u0000nsroles:diagnostics\u0000';
const HOLE_JSON = JSON.stringify(HOLE);
const COMMA = Buffer.from(',');

/** An object of the given prototype with no toJSON of its own. */
function plain(v: unknown, proto: object = Object.prototype): boolean {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === proto && !Object.prototype.hasOwnProperty.call(v, 'toJSON');
}

/**
 * The bytes vscode-jsonrpc's own JSON encoder writes, with each diagnostic's JSON kept by object.
 * The server publishes the same Diagnostic objects again while a finding and its range stay the
 * same, so an edit encodes only the diagnostics it changed: the whole list (1,000 diagnostics,
 * ~300 KB) was stringified and encoded on every keystroke. A Diagnostic is never changed once
 * published; that is what makes its bytes safe to keep.
 */
export class JsonEncoder {
  readonly name = 'application/json';
  private readonly kept = new WeakMap<object, Buffer>();

  encode(msg: Message): Promise<Uint8Array> {
    try {
      return Promise.resolve(this.bytes(msg));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  bytes(msg: Message): Buffer {
    const params = (msg as { method?: unknown; params?: { diagnostics?: unknown } }).params;
    // Plain data only (what the server sends): spreading keeps own fields and drops any toJSON.
    const own = (o: unknown, k: string) => Object.prototype.propertyIsEnumerable.call(o, k);
    const list =
      (msg as { method?: unknown }).method === PUBLISH && plain(msg) && own(msg, 'params') && plain(params) && own(params, 'diagnostics')
        ? params!.diagnostics
        : undefined;
    if (!Array.isArray(list) || !plain(list, Array.prototype)) return Buffer.from(JSON.stringify(msg), 'utf8');
    const text = JSON.stringify({ ...msg, params: { ...params, diagnostics: HOLE } });
    const at = text.indexOf(HOLE_JSON);
    if (at < 0 || text.indexOf(HOLE_JSON, at + 1) >= 0) return Buffer.from(JSON.stringify(msg), 'utf8');
    const parts: Buffer[] = [Buffer.from(`${text.slice(0, at)}[`, 'utf8')];
    for (let i = 0; i < list.length; i++) {
      if (i) parts.push(COMMA);
      parts.push(this.item(list[i]));
    }
    parts.push(Buffer.from(`]${text.slice(at + HOLE_JSON.length)}`, 'utf8'));
    return Buffer.concat(parts);
  }

  private item(d: unknown): Buffer {
    // As in an array: what JSON cannot write (undefined, a function) is null.
    if (d === null || typeof d !== 'object') return Buffer.from(JSON.stringify(d) ?? 'null', 'utf8');
    let b = this.kept.get(d);
    if (!b) {
      // Memory of its own: a small Buffer.from is a slice of Node's shared 8 KB pool, and a kept
      // slice would keep its whole block alive.
      const json = JSON.stringify(d) ?? 'null';
      b = Buffer.allocUnsafeSlow(Buffer.byteLength(json, 'utf8'));
      b.write(json, 'utf8');
      this.kept.set(d, b);
    }
    return b;
  }
}
