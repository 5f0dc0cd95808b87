import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  exportMessage,
  exportPlan,
  GENERATE_MODES,
  generateMessage,
  generateScope,
  isRoleObject,
  isRoleObjectDocument,
  proposedRoleFileName,
} from '../../client/src/sdf';
import type { ExportSdfRoleResult } from '../../shared/protocol/wire';

type Exported = Extract<ExportSdfRoleResult, { ok: true }>;
const exported = (extra: Partial<Exported> = {}): Exported => ({
  ok: true,
  role: 'Token Admin',
  scriptid: 'customrole_token_admin',
  fileName: 'customrole_token_admin.xml',
  xml: '<role scriptid="customrole_token_admin"/>\n',
  warnings: [],
  ...extra,
});

describe('client: which SuiteCloud object files start the server', () => {
  it('a role object by its root, whatever its name; other objects do not', () => {
    const fixtures = path.join(__dirname, '../fixtures/sdf-project/src/Objects');
    assert.equal(isRoleObject(fs.readFileSync(path.join(fixtures, 'customrole_soap_sync.xml'), 'utf8')), true);
    assert.equal(isRoleObject(fs.readFileSync(path.join(fixtures, 'customscript_orders_restlet.xml'), 'utf8')), false);
    // NetSuite's export names roles by their number.
    assert.equal(isRoleObject('\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported -->\n<role scriptid="customrole1000">\n</role>'), true);
    assert.equal(isRoleObject('<roles></roles>'), false);
    // A File Cabinet document is never an object, whatever its root; a folder of that name above the project is no File Cabinet.
    const role = '<role scriptid="customrole_x"></role>';
    assert.equal(isRoleObjectDocument('/p/src/Objects/customrole_x.xml', role), true);
    assert.equal(isRoleObjectDocument('/p/src/FileCabinet/SuiteScripts/role.xml', role), false);
    assert.equal(isRoleObjectDocument('/FileCabinet/p/src/Objects/customrole_x.xml', role), true);
    // A Java CLI or IDE project: its File Cabinet beside manifest.xml, no src/.
    assert.equal(isRoleObjectDocument('/p/FileCabinet/SuiteApps/com.acme.wms/role.xml', role), false);
    assert.equal(isRoleObjectDocument('/p/Objects/customrole_x.xml', role), true);
    assert.equal(isRoleObjectDocument('/p/src/Objects/customrole_x.txt', role), false);
    assert.equal(isRoleObject('<!-- <role scriptid="x"> -->\n<customrecordtype scriptid="customrecord1"/>'), false);
    assert.equal(isRoleObject(''), false);
  });
});

describe('client: the SDF commands', () => {
  it('offers both ways to carry roles over, reference first', () => {
    assert.deepEqual(
      GENERATE_MODES.map((m) => m.mode),
      ['reference', 'copy'],
    );
  });

  it('looks around the active file on disk, else in the whole workspace', () => {
    assert.equal(generateScope({ uri: 'file:///p/access.nsroles', scheme: 'file' }), 'file:///p/access.nsroles');
    assert.equal(generateScope({ uri: 'untitled:Untitled-1', scheme: 'untitled' }), undefined);
    assert.equal(generateScope(undefined), undefined);
  });

  it('says what was carried over, what was left out, or that nothing was found', () => {
    const role = { name: 'A', scriptid: 'customrole_a', uri: 'file:///p/src/Objects/customrole_a.xml' };
    assert.equal(generateMessage({ text: 'x', roles: [role], skipped: [] }), '1 role carried over; fill in the users that hold them.');
    assert.equal(
      generateMessage({ text: 'x', roles: [role, role], skipped: ['file:///p/src/Objects/customrole_b%20c.xml'] }),
      '2 roles carried over; fill in the users that hold them. 1 role object with malformed XML left out: customrole_b c.xml.',
    );
    assert.match(generateMessage({ text: '', roles: [], skipped: [] })!, /^No SuiteCloud role objects/);
    assert.match(
      generateMessage({ text: '', roles: [], skipped: ['file:///x.xml', 'file:///y.xml'] })!,
      /^No readable role object: 2 role objects with malformed XML left out: x\.xml, y\.xml\.$/,
    );
  });

  it('proposes roles.nsroles for the generated file, else the first free roles-N.nsroles', () => {
    assert.equal(
      proposedRoleFileName(() => false),
      'roles.nsroles',
    );
    const taken = new Set(['roles.nsroles', 'roles-2.nsroles']);
    assert.equal(
      proposedRoleFileName((n) => taken.has(n)),
      'roles-3.nsroles',
    );
    assert.equal(
      proposedRoleFileName(() => true),
      undefined,
    );
  });

  it('writes a new file in src/Objects only when it is free', () => {
    const target = 'file:///p/src/Objects/customrole_token_admin.xml';
    assert.deepEqual(exportPlan(exported({ target, targetExists: false })), { kind: 'new-file', target });
    assert.deepEqual(exportPlan(exported({ target, targetExists: true })), { kind: 'untitled' });
    assert.deepEqual(exportPlan(exported()), { kind: 'untitled' });
  });

  it('tells where to save the export, with its warnings', () => {
    const target = 'file:///p/src/Objects/customrole_token_admin.xml';
    const r = exported({
      target,
      targetExists: false,
      warnings: ["'Token Admin' is highly privileged: exported with two-factor authentication required, as NetSuite enforces."],
    });
    assert.equal(
      exportMessage(r, exportPlan(r)),
      "Role 'Token Admin' exported as customrole_token_admin. Save it to create src/Objects/customrole_token_admin.xml. Note: 'Token Admin' is highly privileged: exported with two-factor authentication required, as NetSuite enforces.",
    );
    const taken = exported({ target, targetExists: true });
    assert.match(exportMessage(taken, exportPlan(taken)), /exists already, so it opened unsaved/);
    assert.match(exportMessage(exported(), { kind: 'untitled' }), /Save it as customrole_token_admin\.xml in the SuiteCloud project's src\/Objects folder\.$/);
  });
});
