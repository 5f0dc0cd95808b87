/**
 * Hostile input to the language server: malformed JSON-RPC as raw bytes, unknown methods,
 * requests about documents never opened, a 5 MB file, 10,000 nested braces, invalid UTF-8,
 * include cycles, includes of devices and of files outside the workspace, custom requests with
 * garbage params. The server answers with an error or ignores the input, never hangs, and a
 * follow-up request still answers.
 */
import { strict as assert } from 'assert';
import { type ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { fiveMegabyteAccount } from '../../bench/hostile';
import { fileUri, SERVER, TestServer, TIMEOUT, waitUntil, workspace } from './harness';

interface RpcMessage {
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** A client that writes raw bytes to the server's stdin and reads framed messages from stdout. */
class RawServer {
  readonly messages: RpcMessage[] = [];
  private buf = Buffer.alloc(0);
  private waiters: (() => void)[] = [];
  private nextId = 1000;

  private constructor(readonly proc: ChildProcess) {
    proc.stdout!.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      for (;;) {
        const end = this.buf.indexOf('\r\n\r\n');
        if (end < 0) break;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, end).toString())?.[1]);
        if (this.buf.length < end + 4 + length) break;
        this.messages.push(JSON.parse(this.buf.subarray(end + 4, end + 4 + length).toString('utf8')));
        this.buf = this.buf.subarray(end + 4 + length);
      }
      for (const w of this.waiters.splice(0)) w();
    });
    proc.stderr!.resume();
  }

  static async start(): Promise<RawServer> {
    const s = new RawServer(spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] }));
    const init = await s.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.ok((init.result as { capabilities?: unknown }).capabilities);
    s.notify('initialized', {});
    return s;
  }

  write(bytes: Buffer | string): void {
    this.proc.stdin!.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
  }

  frame(body: Buffer | string): Buffer {
    const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]);
  }

  notify(method: string, params: unknown): void {
    this.write(this.frame(JSON.stringify({ jsonrpc: '2.0', method, params })));
  }

  /** Sends a request and waits for its response (result or error). */
  request(method: string, params?: unknown): Promise<RpcMessage> {
    const id = this.nextId++;
    this.write(this.frame(JSON.stringify({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) })));
    return this.until(`a response to ${method}`, () => this.messages.find((m) => m.id === id && !m.method));
  }

  until<T>(what: string, probe: () => T | undefined, timeout = TIMEOUT): Promise<T> {
    return waitUntil(this.waiters, what, probe, timeout);
  }

  /** The server still answers: a request that needs it to be reading and working. */
  async alive(): Promise<void> {
    const r = await this.request('workspace/symbol', { query: 'x' });
    assert.ok(Array.isArray(r.result), JSON.stringify(r));
    assert.equal(this.proc.exitCode, null, 'the server exited');
  }

  stop(): void {
    this.proc.kill();
  }
}

