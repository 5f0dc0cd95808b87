/** targetAt: what sits under the cursor, found from the declarations containing it. */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { contains, type LoadedAccount, loadAccount, loadAccountFiles, parseSdfRole } from '../../server/src/engine';
import { analysisOf } from '../../server/src/ide/analysis';
import { type Target, targetAt, targets } from '../../server/src/ide/locate';
import { memoryHost } from '../helpers/memory';
import { accountText, SHARED } from '../properties/accounts';
import { mutatedExample } from '../properties/parser';

const FIXTURE = path.join(__dirname, '../fixtures/sdf-project/src/Objects/customrole_audit_viewer.xml');

describe('targetAt in a role object', () => {
  const noFiles = { read: () => undefined, resolve: (_from: string, p: string) => p };
  const at = (text: string, offset: number) => {
    const file = '/p/customrole_audit_viewer.xml';
    const loaded = loadAccountFiles([], noFiles, { sdf: [parseSdfRole(file, text)] });
    return targetAt(analysisOf(file, loaded), offset);
  };

  it('finds the role name, also while the XML is half typed and the root ends early', () => {
    const text = fs.readFileSync(FIXTURE, 'utf8');
    const name = text.indexOf('Audit Viewer');
    const whole = at(text, name + 1);
    assert.equal(whole?.kind, 'entity');
    // Cut into the <name> element: the parser's root element now ends before the name.
    const cut = text.slice(0, text.indexOf('</name>')) + text.slice(text.indexOf('</name>') + 15);
    const t = at(cut, name + 1);
    assert.equal(t?.kind, 'entity', 'the name is still found');
    // The unclosed <name> runs on into the next element's text.
    assert.ok(t?.kind === 'entity' && t.entity.name.startsWith('Audit Viewer'));
  });
});

describe('targets at an offset, found by binary search', () => {
  const key = (t: Target) =>
    [t.kind, t.span.start, t.span.end, t.kind === 'entity' ? `${t.entity.kind}/${t.entity.key}/${t.entity.name}/${t.decl}` : ''].join(' ');
  /** At every offset of every file: the same targets as the walk of the whole account finds. */
  const same = (loaded: LoadedAccount, texts: Record<string, string>) => {
    for (const file of Object.keys(texts)) {
      const a = analysisOf(file, loaded);
      const all = targets(a);
      for (let at = 0; at <= texts[file].length; at++) {
        const near = targets(a, at)
          .filter((t) => contains(t.span, at))
          .map(key)
          .sort();
        const walked = all
          .filter((t) => contains(t.span, at))
          .map(key)
          .sort();
        assert.deepEqual(near, walked, `${file} at ${at}: ${JSON.stringify(texts[file].slice(Math.max(0, at - 20), at + 20))}`);
      }
    }
  };

  it('generated accounts, with an included file', () => {
    fc.assert(
      fc.property(accountText, (text) => {
        const texts = { '/main.nsroles': text, '/shared.nsroles': SHARED };
        same(loadAccount('/main.nsroles', memoryHost(texts)), texts);
      }),
      { numRuns: 60 },
    );
  });

  it('broken examples: unclosed blocks, stray braces, statements run together', () => {
    fc.assert(
      fc.property(mutatedExample, ({ text }) => {
        const texts = { '/main.nsroles': text };
        same(loadAccount('/main.nsroles', memoryHost(texts)), texts);
      }),
      { numRuns: 60 },
    );
  });

  it('statements on one line, ignore comments, a file included twice, roles added by the caller', () => {
    const main = [
      'include "a.nsroles"; include "a.nsroles"',
      '# nsroles-ignore NSR-UNKNOWN-REF, TBA-INACTIVE',
      'role "R" { permission ADMI_LOGIN_OAUTH full };user "u" { role "R" };user "u" { role "X" }',
      'role { }',
      'user "v" { role "R"',
      'token "t" { user "u"; role "R"; created-by "v" } expect "u" as "R" can restlet-login',
    ].join('\n');
    const texts = { '/main.nsroles': main, '/a.nsroles': 'role "A" { id customrole_a }\nuser "w" { role customrole_a }\n' };
    const extra = loadAccount('/x.nsroles', memoryHost({ '/x.nsroles': 'role "Extra" { }\n' })).model.roles;
    same(loadAccount('/main.nsroles', memoryHost(texts), { extraRoles: extra }), texts);
    // The search finds the entries themselves, not just some target at each offset.
    const loaded = loadAccount('/main.nsroles', memoryHost(texts));
    const w = targetAt(analysisOf('/a.nsroles', loaded), texts['/a.nsroles'].indexOf('"w"') + 1);
    assert.ok(w?.kind === 'entity' && w.entity.kind === 'user' && w.entity.name === 'w' && w.decl);
    const u = targetAt(analysisOf('/main.nsroles', loaded), main.indexOf('user "u" { role "X"') + 7);
    assert.ok(u?.kind === 'entity' && u.entity.kind === 'user' && u.entity.name === 'u' && u.decl);
  });
});
