/** What the server keeps of documents once they are closed: nothing that grows with their number. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fileUri, TestServer, workspace } from './harness';

/** The server process's resident memory, in MB (Linux). */
function rssMB(s: TestServer): number {
  const status = fs.readFileSync(`/proc/${s.proc.pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)![1]) / 1024;
}

describe('server: memory across documents opened and closed', function () {
  this.timeout(180_000);
  let s: TestServer;
  let dir: string;
  before(async () => {
    dir = workspace({ 'keep.nsroles': 'role "Keep" { permission ADMI_LOGIN_OAUTH }\n' });
    s = await TestServer.start({ folders: [dir] });
  });
  after(() => s?.stop());

  it('stays flat over 150 distinct new documents of ~100 KB, each opened, linted and closed', async () => {
    // Untitled work that was never saved: no file on disk behind any of them.
    let body = '';
    for (let i = 0; i < 1500; i++) body += `role "R${i}" { permission ADMI_LOGIN_OAUTH }\nuser "u${i}" { role "R${i}" }\n`;
    const cycle = async (i: number) => {
      const uri = fileUri(path.join(dir, `draft-${i}.nsroles`));
      await s.open(uri, body + `# draft ${i}\n`);
      assert.equal((await s.diagnostics(uri)).diagnostics.length, 0);
      await s.close(uri);
    };
    for (let i = 0; i < 30; i++) await cycle(i);
    const early = rssMB(s);
    for (let i = 30; i < 150; i++) await cycle(i);
    const late = rssMB(s);
    // Each kept document held ~5 MB: 120 more would add ~600 MB.
    assert.ok(late - early < 200, `resident memory grew from ${early.toFixed(0)} to ${late.toFixed(0)} MB over 120 documents`);
  });
});
