import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/engine';
import { CLI as cli, ROOT as root, argv, run } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

const project = 'test/fixtures/sdf-project';
const access = path.join(project, 'access.nsroles');

interface FindingJson {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
  message: string;
}

function findings(args: string[], cwd = root): FindingJson[] {
  const r = run(['check', ...args, '--format', 'json'], cwd);
  return JSON.parse(r.out).findings;
}

/** The seeded problems of test/fixtures/sdf-project (see its README.md), in report order. */
const SEEDED: [string, number, number, number, number, string, string][] = [
  ['access.nsroles', 47, 1, 47, 60, 'error', 'NSR-EXPECT-FAILED'],
  ['src/Objects/customrole_audit_viewer.xml', 5, 18, 5, 22, 'error', 'SDF-TFADURATION'],
  ['src/Objects/customrole_audit_viewer.xml', 8, 22, 8, 37, 'information', 'SDF-UNKNOWN-PERMKEY'],
  ['src/Objects/customrole_audit_viewer.xml', 13, 24, 13, 28, 'error', 'SDF-PERMLEVEL-VALUE'],
  ['src/Objects/customrole_core_admin_lite.xml', 1, 17, 1, 43, 'warning', 'SDF-2FA-REQUIRED'],
  ['src/Objects/customrole_integration_admin.xml', 5, 18, 5, 21, 'warning', 'SDF-2FA-REQUIRED'],
  ['src/Objects/customrole_integration_admin.xml', 13, 24, 13, 28, 'error', 'SDF-PERM-LEVEL'],
  ['src/Objects/customrole_partner_api.xml', 1, 2, 1, 6, 'error', 'SDF-MISSING-FIELD'],
  ['src/Objects/customrole_partner_api.xml', 1, 17, 1, 42, 'error', 'SDF-SCRIPTID'],
  ['src/Objects/customrole_self_service_tokens.xml', 11, 9, 14, 22, 'hint', 'SDF-UAT-REDUNDANT-LOGIN'],
  ['src/Objects/customrole_self_service_tokens.xml', 20, 22, 20, 37, 'error', 'SDF-DUPLICATE-PERMKEY'],
  ['src/Objects/customrole_soap_sync.xml', 4, 27, 4, 28, 'error', 'SDF-WSO-RESTLET'],
  ['src/Objects/customrole_warehouse_scanner.xml', 3, 21, 3, 22, 'error', 'SDF-XML'],
];

const rows = (list: FindingJson[]) => list.map((f) => [f.file.replace(`${project}/`, ''), f.line, f.column, f.endLine, f.endColumn, f.severity, f.rule]);

