import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  findPermission,
  HIGHLY_PRIVILEGED_LIST,
  lintAccount,
  loadAccountFiles,
  objectReference,
  parseSdfRole,
  permissionById,
  PERMISSIONS,
  safeToPrefer,
  typoOf,
} from '../../server/src/engine';
import { load } from '../helpers/memory';

const ROOT = path.join(__dirname, '../..');
const DATA = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/netsuite-permissions/permissions.json'), 'utf8')) as {
  permissions: Record<string, { label: string; permissions: { name: string; id: string }[] }>;
};
const ROWS = Object.entries(DATA.permissions).flatMap(([prefix, c]) => c.permissions.map((p) => ({ ...p, prefix, label: c.label })));
const IDS = [...new Set(ROWS.map((r) => r.id))];
/** Oracle's JSON gives ADMI_LOGIN_OAUTH the name of ADMI_LOGIN_OAUTH2 (data/netsuite-permissions/README.md). */
const MISLABEL = { id: 'ADMI_LOGIN_OAUTH', name: 'Log In using OAuth 2.0 Access Tokens' };

function sdfRole(permissions: [string, string][]): string {
  const perms = permissions.map(([k, l]) => `    <permission>\n      <permkey>${k}</permkey>\n      <permlevel>${l}</permlevel>\n    </permission>\n`).join('');
  return `<role scriptid="customrole_x">\n  <centertype>BASIC</centertype>\n  <name>X</name>\n  <tfarequired>OFF</tfarequired>\n  <permissions>\n${perms}  </permissions>\n</role>\n`;
}

function lintSdf(permissions: [string, string][]) {
  const file = '/p/src/Objects/customrole_x.xml';
  const loaded = loadAccountFiles([], { read: () => undefined, resolve: (_f, p) => p }, { sdf: [parseSdfRole(file, sdfRole(permissions))] });
  return lintAccount(loaded);
}

