/**
 * FrameFilter, fed the same bytes in chunks cut at every place: what it passes on and what it
 * drops do not depend on where the reads of stdin happen to split the input.
 */
import { strict as assert } from 'assert';
import type { Message } from 'vscode-languageserver/node';
import { FrameFilter, JsonEncoder } from '../../server/src/transport';

function frame(body: string): Buffer {
  const b = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]);
}

/** What the filter passes on and logs for `input` split into `chunks` at the given offsets. */
async function filter(input: Buffer, cuts: number[]): Promise<{ out: string; log: string[] }> {
  const log: string[] = [];
  const f = new FrameFilter((l) => log.push(l));
  const parts: Buffer[] = [];
  f.on('data', (d: Buffer) => parts.push(d));
  const done = new Promise<void>((resolve) => f.on('end', () => resolve()));
  let at = 0;
  for (const c of [...cuts, input.length]) {
    f.write(input.subarray(at, c));
    at = c;
  }
  f.end();
  await done;
  return { out: Buffer.concat(parts).toString('utf8'), log };
}

describe('FrameFilter: chunk boundaries', () => {
  const good = frame('{"jsonrpc":"2.0","method":"a"}');
  const next = frame('{"jsonrpc":"2.0","method":"b"}');
  // A length too long: its body runs into the next message's header, wherever the reads split it.
  const tooLong = Buffer.concat([Buffer.from('Content-Length: 200\r\n\r\n{"x":"'), next]);
  const big = frame(JSON.stringify({ jsonrpc: '2.0', method: 'c', params: { text: 'é'.repeat(70_000) } }));

  for (const [name, input] of [
    ['a well-framed message, then one whose body runs into the next header', Buffer.concat([good, tooLong])],
    ['a body larger than one read, then a good message', Buffer.concat([big, good])],
  ] as const) {
    it(`${name}: one cut at every byte gives the output of no cut`, async () => {
      const whole = await filter(input, []);
      assert.ok(whole.out.includes('"method":"b"') || whole.out.includes('"method":"c"'));
      const step = input.length > 10_000 ? 997 : 1;
      for (let c = 1; c < input.length; c += step) {
        const split = await filter(input, [c]);
        assert.equal(split.out, whole.out, `cut at ${c}`);
        assert.deepEqual(split.log, whole.log, `cut at ${c}`);
      }
    });
  }

  it('the dropped message is logged and the next one passes', async () => {
    const { out, log } = await filter(Buffer.concat([good, tooLong]), []);
    assert.equal(out, Buffer.concat([good, next]).toString('utf8'));
    assert.equal(log.length, 1);
    assert.match(log[0], /runs into the next header/);
  });

  it('says it is receiving while a message has come in part, at every cut, and not once it is whole', () => {
    const input = Buffer.concat([good, big]);
    for (let c = 0; c <= input.length; c += c < 100 ? 1 : 997) {
      const f = new FrameFilter(() => {});
      f.resume();
      f.write(input.subarray(0, c));
      const whole = c === 0 || c === good.length;
      assert.equal(f.receiving, !whole, `cut at ${c}`);
    }
    const f = new FrameFilter(() => {});
    f.resume();
    f.write(input);
    assert.equal(f.receiving, false, 'both messages whole');
  });

  it('many small reads, every cut a few bytes apart, around the next header', async () => {
    const input = Buffer.concat([good, tooLong]);
    const whole = await filter(input, []);
    const start = good.length + 20;
    for (let c = start; c < start + 30; c++) {
      const cuts = [c, c + 3, c + 7, c + 16, c + 17].filter((x) => x < input.length);
      assert.equal((await filter(input, cuts)).out, whole.out, `cuts at ${cuts.join(',')}`);
    }
  });
});