describe('server: hostile input', function () {
  this.timeout(120_000);

  describe('malformed JSON-RPC on stdin', () => {
    let raw: RawServer;
    before(async () => (raw = await RawServer.start()));
    after(() => raw.stop());

    it('bad headers, wrong lengths and junk bytes: the bad message is dropped, the next one answers', async () => {
      const good = raw.frame(JSON.stringify({ jsonrpc: '2.0', method: 'nsroles/nothing' }));
      const cases: (string | Buffer)[] = [
        'Content-Length: abc\r\n\r\n{}',
        'Content-Length: -1\r\n\r\n',
        'Content-Length: 0\r\n\r\n',
        'Content-Length: 99999999999\r\n\r\n{}',
        'Content-Length: 5\r\nContent-Length: 5\r\n\r\n{}{}{',
        'Garbage-Header\r\n\r\n',
        'Content-Type: application/json\r\n\r\n{}',
        '{}',
        '\r\n\r\n\r\n',
        '\x00\xff\xfe\x80 binary \x1b[31m',
        // A length too short: the rest of the body runs into the next header.
        'Content-Length: 5\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"shutdown"}',
        // A length too long: the body swallows the start of the next message.
        Buffer.concat([Buffer.from('Content-Length: 500\r\n\r\n{"x":'), good]),
        'x'.repeat(100_000),
      ];
      for (const c of cases) {
        raw.write(c);
        await raw.alive();
      }
    });

    it('bad JSON and wrong types: an error for each request, silence for the rest', async () => {
      for (const body of [
        '{bad json',
        '[]',
        'null',
        '42',
        '"text"',
        '{"jsonrpc":"2.0"}',
        '{"jsonrpc":"2.0","id":{},"method":5}',
        '[{"jsonrpc":"2.0","id":7,"method":"shutdown"}]',
      ]) {
        raw.write(raw.frame(body));
        await raw.alive();
      }
      const deep = '['.repeat(100_000) + ']'.repeat(100_000);
      raw.write(raw.frame(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":${deep}}`));
      await raw.alive();
      // Requests whose params have the wrong shape get an error response, not silence.
      const position = { line: 0, character: 0 };
      for (const [method, params] of [
        ['textDocument/hover', 'garbage'],
        ['textDocument/hover', { textDocument: 5, position }],
        ['textDocument/completion', { textDocument: { uri: {} }, position: 'here' }],
        ['textDocument/codeAction', { textDocument: { uri: 'untitled:x' }, range: null, context: 1 }],
        ['textDocument/rename', { textDocument: { uri: 'untitled:x' }, position, newName: { evil: true } }],
        ['textDocument/formatting', []],
        ['codeAction/resolve', { title: 'x', data: { uri: { toString: 1 } } }],
        ['workspace/symbol', { query: 42 }],
        ['workspace/symbol', null],
      ] as [string, unknown][]) {
        const r = await raw.request(method, params);
        assert.ok(r.error || r.result !== undefined, `${method}: no response`);
      }
      await raw.alive();
    });

    it('unknown methods: MethodNotFound for requests, nothing for notifications', async () => {
      for (const method of ['nsroles/unknown', 'textDocument/teleport', '$/secret', '']) {
        const r = await raw.request(method, {});
        assert.equal(r.error?.code, -32601, `${method}: ${JSON.stringify(r)}`);
      }
      raw.notify('nsroles/unknown', { a: 1 });
      raw.notify('$/cancelRequest', { id: 'never-sent' });
      raw.notify('$/setTrace', { value: 'bogus' });
      await raw.alive();
    });

    it('invalid UTF-8 in a document: read as replacement characters, diagnosed, nothing breaks', async () => {
      const uri = 'untitled:invalid-utf8';
      const head = Buffer.from(
        `{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${uri}","languageId":"nsroles","version":1,"text":"role \\"`,
      );
      const bad = Buffer.from([0xff, 0xfe, 0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xe2, 0x82]);
      const tail = Buffer.from(`\\" { permission ADMI_FLY }\\nuser \\"u\\" { role \\"x"}}}`);
      raw.write(raw.frame(Buffer.concat([head, bad, tail])));
      const published = await raw.until('diagnostics for the invalid UTF-8 document', () =>
        raw.messages.find((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri),
      );
      const diags = (published.params as { diagnostics: Diagnostic[] }).diagnostics;
      assert.ok(
        diags.some((d) => d.code === 'NSR-UNKNOWN-PERMISSION'),
        JSON.stringify(diags),
      );
      const hover = await raw.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 7 } });
      assert.ok(!hover.error, JSON.stringify(hover.error));
      await raw.alive();
    });
  });

  describe('documents and files', () => {
    let s: TestServer;
    let dir: string;
    let outside: string;
    let fifo: string | undefined;
    before(async () => {
      outside = workspace({ 'shared.nsroles': 'role "Shared" { permission ADMI_LOGIN_OAUTH }\n', 'huge.nsroles': '' });
      // A sparse file bigger than the read limit: no disk space used.
      fs.truncateSync(path.join(outside, 'huge.nsroles'), 64 * 1024 * 1024);
      dir = workspace({
        'a.nsroles': 'include "b.nsroles"\nrole "A" {}\n',
        'b.nsroles': 'include "a.nsroles"\nrole "B" {}\n',
        'self.nsroles': 'include "self.nsroles"\nrole "S" {}\n',
        'bad-utf8.nsroles': '',
        'src/Objects/customrole_x.xml': '<role scriptid="customrole_x"><name>X</name></role>\n',
      });
      fs.writeFileSync(
        path.join(dir, 'bad-utf8.nsroles'),
        Buffer.concat([Buffer.from('role "'), Buffer.from([0xff, 0x80, 0xc3]), Buffer.from('" { permission ADMI_LOGIN_OAUTH }\n')]),
      );
      fs.symlinkSync('/dev/zero', path.join(dir, 'zero.nsroles'));
      fs.symlinkSync('/dev/urandom', path.join(dir, 'src/Objects/customrole_urandom.xml'));
      if (process.platform !== 'win32' && spawnSync('mkfifo', [path.join(dir, 'fifo.nsroles')]).status === 0) fifo = path.join(dir, 'fifo.nsroles');
      s = await TestServer.start({ folders: [dir] });
    });
    after(async () => {
      await s.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    });

    async function alive(): Promise<void> {
      const uri = `untitled:alive-${Math.random()}`;
      await s.open(uri, 'role "R" { permission ADMI_FLY }\n');
      assert.ok((await s.diagnostics(uri)).diagnostics.some((d) => d.code === 'NSR-UNKNOWN-PERMISSION'));
      await s.close(uri);
    }

    it('requests about documents never opened: each answers (empty or an error), none hangs', async () => {
      const position = { line: 0, character: 0 };
      const range = { start: position, end: position };
      for (const uri of [
        'untitled:never-opened',
        fileUri(path.join(dir, 'missing.nsroles')),
        'file:///dev/zero',
        'file:///dev/urandom',
        fileUri(path.join(dir, 'zero.nsroles')),
        'https://example.com/x.nsroles',
        'file:///',
        '',
      ]) {
        const doc = { textDocument: { uri } };
        const requests: [string, unknown][] = [
          ['textDocument/hover', { ...doc, position }],
          ['textDocument/completion', { ...doc, position }],
          ['textDocument/definition', { ...doc, position }],
          ['textDocument/references', { ...doc, position, context: { includeDeclaration: true } }],
          ['textDocument/documentHighlight', { ...doc, position }],
          ['textDocument/prepareRename', { ...doc, position }],
          ['textDocument/rename', { ...doc, position, newName: 'x' }],
          ['textDocument/documentSymbol', doc],
          ['textDocument/foldingRange', doc],
          ['textDocument/formatting', { ...doc, options: { tabSize: 2, insertSpaces: true } }],
          ['textDocument/rangeFormatting', { ...doc, range, options: { tabSize: 2, insertSpaces: true } }],
          ['textDocument/codeLens', doc],
          ['textDocument/codeAction', { ...doc, range, context: { diagnostics: [] } }],
          ['nsroles/model', { uri }],
          ['nsroles/simulate', { uri, request: { user: 'u', role: 'r', action: 'restlet-login' } }],
          ['nsroles/matrix', { uri }],
          ['nsroles/whoCan', { uri, action: 'issue-token' }],
          ['nsroles/changeEdit', { uri, changes: [{ kind: 'enable-tba' }] }],
          ['nsroles/exportSdfRole', { uri, position }],
          ['nsroles/accessDelta', { uri, base: [{ uri, text: null }] }],
        ];
        for (const [method, params] of requests) await s.request(method, params).catch((e: Error) => e);
      }
      await alive();
    });

    it('sync notifications with malformed params are ignored, and do not break later diagnostics', async () => {
      const c = s.conn;
      await c.sendNotification('textDocument/didOpen', { textDocument: { uri: 5, languageId: 'nsroles', version: 1, text: 'x' } });
      await c.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:object-text', languageId: 'nsroles', version: 1, text: { a: 1 } } });
      await c.sendNotification('textDocument/didOpen', null);
      await c.sendNotification('textDocument/didChange', { textDocument: { uri: 'untitled:x', version: 'two' }, contentChanges: [{ text: 5 }] });
      await c.sendNotification('textDocument/didChange', {
        textDocument: { uri: 'untitled:x', version: 2 },
        contentChanges: [{ range: { start: { line: -1, character: 'a' } }, text: '' }],
      });
      await c.sendNotification('textDocument/didClose', { textDocument: {} });
      await c.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 7, type: 1 }] });
      await c.sendNotification('workspace/didChangeWatchedFiles', { changes: 'all' });
      await c.sendNotification('workspace/didChangeConfiguration', null);
      // No settings in it: not malformed, the server asks for the configuration itself.
      await c.sendNotification('workspace/didChangeConfiguration', {});
      await alive();
      assert.ok(!s.logs.some((l) => /Ignored workspace\/didChangeConfiguration: settings/.test(l)), s.logs.join('\n'));
      await c.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: 5, removed: null } });
      await alive();
      const logsBefore = s.logs.length;
      await alive();
      await alive();
      // A poisoned document once made every diagnostics run fail, and retry, forever.
      assert.deepEqual(s.logs.slice(logsBefore), []);
      assert.ok(!s.logs.some((l) => /Diagnostics failed/.test(l)), s.logs.join('\n'));
    });

    it('custom requests with missing or garbage params: InvalidParams, then the next one answers', async () => {
      const uri = 'untitled:custom-hostile';
      await s.open(uri, 'role "R" { permission ADMI_LOGIN_OAUTH }\nuser "u" { role "R" }\n');
      const garbage: unknown[] = [undefined, null, [], 'x', 42, {}, { uri: 5 }, { uri: '' }, { uri: 'x'.repeat(100_000) }, { uri: { href: uri } }];
      const methods = [
        'nsroles/model',
        'nsroles/simulate',
        'nsroles/matrix',
        'nsroles/whoCan',
        'nsroles/changeEdit',
        'nsroles/generateFromSdf',
        'nsroles/exportSdfRole',
        'nsroles/accessDelta',
      ];
      const cases: [string, unknown][] = methods.flatMap((m) => garbage.map((p): [string, unknown] => [m, p]));
      cases.push(
        ['nsroles/simulate', { uri, request: 'all' }],
        ['nsroles/simulate', { uri, request: { user: 'u', role: 'R', action: 'rm -rf' } }],
        ['nsroles/whoCan', { uri, action: 'issue-token', channel: 'email' }],
        ['nsroles/accessDelta', { uri }],
        ['nsroles/accessDelta', { uri, base: 'HEAD' }],
        ['nsroles/accessDelta', { uri, base: [null] }],
        ['nsroles/accessDelta', { uri, base: [{ uri, text: 5 }] }],
        ['nsroles/accessDelta', { uri, base: [{ uri: '', text: '' }] }],
        ['nsroles/accessDelta', { uri, base: [{ uri, text: '', extra: 1 }] }],
        ['nsroles/accessDelta', { uri, base: Array.from({ length: 1001 }, () => ({ uri, text: null })) }],
      );
      for (const [method, params] of cases) {
        const r = await s.request(method, params).then(
          (result) => ({ result }),
          (error: { code: number }) => ({ error }),
        );
        assert.ok('error' in r && r.error.code === -32602, `${method} ${JSON.stringify(params)?.slice(0, 80)} answered ${JSON.stringify(r).slice(0, 200)}`);
      }
      const tooMany = Array.from({ length: 1000 }, () => ({ kind: 'enable-tba' }));
      await assert.rejects(s.request('nsroles/changeEdit', { uri, changes: tooMany }), /Invalid changes/);
      // Well-formed but odd base files (not a file URI, a file of no account): an answer, not a crash.
      const odd = await s.request<{ granted: unknown[]; revoked: unknown[]; missing: string[] }>('nsroles/accessDelta', {
        uri,
        base: [
          { uri: 'not a uri at all', text: 'role "X" {' },
          { uri: 'file:///nowhere/else.nsroles', text: null },
        ],
      });
      assert.ok(Array.isArray(odd.granted) && Array.isArray(odd.revoked) && Array.isArray(odd.missing));
      const model = await s.request<{ users: unknown[] }>('nsroles/model', { uri });
      assert.equal(model.users.length, 1);
      await s.close(uri);
    });

    it('standard requests with missing or garbage params: InvalidParams naming the field, never a JavaScript error', async () => {
      const uri = 'untitled:standard-hostile';
      await s.open(uri, 'role "R" { permission ADMI_LOGIN_OAUTH }\nuser "u" { role "R" }\n');
      const doc = { textDocument: { uri } };
      const at = { line: 0, character: 7 };
      const garbage: unknown[] = [null, [], 'x', 42, {}, { position: at }, { textDocument: null, position: at }, { textDocument: { uri: 42 }, position: at }];
      const positional = ['hover', 'completion', 'definition', 'references', 'documentHighlight', 'prepareRename', 'rename'];
      const whole = ['documentSymbol', 'foldingRange', 'formatting', 'codeLens'];
      const cases: [string, unknown, RegExp][] = [...positional, ...whole, 'rangeFormatting', 'codeAction'].flatMap((m) =>
        // null and arrays are refused by the JSON-RPC layer itself, with its own InvalidParams.
        garbage.map((p): [string, unknown, RegExp] => [
          `textDocument/${m}`,
          p,
          /^Invalid textDocument\/\w+ params: |defines parameters by name but received parameters by position/,
        ]),
      );
      for (const m of positional) {
        cases.push([`textDocument/${m}`, { ...doc, position: null }, /position: /]);
        cases.push([`textDocument/${m}`, { ...doc, position: { line: -1, character: 0 } }, /position\.line: /]);
        cases.push([`textDocument/${m}`, { ...doc, position: { line: '1', character: 2 } }, /position\.line: /]);
      }
      cases.push(
        ['textDocument/rename', { ...doc, position: at, newName: 5 }, /newName: /],
        ['textDocument/rangeFormatting', { ...doc, range: 'x' }, /range: /],
        [
          'textDocument/rangeFormatting',
          { ...doc, range: { start: { line: 1, character: 0 }, end: { line: 0, character: 0 } } },
          /range: its start comes after its end/,
        ],
        ['textDocument/codeAction', { ...doc, range: { start: at, end: at }, context: null }, /context: /],
        [
          'textDocument/codeAction',
          { ...doc, range: { start: at, end: at }, context: { diagnostics: [{ range: null, message: 5 }] } },
          /context\.diagnostics\.0\.range: /,
        ],
        ['workspace/symbol', {}, /query: /],
        ['workspace/symbol', { query: 5 }, /query: /],
      );
      for (const [method, params, reason] of cases) {
        const r = await s.request(method, params).then(
          (result) => ({ result }),
          (error: { code: number; message: string }) => ({ error }),
        );
        const line = `${method} ${JSON.stringify(params)?.slice(0, 80)} answered ${'error' in r ? r.error.message : JSON.stringify(r.result)?.slice(0, 200)}`;
        assert.ok('error' in r && r.error.code === -32602, line);
        assert.match(r.error.message, reason, line);
        assert.doesNotMatch(r.error.message, /Cannot read|is not a function|is not iterable|TypeError/, line);
      }
      // Well-formed requests still answer.
      assert.ok(await s.request('textDocument/hover', { ...doc, position: at }));
      assert.ok(Array.isArray(await s.request('workspace/symbol', { query: 'R' })));
      await s.close(uri);
    });

    it('a 5 MB document: diagnosed, and hover, symbols, folding, formatting and code lenses still answer', async function () {
      // Distinct declarations, with a mistake now and then: a big account, not one pasted 50,000 times.
      const text = fiveMegabyteAccount();
      const uri = 'untitled:five-megabytes';
      await s.open(uri, text);
      const d = await s.until('diagnostics for 5 MB', () => s.published.filter((p) => p.uri === uri && p.version === 1).pop(), 90_000);
      assert.ok(d.diagnostics.some((x) => x.code === 'NSR-UNKNOWN-PERMISSION'));
      const position = { line: 0, character: 7 };
      const hover = await s.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position });
      assert.match(hover.contents.value, /Role: R0/);
      await s.request('textDocument/documentSymbol', { textDocument: { uri } });
      await s.request('textDocument/foldingRange', { textDocument: { uri } });
      await s.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
      // Lenses once asked every role about every target: minutes for this file. Their time is a
      // budget in `npm run bench` (bench/hostile.ts); here, that they come and are complete.
      const lenses = await s.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.ok(lenses.length > 50_000, `${lenses.length} lenses`);
      await s.close(uri);
      await alive();
    });

    it('10,000 nested braces and 10,000 nested blocks: diagnosed, every feature answers', async () => {
      for (const [name, text] of [
        ['braces', '{'.repeat(10_000) + '}'.repeat(10_000)],
        ['blocks', 'role "r" {\n'.repeat(10_000) + '}\n'.repeat(10_000)],
        ['one line', 'user "u" { role "r" { '.repeat(10_000)],
      ]) {
        const uri = `untitled:nested-${name.replace(' ', '-')}`;
        await s.open(uri, text);
        const d = await s.diagnostics(uri);
        assert.ok(
          d.diagnostics.some((x) => x.code === 'NSR-SYNTAX'),
          name,
        );
        const doc = { textDocument: { uri } };
        const position = { line: 0, character: 5_000 };
        for (const [method, params] of [
          ['textDocument/hover', { ...doc, position }],
          ['textDocument/completion', { ...doc, position }],
          ['textDocument/documentSymbol', doc],
          ['textDocument/foldingRange', doc],
          ['textDocument/formatting', { ...doc, options: { tabSize: 2, insertSpaces: true } }],
          ['textDocument/codeLens', doc],
          ['textDocument/codeAction', { ...doc, range: { start: position, end: position }, context: { diagnostics: d.diagnostics.slice(0, 3) } }],
        ] as [string, unknown][]) {
          await s.request(method, params);
        }
        await s.close(uri);
      }
      await alive();
    });

    it('include cycles: reported at the include that closes them, and nothing loops', async () => {
      // a and b include each other: both are read from a, as `nsroles check` reads them, so the
      // cycle is reported in b, at its include of a, whichever of the two is open.
      for (const [file, other] of [
        ['a.nsroles', 'b.nsroles'],
        ['b.nsroles', 'b.nsroles'],
        ['self.nsroles', 'self.nsroles'],
      ]) {
        const uri = fileUri(path.join(dir, file));
        await s.open(uri, fs.readFileSync(path.join(dir, file), 'utf8'));
        const d = await s.diagnostics(uri);
        assert.ok(d.diagnostics.some((x) => x.code === 'NSR-INCLUDE-CYCLE') || other !== file, `${file}: ${JSON.stringify(d.diagnostics.map((x) => x.code))}`);
        await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10 } });
        await s.request('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 10 } });
        await s.request('workspace/symbol', { query: '' });
        await s.close(uri);
      }
    });

    it('includes of devices, a FIFO, a folder, a file over the size limit: "cannot be read", at once; outside the workspace: read', async () => {
      const targets = [
        '/dev/zero',
        '/dev/urandom',
        '/dev/null',
        '/dev/stdin',
        '/proc/self/fd/0',
        'zero.nsroles',
        'src',
        path.join(outside, 'huge.nsroles'),
        ...(fifo ? ['fifo.nsroles'] : []),
      ];
      const text =
        targets.map((t) => `include ${JSON.stringify(t)}`).join('\n') +
        `\ninclude ${JSON.stringify(path.relative(dir, path.join(outside, 'shared.nsroles')))}\nuser "u" { role "Shared" }\n`;
      const uri = fileUri(path.join(dir, 'devices.nsroles'));
      // Nothing blocks on a device: the diagnostics come within the harness's wait (the time is a
      // budget in `npm run bench`, bench/hostile.ts).
      await s.open(uri, text);
      const d = await s.diagnostics(uri);
      const missing = d.diagnostics.filter((x) => x.code === 'NSR-INCLUDE-MISSING').map((x) => x.range.start.line);
      assert.deepEqual(
        missing,
        targets.map((_, i) => i),
        JSON.stringify(d.diagnostics.map((x) => `${x.range.start.line} ${x.code} ${x.message}`)),
      );
      // The shared file outside the folder is read: its role resolves.
      assert.ok(!d.diagnostics.some((x) => x.code === 'NSR-UNKNOWN-REF'), JSON.stringify(d.diagnostics.map((x) => x.message)));
      await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 12 } });
      await s.request('textDocument/definition', { textDocument: { uri }, position: { line: targets.length + 1, character: 20 } });
      await s.close(uri);
      await alive();
    });

    it('a role file with invalid UTF-8 on disk, and device links in the workspace, are read or skipped without a hang', async () => {
      const uri = fileUri(path.join(dir, 'reader.nsroles'));
      await s.open(uri, 'include "bad-utf8.nsroles"\nuser "u" { role "customrole_x" }\n');
      const d = await s.diagnostics(uri);
      assert.ok(!d.diagnostics.some((x) => x.code === 'NSR-INCLUDE-MISSING'), JSON.stringify(d.diagnostics));
      await s.request('workspace/symbol', { query: 'customrole' });
      await s.request('nsroles/generateFromSdf', { uri, mode: 'copy' });
      await s.request('nsroles/generateFromSdf', { uri: 'file:///', mode: 'reference' });
      await s.close(uri);
      await alive();
    });
  });

  it('after all that, shuts down cleanly when asked', async () => {
    const s = await TestServer.start();
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: [], text: null } });
    const exited = new Promise<number | null>((r) => s.proc.once('exit', (code) => r(code)));
    await s.conn.sendRequest('shutdown');
    await s.conn.sendNotification('exit');
    assert.equal(await exited, 0);
    s.conn.dispose();
  });
});