describe("NetSuite's permission list in the engine", () => {
  it('the generated module matches data/netsuite-permissions/permissions.json (the build regenerates it)', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/gen-permissions.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('keeps the data beside its UPL licence, and the licence notice in the generated module', () => {
    assert.match(
      fs.readFileSync(path.join(ROOT, 'data/netsuite-permissions/LICENSE-UPL.txt'), 'utf8'),
      /The Universal Permissive License \(UPL\), Version 1\.0/,
    );
    const mod = fs.readFileSync(path.join(ROOT, 'server/src/engine/generated/netsuite-permissions.ts'), 'utf8');
    assert.match(mod, /^\/\*!\n[^]*Copyright \(c\) 2019, 2023 Oracle and\/or its affiliates\.[^]*Universal Permissive License \(UPL\)/);
  });

  it('knows every ID of the list, with its category from the ID prefix', () => {
    assert.equal(IDS.length, 669);
    for (const id of IDS) {
      const p = permissionById(id);
      assert.ok(p, id);
      assert.equal(p.listed, true);
      assert.equal(p.category?.prefix, id.slice(0, id.indexOf('_')));
      assert.equal(p.category?.label, DATA.permissions[p.category!.prefix].label);
      // IDs are found in any case, as the .nsroles language compares names.
      assert.equal(findPermission(id.toLowerCase()), p);
    }
    assert.equal(PERMISSIONS.filter((p) => p.listed).length, 669);
  });

  it('resolves every name and alias of the list to its ID, except the one mislabelled name', () => {
    for (const r of ROWS) {
      if (r.id === MISLABEL.id && r.name === MISLABEL.name) continue;
      assert.equal(findPermission(r.name)?.id, r.id, r.name);
      assert.equal(findPermission(`  ${r.name.toUpperCase()} `)?.id, r.id, r.name);
    }
    // Aliases: names after the first of an ID. 680 names for 669 IDs.
    assert.equal(ROWS.length, 680);
    const listAliases = PERMISSIONS.filter((p) => p.listed).reduce(
      (n, p) => n + p.aliases.filter((a) => ROWS.some((r) => r.id === p.id && r.name === a)).length,
      0,
    );
    assert.equal(listAliases, 11);
    assert.deepEqual(permissionById('ADMI_ACCTSETUP')?.aliases, ['Accounting Preferences']);
    assert.equal(findPermission('Set Up Accounting')?.id, 'ADMI_ACCTSETUP');
    assert.equal(findPermission('Accounting Preferences')?.id, 'ADMI_ACCTSETUP');
  });

  it('fixes the mislabelled ID: ADMI_LOGIN_OAUTH is Log in using Access Tokens, and the OAuth 2.0 name is ADMI_LOGIN_OAUTH2 only', () => {
    assert.equal(permissionById('ADMI_LOGIN_OAUTH')?.name, 'Log in using Access Tokens');
    assert.ok(!permissionById('ADMI_LOGIN_OAUTH')?.aliases.includes(MISLABEL.name));
    assert.equal(findPermission(MISLABEL.name)?.id, 'ADMI_LOGIN_OAUTH2');
    assert.equal(findPermission('Log in using Access Tokens')?.id, 'ADMI_LOGIN_OAUTH');
  });

  it('marks the highly privileged permissions, and says the list behind them is a third party’s', () => {
    const hp = PERMISSIONS.filter((p) => p.highlyPrivileged).map((p) => p.id || p.name);
    assert.deepEqual(hp.sort(), [
      'ADMI_DEVICE_ID',
      'ADMI_INTEGRAPP',
      'ADMI_KERNEL',
      'ADMI_MANAGE_OAUTH2',
      'ADMI_MANAGE_OAUTH_TOKENS',
      'ADMI_NSASOIDCPROVIDER',
      'ADMI_OIDCSETUP',
      'ADMI_OPENIDSSOSETUP',
      'ADMI_SAMLSSOSETUP',
      'ADMI_TWOFACTORAUTHBASE',
      'View Unencrypted ACH Account Numbers',
      'View Unencrypted Credit Cards',
    ]);
    assert.equal(HIGHLY_PRIVILEGED_LIST.basis, 'inferred');
    assert.match(HIGHLY_PRIVILEGED_LIST.from, /third party/);
    // The 2FA list's spelling still resolves.
    assert.equal(findPermission('Set Up OpenID Connect (OIDC) Single Sign-on')?.id, 'ADMI_OIDCSETUP');
  });

  it('no quick fix may be preferred that writes a token, OAuth or 2FA-relevant permission', () => {
    for (const id of [
      'ADMI_MANAGE_OAUTH_TOKENS',
      'ADMI_MANAGE_OWN_OAUTH_TOKENS',
      'ADMI_LOGIN_OAUTH',
      'ADMI_LOGIN_OAUTH2',
      'ADMI_MANAGE_OAUTH2',
      'ADMI_KERNEL',
      'ADMI_INTEGRAPP',
    ])
      assert.equal(safeToPrefer(permissionById(id)!), false, id);
    assert.equal(safeToPrefer(permissionById('ADMI_ACCTSETUP')!), true);
  });

  describe('did-you-mean for IDs absent from the list', () => {
    it('suggests only for a plain typo: one letter changed, dropped, added or swapped', () => {
      assert.equal(typoOf('ADMI_AUDITLGOIN')?.id, 'ADMI_AUDITLOGIN');
      assert.equal(typoOf('ADMI_ACCTSETPU')?.id, 'ADMI_ACCTSETUP');
      assert.equal(typoOf('ADMI_ACCTSETUPP')?.id, undefined, 'an extension is no typo');
      assert.equal(typoOf('ADMI_ACCTSTUP')?.id, 'ADMI_ACCTSETUP');
      assert.equal(typoOf('LIST_CUSTJOV')?.id, 'LIST_CUSTJOB');
    });

    it('never for a real ID, a cut-short or extended one, a changed number or a short ID', () => {
      for (const id of IDS) assert.equal(typoOf(id), undefined, id);
      assert.equal(typoOf('ADMI_LOGIN_OAUTH3'), undefined);
      assert.equal(typoOf('ADMI_LOGIN_OAUT'), undefined);
      assert.equal(typoOf('LIST_INTEGRAPPS'), undefined);
      assert.equal(typoOf('REPO_942'), undefined);
      assert.equal(typoOf('REPO_AQ'), undefined);
      assert.equal(typoOf('LIST_AMAILTEMPLATE'), undefined, 'ambiguous between EMAILTEMPLATE and MAILTEMPLATE');
      // Cutting any listed ID short by one or extending it never suggests the ID it came from.
      for (const id of IDS) {
        assert.notEqual(typoOf(id.slice(0, -1))?.id, id, id);
        assert.notEqual(typoOf(`${id}X`)?.id, id, id);
      }
    });
  });

  it('reads custom object references: plain script IDs and SDF’s qualified forms', () => {
    assert.deepEqual(objectReference('customrecord_x'), { scriptid: 'customrecord_x', form: 'plain' });
    assert.deepEqual(objectReference('cseg_region'), { scriptid: 'cseg_region', form: 'plain' });
    assert.deepEqual(objectReference('[appid=com.example.app, scriptid=customrecord_x]'), {
      form: 'qualified',
      appid: 'com.example.app',
      scriptid: 'customrecord_x',
    });
    assert.deepEqual(objectReference('[type=customsegment, scriptid=cseg2]'), { form: 'qualified', type: 'customsegment', scriptid: 'cseg2' });
    assert.deepEqual(objectReference('[scriptid=customrecord_x]'), { form: 'qualified', scriptid: 'customrecord_x' });
    assert.match((objectReference('[appid=com.example.app]') as { problem: string }).problem, /names its scriptid/);
    assert.match((objectReference('[colour=red, scriptid=x]') as { problem: string }).problem, /not a reference key/);
    assert.match((objectReference('[scriptid=x') as { problem: string }).problem, /ends with/);
    assert.equal(objectReference('ADMI_ACCTSETUP'), undefined);
  });

  describe('SuiteCloud role objects', () => {
    it('never report a listed ID, at any of the five levels', () => {
      for (const level of ['NONE', 'VIEW', 'CREATE', 'EDIT', 'FULL']) {
        const findings = lintSdf(IDS.map((id) => [id, level]));
        assert.deepEqual(
          findings.filter((f) => f.rule === 'SDF-UNKNOWN-PERMKEY' || f.rule === 'SDF-PERMLEVEL-VALUE' || f.rule === 'SDF-DUPLICATE-PERMKEY'),
          [],
          level,
        );
      }
    });

    it('accept custom object references', () => {
      const refs: [string, string][] = [
        ['customrecord_x', 'EDIT'],
        ['customtransaction_invoice_batch', 'VIEW'],
        // Sales and purchase custom transaction types have their own script ID prefixes.
        ['customsale_rebate', 'EDIT'],
        ['custompurchase_vendor_claim', 'VIEW'],
        ['cseg_region', 'VIEW'],
        ['[scriptid=customrecord_y]', 'FULL'],
        ['[appid=com.example.app, scriptid=customrecord_x]', 'EDIT'],
        ['[type=customsegment, scriptid=cseg2]', 'VIEW'],
      ];
      assert.deepEqual(lintSdf(refs), []);
    });

    it('report an ID absent from the list as information only, with a fix that is never preferred', () => {
      const [f] = lintSdf([['ADMI_AUDITLGOIN', 'VIEW']]);
      assert.equal(f.rule, 'SDF-UNKNOWN-PERMKEY');
      assert.equal(f.severity, 'information');
      assert.match(f.message, /^ADMI_AUDITLGOIN is not in NetSuite's published list of permission IDs; NetSuite exports some IDs that the list lacks/);
      assert.match(f.message, /Did you mean ADMI_AUDITLOGIN \(View Login Audit Trail\)\?$/);
      assert.ok(f.data?.kind === 'sdf-edits');
      assert.deepEqual(
        f.data.fixes.map((x) => [x.title, x.preferred]),
        [['Change permkey to ADMI_AUDITLOGIN', false]],
      );
      const [g] = lintSdf([['ADMI_SOMETHING_NEW', 'VIEW']]);
      assert.equal(g.severity, 'information');
      assert.equal(g.data, undefined);
      // IDs without an underscore are IDs too in a permkey (NetSuite exports ADMINDOCS).
      const [h] = lintSdf([['ADMINDOCS', 'FULL']]);
      assert.equal(h.severity, 'information');
      assert.match(h.message, /^ADMINDOCS is not in NetSuite's published list of permission IDs/);
      const [k] = lintSdf([['admindocs', 'FULL']]);
      assert.equal(k.severity, 'warning');
    });

    it('never suggest a TBA permission for a real, longer ID: ADMI_LOGIN_OAUTH2 and LIST_INTEGRAPP stay as written', () => {
      assert.deepEqual(lintSdf([['ADMI_LOGIN_OAUTH2', 'FULL']]), []);
      assert.deepEqual(lintSdf([['LIST_INTEGRAPP', 'VIEW']]), []);
      const [f] = lintSdf([['ADMI_LOGIN_OAUTH3', 'FULL']]);
      assert.equal(f.severity, 'information');
      assert.equal(f.data, undefined);
    });

    it('a name written as permkey gets its ID as a fix, not preferred when it grants token access', () => {
      const [f] = lintSdf([['Access Token Management', 'FULL']]);
      assert.equal(f.severity, 'warning');
      assert.ok(f.data?.kind === 'sdf-edits');
      assert.deepEqual(
        f.data.fixes.map((x) => [x.title, x.preferred]),
        [['Change permkey to ADMI_MANAGE_OAUTH_TOKENS', false]],
      );
      const [g] = lintSdf([['Set Up Accounting', 'FULL']]);
      assert.ok(g.data?.kind === 'sdf-edits');
      assert.deepEqual(
        g.data.fixes.map((x) => [x.title, x.preferred]),
        [['Change permkey to ADMI_ACCTSETUP', true]],
      );
    });

    it('a malformed qualified reference is a warning that says what is wrong', () => {
      const [f] = lintSdf([['[appid=com.example.app]', 'VIEW']]);
      assert.equal(f.severity, 'warning');
      assert.match(f.message, /is not an SDF reference: a reference names its scriptid/);
    });
  });

  describe('.nsroles role files', () => {
    it('accept every name, alias and ID of the list, at the five levels (TBA permissions: none and full)', () => {
      const lines: string[] = [];
      PERMISSIONS.forEach((p, i) => {
        const level = p.tba ? 'full' : ['none', 'view', 'create', 'edit', 'full'][i % 5];
        for (const n of [p.name, ...p.aliases]) lines.push(`  permission "${n}" ${level}`);
        if (p.id) lines.push(`  permission ${p.id} ${level}`);
      });
      const loaded = load(`role "All" {\n${lines.join('\n')}\n  two-factor required\n}\nuser "u" { role "All" }\n`);
      assert.deepEqual(loaded.model.problems, []);
      const role = loaded.model.roles[0];
      assert.equal(role.permissions.filter((g) => !g.info).map((g) => g.ref).length, 0);
      const rules = new Set(lintAccount(loaded).map((f) => f.rule));
      assert.ok(!rules.has('NSR-UNKNOWN-PERMISSION') && !rules.has('TBA-PERM-LEVEL'), [...rules].join(', '));
    });

    it('resolve a name to its ID: permission "Set Up Accounting" full is ADMI_ACCTSETUP', () => {
      const loaded = load('role "R" {\n  permission "Set Up Accounting" full\n  permission "Accounting Preferences" view\n}\n');
      assert.deepEqual(
        loaded.model.roles[0].permissions.map((g) => [g.info?.id, g.level]),
        [
          ['ADMI_ACCTSETUP', 'full'],
          ['ADMI_ACCTSETUP', 'view'],
        ],
      );
    });

    it('accept custom object references, and report an ID absent from the list as information', () => {
      const loaded = load(
        'role "R" {\n  permission customrecord_x edit\n  permission "[appid=com.example.app, scriptid=customrecord_x]" view\n  permission ADMI_AUDITLGOIN view\n}\n',
      );
      const findings = lintAccount(loaded).filter((f) => f.rule === 'NSR-UNKNOWN-PERMISSION');
      assert.deepEqual(
        findings.map((f) => [f.severity, f.message]),
        [
          [
            'information',
            "ADMI_AUDITLGOIN is not in NetSuite's published list of permission IDs; NetSuite exports some IDs that the list lacks, so it is not simulated but may be right. Did you mean ADMI_AUDITLOGIN (View Login Audit Trail)?",
          ],
        ],
      );
      assert.deepEqual(findings[0].data, {
        kind: 'did-you-mean',
        refKind: 'permission',
        name: 'ADMI_AUDITLGOIN',
        candidates: ['ADMI_AUDITLOGIN'],
        preferNone: true,
      });
    });
  });
});
