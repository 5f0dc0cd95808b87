/** The workspace notices a file that changed on disk before any file event said so. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workspace } from '../../server/src/workspace';

describe('workspace: a file changed on disk without an event', () => {
  it('starts a new generation, so no account read from the old text is served again', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-ws-'));
    const main = path.join(dir, 'main.nsroles');
    const inc = path.join(dir, 'roles.nsroles');
    fs.writeFileSync(main, 'include "roles.nsroles"\nuser "u" { role "Dev" }\n');
    fs.writeFileSync(inc, 'role "Dev" { permission ADMI_LOGIN_OAUTH }\n');
    const ws = new Workspace();
    const first = ws.load(main);
    const generation = ws.generation;
    fs.writeFileSync(inc, '# a comment line on top\nrole "Dev" { permission ADMI_LOGIN_OAUTH }\n');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(inc, later, later);
    ws.lines(inc); // any read of the file sees the new text
    assert.ok(ws.generation > generation, 'a new generation');
    const second = ws.load(main);
    assert.notEqual(second, first, 'the account is read again');
    const role = second.model.roles[0];
    const text = second.trees.get(inc)!.text;
    assert.equal(text.slice(role.nameLoc.span.start, role.nameLoc.span.end), '"Dev"', 'its spans point into its own text');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
