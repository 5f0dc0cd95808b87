/** targetAt: what sits under the cursor, found from the declarations containing it. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadAccountFiles, parseSdfRole } from '../../server/src/engine';
import { analysisOf } from '../../server/src/ide/analysis';
import { targetAt } from '../../server/src/ide/locate';

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