describe('JsonEncoder: the bytes of JSON.stringify, with each diagnostic kept', () => {
  const plain = (m: unknown) => Buffer.from(JSON.stringify(m), 'utf8').toString('utf8');
  const publish = (params: unknown): Message => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params }) as Message;
  const range = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 9 } });
  const d1 = { range: range(1), severity: 1, code: 'NSR-UNKNOWN-REF', source: 'nsroles', message: 'No role \u2019Sales\u2019 — “x” is defined.' };
  const d2 = {
    range: range(2),
    severity: 2,
    code: 'TBA-TOKEN-USER-ROLE',
    source: 'nsroles',
    message: "Token 't': user 'u' does not hold the role",
    codeDescription: { href: 'https://example.com/r' },
    relatedInformation: [{ location: { uri: 'file:///a%20b/x.nsroles', range: range(0) }, message: "User 'u'" }],
    tags: [1],
  };
  const hole = '\u0000nsroles:diagnostics\u0000';

  const cases: [string, Message][] = [
    ['a request', { jsonrpc: '2.0', id: 3, method: 'workspace/configuration', params: { items: [{ section: 'nsroles' }] } } as Message],
    ['a response with text beyond ASCII', { jsonrpc: '2.0', id: 4, result: { contents: 'é—’\u2028' } } as Message],
    ['diagnostics with every field and text beyond ASCII', publish({ uri: 'file:///x.nsroles', version: 7, diagnostics: [d1, d2] })],
    ['no diagnostics', publish({ uri: 'file:///x.nsroles', diagnostics: [] })],
    ['the list written before the URI', publish({ diagnostics: [d2], uri: 'file:///x.nsroles' })],
    ['entries JSON writes as null', publish({ uri: 'file:///x.nsroles', diagnostics: [undefined, null, 5, 'x', () => 1, d1] })],
    ["a URI holding the encoder's own placeholder", publish({ uri: `file:///${hole}`, diagnostics: [d1] })],
    ['a placeholder-like message', publish({ uri: hole, version: 1, diagnostics: [d1, d1] })],
    ['diagnostics that are not a list', publish({ uri: 'file:///x.nsroles', diagnostics: { 0: d1 } })],
    ['no params', { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics' } as Message],
    ['an entry whose toJSON writes nothing', publish({ uri: 'file:///x.nsroles', diagnostics: [{ toJSON: () => undefined }, d1] })],
    ['params with a toJSON of their own', publish({ uri: 'file:///x.nsroles', diagnostics: [d1], toJSON: () => ({ uri: 'elsewhere' }) })],
    ['params of a class', publish(Object.assign(new (class P {})(), { uri: 'file:///x.nsroles', diagnostics: [d1] }))],
    ['a list that is not enumerable', publish(Object.defineProperty({ uri: 'file:///x.nsroles' }, 'diagnostics', { value: [d1], enumerable: false }))],
  ];
  for (const [name, msg] of cases) {
    it(`${name}: the same bytes`, () => {
      const enc = new JsonEncoder();
      assert.equal(enc.bytes(msg).toString('utf8'), plain(msg));
      assert.equal(enc.bytes(msg).toString('utf8'), plain(msg), 'encoded again, from what it kept');
    });
  }

  it('writes a diagnostic it has seen from what it kept, not from the object', () => {
    // The server never changes a published Diagnostic; changing one shows which bytes are used.
    const enc = new JsonEncoder();
    const d = { ...d1 };
    const first = enc.bytes(publish({ uri: 'file:///x.nsroles', diagnostics: [d] })).toString('utf8');
    d.message = 'changed';
    assert.equal(enc.bytes(publish({ uri: 'file:///x.nsroles', diagnostics: [d] })).toString('utf8'), first);
    assert.notEqual(new JsonEncoder().bytes(publish({ uri: 'file:///x.nsroles', diagnostics: [d] })).toString('utf8'), first);
  });

  it('a later list reuses what it kept for the same objects and encodes the new ones', async () => {
    const enc = new JsonEncoder();
    enc.bytes(publish({ uri: 'file:///x.nsroles', version: 1, diagnostics: [d1, d2] }));
    const d3 = { ...d1, range: range(5) };
    const next = publish({ uri: 'file:///x.nsroles', version: 2, diagnostics: [d2, d3, d1] });
    assert.equal(Buffer.from(await enc.encode(next)).toString('utf8'), plain(next));
    assert.deepEqual(JSON.parse(enc.bytes(next).toString('utf8')), JSON.parse(plain(next)));
  });
});
