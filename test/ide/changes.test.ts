/**
 * ide/changes.ts: the Changes tab's answer, as the server's `nsroles/accessDelta` handler and the
 * webview tests' host both compute it.
 */
import { strict as assert } from 'assert';
import { accessChanges } from '../../server/src/ide/changes';
import { memoryHost } from '../helpers/memory';

const MAIN = '/proj/main.nsroles';
const OBJECT = '/proj/src/Objects/customrole_sync.xml';
const ROLE_XML =
  '<role scriptid="customrole_sync">\n  <centertype>BASIC</centertype>\n  <name>Sync</name>\n  <permissions>\n' +
  '    <permission>\n      <permkey>ADMI_LOGIN_OAUTH</permkey>\n      <permlevel>FULL</permlevel>\n    </permission>\n' +
  '  </permissions>\n</role>\n';
const BASE = 'role "R" {\n  permission "Log in using Access Tokens" full\n}\nuser "u" { role "R" }\nuser "v" { role customrole_sync }\n';

const { resolve } = memoryHost({});
const label = (f: string) => `file://${f}`;
const version = (files: Record<string, string>, sdf: string[]) => ({ read: (f: string) => files[f], sdf });

/** Each change as `user role action: file:line text`, sorted. */
function shown(changes: { user: string; role: string; action: string; changes: { file: string; line: number; text: string }[] }[]): string[] {
  return changes.map((c) => `${c.user} ${c.role} ${c.action}: ${c.changes.map((l) => `${l.file}:${l.line} ${l.text}`).join('; ')}`).sort();
}

describe('ide: the Changes tab (accessChanges)', () => {
  it('a role file edit: the access it revokes, naming the changed line by its label', () => {
    const working = BASE.replace('user "u" { role "R" }', 'user "u" {}');
    const d = accessChanges(
      MAIN,
      resolve,
      label,
      version({ [MAIN]: BASE, [OBJECT]: ROLE_XML }, [OBJECT]),
      version({ [MAIN]: working, [OBJECT]: ROLE_XML }, [OBJECT]),
    );
    assert.deepEqual(d.granted, []);
    assert.ok(d.revoked.length > 0);
    assert.deepEqual(new Set(d.revoked.map((c) => `${c.user}/${c.role}`)), new Set(['u/R']));
    for (const line of shown(d.revoked)) assert.match(line, /: file:\/\/\/proj\/main\.nsroles:4 user "u" \{\}$/);
  });

  it('a SuiteCloud role object only the base version has: its user loses the access it gave', () => {
    const d = accessChanges(MAIN, resolve, label, version({ [MAIN]: BASE, [OBJECT]: ROLE_XML }, [OBJECT]), version({ [MAIN]: BASE }, [OBJECT]));
    assert.deepEqual(d.granted, []);
    assert.deepEqual(new Set(d.revoked.map((c) => `${c.user}/${c.role}`)), new Set(['v/Sync']));
    assert.ok(
      d.revoked.every((c) => c.changes.some((l) => l.file === label(OBJECT))),
      JSON.stringify(shown(d.revoked)),
    );
  });

  it('the same versions give no changes', () => {
    const same = version({ [MAIN]: BASE, [OBJECT]: ROLE_XML }, [OBJECT]);
    assert.deepEqual(accessChanges(MAIN, resolve, label, same, same), { granted: [], revoked: [] });
  });
});