describe('nsroles CLI with SuiteCloud role objects', function () {
  before(() => assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run build)'));

  describe('check', () => {
    it('reports exactly the seeded problems of the SuiteCloud project, at their places', () => {
      const r = run(['check', project, '--format', 'json']);
      assert.equal(r.code, 1);
      assert.deepEqual(rows(JSON.parse(r.out).findings), SEEDED);
    });

    it('prints them one a line in text mode, with messages that say what to do', () => {
      const r = run(['check', project]);
      const lines = r.out.trim().split('\n');
      assert.equal(lines.length, SEEDED.length);
      for (const line of lines) assert.match(line, /^test\/fixtures\/sdf-project\/\S+:\d+:\d+ (error|warning|information|hint) [A-Z]+(-[A-Z0-9]+)+ .+/);
      assert.ok(
        lines.includes(
          `${project}/src/Objects/customrole_audit_viewer.xml:8:22 information SDF-UNKNOWN-PERMKEY ADMI_AUDITLGOIN is not in NetSuite's published list of permission IDs; NetSuite exports some IDs that the list lacks, so it is not simulated but may be right. Did you mean ADMI_AUDITLOGIN (View Login Audit Trail)?`,
        ),
      );
      assert.ok(
        lines.includes(`${project}/src/Objects/customrole_warehouse_scanner.xml:3:21 error SDF-XML Unescaped '&': write &amp; ('&' starts an entity in XML).`),
      );
      assert.doesNotMatch(r.out, /customscript_orders_restlet|customrole_restlet_integration|customrole_integration_manager/);
      assert.match(r.err, /^13 findings: 9 error\(s\), 2 warning\(s\), 1 information, 1 hint\(s\)$/m);
    });

    it('a .nsroles file given alone sees its project’s roles, without reporting on their files', () => {
      const list = findings([access]);
      assert.deepEqual(rows(list), [SEEDED[0]]);
    });

    it('lints a role object given by name, alone', () => {
      const list = findings([`${project}/src/Objects/customrole_partner_api.xml`]);
      assert.deepEqual(
        rows(list),
        SEEDED.filter((s) => s[0].endsWith('customrole_partner_api.xml')),
      );
    });

    it('refuses an XML file that is not a role object: exit 2, one line', () => {
      const r = run(['check', `${project}/src/Objects/customscript_orders_restlet.xml`]);
      assert.equal(r.code, 2);
      assert.equal(r.err, `nsroles: ${project}/src/Objects/customscript_orders_restlet.xml: not a SuiteCloud role object (its root element is not <role>)\n`);
    });

    it('SARIF lists the SDF rules with their help and tags', () => {
      const log = JSON.parse(run(['check', project, '--format', 'sarif']).out);
      const rules = log.runs[0].tool.driver.rules as { id: string; help: { text: string }; properties: { tags: string[] } }[];
      const sdf = rules.filter((r) => r.id.startsWith('SDF-'));
      assert.deepEqual(
        sdf.map((r) => r.id).sort(),
        RULES.filter((r) => r.id.startsWith('SDF-'))
          .map((r) => r.id)
          .sort(),
      );
      for (const r of sdf) assert.deepEqual(r.properties.tags, ['netsuite-sdf']);
      assert.equal(log.runs[0].results.length, SEEDED.length);
      const xml = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'SDF-XML');
      assert.equal(xml.locations[0].physicalLocation.artifactLocation.uri, `${project}/src/Objects/customrole_warehouse_scanner.xml`);
    });

    it('a folder holding a project and another account does not mix their roles', () => {
      const dir = tempDir('nsroles-mixed-');
      fs.cpSync(path.join(root, project), path.join(dir, 'sdf-project'), { recursive: true });
      fs.cpSync(path.join(root, 'examples/acme'), path.join(dir, 'acme'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'loose.nsroles'), 'user "u" { role customrole_loose }\nexpect "u" as customrole_loose can restlet-login\n');
      fs.mkdirSync(path.join(dir, 'roles'));
      const loose = fs.readFileSync(path.join(root, project, 'src/Objects/customrole_restlet_integration.xml'), 'utf8');
      fs.writeFileSync(
        path.join(dir, 'roles/customrole_loose.xml'),
        loose.replace('customrole_restlet_integration', 'customrole_loose').replace('RESTlet Integration', 'Loose Role'),
      );
      const list = findings([dir]);
      // acme has roles named like the project's (SOAP Sync, RESTlet Integration): they must not meet.
      assert.ok(
        !list.some((f) => f.rule === 'NSR-DUPLICATE' || f.rule === 'NSR-UNKNOWN-REF'),
        JSON.stringify(list.map((f) => `${f.file} ${f.rule} ${f.message}`)),
      );
      // Outside any project, the loose role object is seen by the loose account; the project still reports its seeded problems.
      assert.equal(list.filter((f) => f.file.includes('sdf-project')).length, SEEDED.length);
      assert.ok(!list.some((f) => f.file.endsWith('loose.nsroles') || f.file.endsWith('customrole_loose.xml')));
    });

    it('a <role> XML in the File Cabinet is a document, not a role object: not linted, not seen', () => {
      const dir = tempDir('nsroles-cabinet-');
      fs.cpSync(path.join(root, project), dir, { recursive: true });
      const doc = path.join(dir, 'src/FileCabinet/SuiteScripts/acme/config/role.xml');
      fs.mkdirSync(path.dirname(doc), { recursive: true });
      // An app's own settings file: root <role>, no scriptid, no <name> (SDF-SCRIPTID and SDF-MISSING-FIELD if it were an object).
      fs.writeFileSync(doc, '<?xml version="1.0" encoding="UTF-8"?>\n<role name="warehouse"><netsuiteRoleId>1042</netsuiteRoleId></role>\n');
      const r = run(['check', dir, '--format', 'json']);
      assert.equal(r.code, 1);
      assert.deepEqual(rows(JSON.parse(r.out).findings.map((f: FindingJson) => ({ ...f, file: f.file.replace(`${dir}/`, `${project}/`) }))), SEEDED);
      const given = run(['check', doc]);
      assert.equal(given.code, 2);
      assert.equal(
        given.err,
        `nsroles: ${doc}: a File Cabinet file, not a SuiteCloud object (role objects are outside the File Cabinet, normally in src/Objects)\n`,
      );
    });

    it('a Java CLI or IDE project keeps its File Cabinet beside manifest.xml: its <role> documents are not role objects either', () => {
      const dir = tempDir('nsroles-cabinet-root-');
      for (const f of ['manifest.xml', 'deploy.xml', 'access.nsroles']) fs.copyFileSync(path.join(root, project, f), path.join(dir, f));
      for (const d of ['Objects', 'FileCabinet']) fs.cpSync(path.join(root, project, 'src', d), path.join(dir, d), { recursive: true });
      const doc = path.join(dir, 'FileCabinet/SuiteApps/com.acme.wms/config/role.xml');
      fs.mkdirSync(path.dirname(doc), { recursive: true });
      fs.writeFileSync(doc, '<?xml version="1.0"?>\n<role name="warehouse-picker"><screen id="pick" /></role>\n');
      // Any folder of it, or none: beside manifest.xml, FileCabinet is the File Cabinet.
      for (const other of ['FileCabinet/Images/role.xml', 'FileCabinet/role.xml']) {
        fs.mkdirSync(path.dirname(path.join(dir, other)), { recursive: true });
        fs.writeFileSync(path.join(dir, other), '<role name="app setting"/>\n');
      }
      const r = run(['check', dir, '--format', 'json']);
      const found: FindingJson[] = JSON.parse(r.out).findings;
      assert.equal(r.code, 1);
      assert.ok(!found.some((f) => f.file.includes('FileCabinet')), JSON.stringify(found.map((f) => `${f.file} ${f.rule}`)));
      assert.deepEqual(
        rows(found.map((f) => ({ ...f, file: f.file.replace(`${dir}/Objects/`, `${project}/src/Objects/`).replace(`${dir}/`, `${project}/`) }))),
        SEEDED,
      );
      assert.equal(run(['check', doc]).code, 2);
      assert.equal(run(['check', path.join(dir, 'FileCabinet/role.xml')]).code, 2);
    });

    it('an empty role object file is reported, not passed over: SDF would deploy it', () => {
      const dir = tempDir('nsroles-empty-object-');
      fs.mkdirSync(path.join(dir, 'src/Objects'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'src/Objects/customrole_empty.xml'), '');
      fs.writeFileSync(path.join(dir, 'src/Objects/customrole_bom_only.xml'), '\uFEFF');
      fs.writeFileSync(path.join(dir, 'src/Objects/customlist_empty.xml'), '');
      const r = run(['check', dir, '--format', 'json']);
      assert.equal(r.code, 1);
      const found: FindingJson[] = JSON.parse(r.out).findings;
      assert.deepEqual(
        found.map((f) => [path.basename(f.file), f.rule, f.line, f.column]),
        [
          ['customrole_bom_only.xml', 'SDF-XML', 1, 1],
          ['customrole_empty.xml', 'SDF-XML', 1, 1],
        ],
      );
      const given = run(['check', path.join(dir, 'src/Objects/customrole_empty.xml')]);
      assert.equal(given.code, 1);
      assert.match(given.out, /customrole_empty\.xml:1:1 error SDF-XML The file has no root element/);
    });

    it('a byte order mark moves no column: role files and role objects report the same places with and without one', () => {
      const dir = tempDir('nsroles-bom-');
      const xml = '<role scriptid="customrole_other"><name>X</name><centertype>BASIC</centertype></role>\n';
      const nsroles = 'role "A" { permission "Nope" full }\n';
      const places = (bom: string) => {
        fs.writeFileSync(path.join(dir, 'customrole_x.xml'), bom + xml);
        fs.writeFileSync(path.join(dir, 'a.nsroles'), bom + nsroles);
        return findings([dir]).map((f) => [path.basename(f.file), f.rule, f.line, f.column, f.endLine, f.endColumn]);
      };
      const without = places('');
      assert.deepEqual(
        without.map((f) => f.slice(0, 4)),
        [
          ['a.nsroles', 'NSR-UNKNOWN-PERMISSION', 1, 23],
          ['customrole_x.xml', 'SDF-SCRIPTID', 1, 17],
        ],
      );
      assert.deepEqual(places('\uFEFF'), without);
    });

    it('the other examples are unchanged: no role objects, no new findings', () => {
      assert.equal(run(['check', 'examples/acme']).code, 0);
      assert.ok(!findings(['examples']).some((f) => f.rule.startsWith('SDF-')));
    });
  });

  describe('simulate, who-can and matrix across both formats', () => {
    it('decides a token request between an SDF role (by scriptid) and an SDF role (by name)', () => {
      const r = run([
        'simulate',
        access,
        ...argv('--user bob@acme.com --role customrole_integration_manager --action issue-token --for svc-orders --for-role "RESTlet Integration" --json'),
      ]);
      assert.equal(r.code, 0);
      const d = JSON.parse(r.out);
      assert.equal(d.decision, 'allow');
      assert.deepEqual(d.actor, { user: 'bob@acme.com', role: 'Integration Manager' });
      assert.deepEqual(d.target, { user: 'svc-orders', role: 'RESTlet Integration' });
      assert.deepEqual([...new Set(d.citations.map((c: { rule: string }) => c.rule))], ['TBA-ATM-OTHERS', 'TBA-LOGIN']);
      // The malformed role object does not stop the simulation, but is named on stderr.
      assert.match(r.err, /^nsroles: warning: test\/fixtures\/sdf-project\/src\/Objects\/customrole_warehouse_scanner\.xml:3:21: Unescaped '&'/);
    });

    it('denies a RESTlet login in the Web Services Only SDF role, citing the rule, exit 3', () => {
      const r = run(['simulate', access, '--user', 'svc-soap', '--role', 'SOAP Sync', '--action', 'restlet-login', '--json']);
      assert.equal(r.code, 3);
      const d = JSON.parse(r.out);
      assert.equal(d.decision, 'deny');
      assert.equal(d.citations[0].rule, 'TBA-WSO-RESTLET');
      assert.ok(d.suggestions.length > 0);
    });

    it('mixes an .nsroles role and SDF roles in who-can and matrix', () => {
      const who = JSON.parse(
        run(['who-can', access, '--action', 'issue-token', '--for', 'svc-orders', '--for-role', 'customrole_restlet_integration', '--json']).out,
      );
      assert.deepEqual(who.actors, [
        { user: 'alice@acme.com', role: 'Administrator' },
        { user: 'bob@acme.com', role: 'Integration Manager' },
      ]);
      const m = JSON.parse(run(['matrix', access, '--format', 'json']).out);
      const restlet = m.rows
        .filter((x: { action: string; decision: string }) => x.action === 'restlet-login' && x.decision === 'allow')
        .map((x: { user: string; role: string }) => `${x.user} as ${x.role}`);
      assert.deepEqual(restlet.sort(), ['alice@acme.com as Administrator', 'carol@acme.com as Self-Service Tokens', 'svc-orders as RESTlet Integration']);
    });

    it('finds the project from a .nsroles file in a subfolder; a file outside a project sees only its own folder', () => {
      const dir = tempDir('nsroles-sdf-');
      fs.cpSync(path.join(root, project), dir, { recursive: true });
      fs.mkdirSync(path.join(dir, 'access'));
      fs.renameSync(path.join(dir, 'access.nsroles'), path.join(dir, 'access', 'prod.nsroles'));
      const inside = run(
        ['simulate', 'access/prod.nsroles', '--user', 'svc-orders', '--role', 'customrole_restlet_integration', '--action', 'restlet-login', '--json'],
        dir,
      );
      assert.equal(inside.code, 0, inside.err);
      const alone = tempDir('nsroles-alone-');
      fs.writeFileSync(path.join(alone, 'a.nsroles'), 'user "u" { role customrole_soap_sync }\n');
      fs.copyFileSync(path.join(dir, 'src/Objects/customrole_soap_sync.xml'), path.join(alone, 'customrole_soap_sync.xml'));
      const r = run(['simulate', 'a.nsroles', '--user', 'u', '--role', 'SOAP Sync', '--action', 'web-services-login', '--json'], alone);
      assert.equal(r.code, 0, r.err);
      assert.equal(run(['simulate', 'a.nsroles', '--user', 'u', '--role', 'customrole_restlet_integration', '--action', 'restlet-login'], alone).code, 2);
    });

    it('refuses a role object as FILE, and says in --help how role objects are found', () => {
      const r = run(['simulate', `${project}/src/Objects/customrole_soap_sync.xml`, '--user', 'u', '--role', 'r', '--action', 'restlet-login']);
      assert.equal(r.code, 2);
      assert.match(r.err, /^nsroles: .*customrole_soap_sync\.xml: this is a SuiteCloud role object; give the \.nsroles file/);
      for (const cmd of ['check', 'simulate', 'matrix', 'who-can']) {
        const help = run([cmd, '--help']).out;
        assert.match(help, /<role scriptid="…">/, cmd);
        assert.match(help, /manifest\.xml or src\/Objects/, cmd);
        assert.match(help, /by scriptid\s+\(role customrole_x\) or by <name>/, cmd);
      }
    });
  });
});
