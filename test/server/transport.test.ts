/**
 * FrameFilter, fed the same bytes in chunks cut at every place: what it passes on and what it
 * drops do not depend on where the reads of stdin happen to split the input.
 */
import { strict as assert } from 'assert';
import { FrameFilter } from '../../server/src/transport';

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
