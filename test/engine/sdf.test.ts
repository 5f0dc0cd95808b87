import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  AccountIndex,
  buildMatrix,
  decide,
  factsOf,
  type Finding,
  isSdfRoleFile,
  isSdfRoleText,
  lintAccount,
  loadAccount,
  loadAccountFiles,
  parseSdfRole,
  parseXml,
  roleToSdfXml,
  ruleById,
  RULES,
  sdfChangeEdits,
  sdfContextAt,
  SdfParseCache,
  sdfRolesToNsroles,
  suggest,
  type SpanEdit,
  sniffRootElement,
} from '../../server/src/engine';
import { marked, memoryHost } from '../helpers/memory';

const FILE = '/proj/src/Objects/customrole_x.xml';

/** A role object with the required fields; `body` goes after them. */
function role(body: string, scriptid = 'customrole_x'): string {
  return `<role scriptid="${scriptid}">\n  <centertype>BASIC</centertype>\n  <name>X</name>\n${body}</role>\n`;
}
function perm(key: string, level: string): string {
  return `    <permission>\n      <permkey>${key}</permkey>\n      <permlevel>${level}</permlevel>\n    </permission>\n`;
}
function perms(...p: string[]): string {
  return `  <permissions>\n${p.join('')}  </permissions>\n`;
}

/** Lints role objects, alone or with a .nsroles file (/main.nsroles) that sees them. */
function lint(xml: Record<string, string>, nsroles?: string): Finding[] {
  return lintAccount(load(xml, nsroles));
}
function load(xml: Record<string, string>, nsroles?: string) {
  const sdf = Object.entries(xml).map(([f, t]) => parseSdfRole(f, t));
  if (nsroles === undefined) return loadAccountFiles([], memoryHost({}), { sdf });
  return loadAccount('/main.nsroles', memoryHost({ '/main.nsroles': nsroles }), { sdf });
}

function applyEdits(text: string, edits: SpanEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('SDF role objects', () => {
  it("a <role> file in a project's File Cabinet is a document, not a role object; a folder of that name above a project is nothing", () => {
    const role = '<role scriptid="customrole_x"><name>X</name></role>';
    assert.equal(isSdfRoleFile('/p/src/Objects/customrole_x.xml', role), true);
    assert.equal(isSdfRoleFile('/p/src/FileCabinet/SuiteScripts/acme/role.xml', role), false);
    assert.equal(isSdfRoleFile('C:\\p\\src\\FileCabinet\\SuiteApps\\role.xml', role), false);
    assert.equal(isSdfRoleFile('src/FileCabinet/role.xml', role), false);
    assert.equal(isSdfRoleFile('/home/u/FileCabinet/p/src/Objects/customrole_x.xml', role), true);
    assert.equal(isSdfRoleFile('/p/src/FileCabinetX/role.xml', role), true);
    // The Java CLI and IDE projects keep FileCabinet and Objects at the root, beside manifest.xml.
    assert.equal(isSdfRoleFile('/p/FileCabinet/SuiteApps/com.acme.wms/config/role.xml', role), false);
    assert.equal(isSdfRoleFile('/p/FileCabinet/SuiteScripts/role.xml', role), false);
    assert.equal(isSdfRoleFile('C:\\p\\FileCabinet\\Web Site Hosting Files\\role.xml', role), false);
    assert.equal(isSdfRoleFile('/p/Objects/customrole_x.xml', role), true);
    assert.equal(isSdfRoleFile('/home/u/FileCabinet/p/Objects/customrole_x.xml', role), true);
    assert.equal(isSdfRoleFile('/p/src/Objects/customscript_x.xml', '<customscript/>'), false);
  });

  it('an object file named for a role but with no root element yet is a (broken) role object; other empty XML is nothing', () => {
    for (const text of ['', '\uFEFF', ' \r\n', '<?xml version="1.0" encoding="UTF-8"?>\n', '<!-- cut off'])
      assert.equal(isSdfRoleFile('/p/src/Objects/customrole_empty.xml', text), true, JSON.stringify(text));
    assert.equal(isSdfRoleFile('/p/src/Objects/customrole_x.xml', '<customrecordtype scriptid="customrole_x"/>'), false);
    // <Role>: XML names are case-sensitive, so SDF reads no role from it; named as a role object, it is one, broken.
    const upper = '<Role scriptid="customrole_p2"><name>X</name></Role>\n';
    assert.equal(isSdfRoleFile('/p/Objects/customrole_p2.xml', upper), true);
    assert.equal(isSdfRoleFile('/p/Objects/settings.xml', upper), false);
    const f = parseSdfRole('/p/Objects/customrole_p2.xml', upper);
    // Its role is read as holding nothing: references to customrole_p2 resolve, and are denied.
    assert.deepEqual([f.role?.name, f.role?.id?.value, f.role?.permissions], ['customrole_p2', 'customrole_p2', []]);
    assert.deepEqual(
      f.findings.map((x) => [x.rule, upper.slice(x.loc.span.start, x.loc.span.end), x.message]),
      [['SDF-XML', 'Role', 'The root element is <Role>: SDF reads a role object only from <role>, in lower case (XML names are case-sensitive).']],
    );
    assert.equal(isSdfRoleFile('/p/src/Objects/customscript_x.xml', ''), false);
    assert.equal(isSdfRoleFile('/p/src/FileCabinet/SuiteScripts/customrole_x.xml', ''), false);
  });

  describe('XML parser', () => {
    it('gives exact spans for elements, attribute values, text, entities, CDATA and comments', () => {
      const text =
        '<?xml version="1.0"?>\r\n<role scriptid="customrole_a" x = \'y&amp;z\'>\r\n  <name>Tom &amp; Jerry</name>\r\n  <!-- c -->\r\n  <p/><q><![CDATA[a<b]]></q>\r\n</role>\r\n';
      const doc = parseXml(text);
      assert.equal(doc.problem, undefined);
      const root = doc.root!;
      assert.equal(slice(text, root.nameSpan), 'role');
      assert.equal(slice(text, root.openSpan), `<role scriptid="customrole_a" x = 'y&amp;z'>`);
      assert.equal(slice(text, root.closeSpan!), '</role>');
      assert.ok(slice(text, root.span).startsWith('<role') && slice(text, root.span).endsWith('</role>'));
      const [sid, x] = root.attributes;
      assert.deepEqual([sid.name, sid.value, slice(text, sid.nameSpan), slice(text, sid.valueSpan)], ['scriptid', 'customrole_a', 'scriptid', 'customrole_a']);
      assert.deepEqual([x.value, slice(text, x.nameSpan), slice(text, x.valueSpan)], ['y&z', 'x', 'y&amp;z']);
      const [name, p, q] = root.children.filter((c) => c.kind === 'element') as (typeof root)[];
      assert.equal(slice(text, name.span), '<name>Tom &amp; Jerry</name>');
      const t = name.children[0];
      assert.ok(t.kind === 'text');
      assert.equal(t.value, 'Tom & Jerry');
      assert.equal(slice(text, t.span), 'Tom &amp; Jerry');
      assert.deepEqual([slice(text, p.span), p.closeSpan], ['<p/>', undefined]);
      const cdata = q.children[0];
      assert.ok(cdata.kind === 'text' && cdata.value === 'a<b' && slice(text, cdata.span) === 'a<b');
      assert.equal(slice(text, doc.comments[0].span), '<!-- c -->');
      assert.equal(doc.lines.position(name.span.start).line, 2);
    });

    it('reads the role and its fields with exact locations', () => {
      const src = role(
        `  <tfarequired>OFF</tfarequired>\n  <iswebserviceonlyrole>T</iswebserviceonlyrole>\n  <isinactive>T</isinactive>\n${perms(perm('ADMI_LOGIN_OAUTH', 'FULL'), perm('LIST_CUSTJOB', 'VIEW'))}`,
      );
      const f = parseSdfRole(FILE, src);
      const r = f.role!;
      assert.equal(r.origin, 'sdf');
      assert.equal(r.name, 'X');
      assert.equal(r.id?.value, 'customrole_x');
      assert.equal(slice(src, r.id!.loc.span), 'customrole_x');
      assert.equal(slice(src, r.nameLoc.span), 'X');
      assert.equal(r.twoFactor?.value, 'not-required');
      assert.equal(slice(src, r.twoFactor!.loc.span), 'OFF');
      assert.ok(r.webServicesOnly && r.inactive && !r.coreAdministrationPermissions);
      assert.deepEqual(
        r.permissions.map((g) => [g.ref, g.level, g.info?.id, slice(src, g.refLoc.span), slice(src, g.levelLoc!.span)]),
        [
          ['ADMI_LOGIN_OAUTH', 'full', 'ADMI_LOGIN_OAUTH', 'ADMI_LOGIN_OAUTH', 'FULL'],
          ['LIST_CUSTJOB', 'view', 'LIST_CUSTJOB', 'LIST_CUSTJOB', 'VIEW'],
        ],
      );
      assert.ok(slice(src, r.permissions[0].loc.span).startsWith('<permission>'));
    });

    it('maps tfarequired (OFF or anything else) and coreadminpermission to what decisions see', () => {
      const req = parseSdfRole(FILE, role('  <tfarequired>FULL</tfarequired>\n  <tfaduration>0</tfaduration>\n')).role!;
      assert.equal(req.twoFactor?.value, 'required');
      const core = load({ [FILE]: role('  <coreadminpermission>T</coreadminpermission>\n') });
      assert.ok(core.model.roles[0].coreAdministrationPermissions);
      assert.equal(factsOf(core.model).role('customrole_x')?.twoFactorRequired, true);
      assert.equal(factsOf(core.model).role('customrole_x')?.administrator, false);
    });

    it('recognises role objects by their root element, even when malformed', () => {
      assert.equal(sniffRootElement('\uFEFF<?xml version="1.0"?>\n<!-- generated -->\n<role scriptid="customrole_a">'), 'role');
      assert.ok(isSdfRoleText('<role scriptid="customrole_a"><name>A & B</name>'));
      assert.ok(!isSdfRoleText('<restlet scriptid="customscript_a"></restlet>'));
      assert.ok(!isSdfRoleText('not xml'));
      assert.equal(parseSdfRole(FILE, '<restlet scriptid="x"/>').role, undefined);
    });
  });

  describe('malformed XML: one SDF-XML finding at the cause', () => {
    const cases: { name: string; src: string; message: RegExp }[] = [
      { name: 'bare ampersand', src: '<role scriptid="customrole_x">\n  <name>Sales ⟦&⟧ Support</name>\n</role>', message: /Unescaped '&': write &amp;/ },
      {
        name: 'mistyped end tag',
        src: '<role scriptid="customrole_x">\n  <name>A⟦</nam>⟧\n</role>',
        message: /<\/nam> does not match the open <name> \(line 2\): write <\/name>/,
      },
      {
        name: 'element never closed before its parent ends',
        src: '<role scriptid="customrole_x">\n  <⟦permissions⟧>\n    <permission/>\n</role>',
        message: /<permissions> \(line 2\) is never closed: add <\/permissions> before <\/role> on line 4/,
      },
      { name: 'root never closed', src: '<⟦role⟧ scriptid="customrole_x">\n  <name>A</name>\n', message: /<role> \(line 1\) is never closed/ },
      { name: 'unquoted attribute', src: '<role scriptid=⟦c⟧ustomrole_x></role>', message: /in quotes/ },
      { name: 'duplicate attribute', src: '<role scriptid="customrole_x" ⟦scriptid⟧="customrole_y"></role>', message: /'scriptid' is given twice/ },
      { name: 'unknown entity', src: '<role scriptid="customrole_x"><name>A⟦&nbsp;⟧B</name></role>', message: /Unknown entity '&nbsp;'/ },
      { name: 'raw less-than in text', src: '<role scriptid="customrole_x"><name>a ⟦<⟧ b</name></role>', message: /write &lt;/ },
      { name: 'text after the root', src: '<role scriptid="customrole_x"></role>\n⟦oops⟧\n', message: /Text after the end of <role>/ },
      { name: 'second root', src: '<role scriptid="customrole_x"></role>⟦<role⟧/>', message: /second root element/ },
      { name: 'broken end tag', src: '<role scriptid="customrole_x">\n  <name>A⟦</na me>⟧\n</role>', message: /Broken end tag '<\/na me>': .* write <\/name>/ },
      {
        name: 'end tag without >',
        src: '<role scriptid="customrole_x">\n  <name>A⟦</name⟧\n  <centertype>BASIC</centertype>\n</role>',
        message: /Broken end tag '<\/name': .* write <\/name>/,
      },
      { name: ']]> in text', src: '<role scriptid="customrole_x"><name>A⟦]]>⟧</name></role>', message: /write \]\]&gt;/ },
      { name: 'attributes without a space', src: '<role scriptid="customrole_x"⟦x⟧="1"></role>', message: /separated by spaces/ },
      { name: 'declaration not first', src: ' ⟦<?xml⟧ version="1.0"?><role scriptid="customrole_x"/>', message: /declaration must come first/ },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const m = marked(c.src);
        const findings = lint({ [FILE]: m.text });
        assert.deepEqual(
          findings.map((f) => f.rule),
          ['SDF-XML'],
          JSON.stringify(findings.map((f) => f.message)),
        );
        assert.equal(slice(m.text, findings[0].loc.span), m.text.slice(m.start, m.end));
        assert.deepEqual(findings[0].loc.span, { start: m.start, end: m.end });
        assert.match(findings[0].message, c.message);
        assert.ok(findings[0].citations.length > 0);
      });
    }

    it('an empty file has no root element', () => {
      const f = lint({ [FILE]: '' });
      assert.deepEqual(
        f.map((x) => [x.rule, x.loc.span.start, x.loc.span.end]),
        [['SDF-XML', 0, 0]],
      );
    });

    it('never throws and never reports more than one problem, for every prefix of a role file', () => {
      const src = role(`  <tfarequired>OFF</tfarequired>\n  <!-- note -->\n${perms(perm('ADMI_LOGIN_OAUTH', 'FULL'), perm('ADMI_KERNEL', 'VIEW'))}`);
      for (let i = 0; i <= src.length; i++) {
        const f = parseSdfRole(FILE, src.slice(0, i));
        assert.ok(f.findings.length <= 1, `prefix ${i}`);
        for (const x of f.findings) assert.ok(x.loc.span.start <= x.loc.span.end && x.loc.span.end <= i, `prefix ${i}: span ${JSON.stringify(x.loc.span)}`);
      }
    });

    it('keeps the role read so far, so references to it still resolve', () => {
      const loaded = load(
        { [FILE]: '<role scriptid="customrole_x">\n  <name>X</name>\n  <tfarequired>OFF</tfarequired>\n  <bad & />' },
        'user "u" { role customrole_x }',
      );
      assert.deepEqual(
        lintAccount(loaded).map((f) => f.rule),
        ['SDF-XML'],
      );
      assert.equal(new AccountIndex(loaded.model).role({ key: 'customrole_x', bare: true })?.name, 'X');
    });
  });

  describe('rules', () => {
    const WSO_USE = 'user "svc" { role customrole_x }\nexpect "svc" as customrole_x can restlet-login\n';
    const CASES: {
      rule: string;
      fires: string;
      clean: string;
      file?: string;
      nsroles?: string;
      cleanNsroles?: string;
      alsoFires?: string[];
      message: RegExp;
    }[] = [
      { rule: 'SDF-XML', fires: role('  <tfarequired>⟦&⟧</tfarequired>\n'), clean: role('  <tfarequired>OFF</tfarequired>\n'), message: /Unescaped/ },
      {
        rule: 'SDF-PERM-LEVEL',
        fires: role(perms(perm('ADMI_LOGIN_OAUTH', '⟦VIEW⟧'))),
        clean: role(perms(perm('ADMI_LOGIN_OAUTH', 'FULL'))),
        message: /Log in using Access Tokens \(ADMI_LOGIN_OAUTH\) takes only NONE or FULL, not VIEW/,
      },
      {
        rule: 'SDF-UNKNOWN-PERMKEY',
        fires: role(perms(perm('⟦Set Up Accounting⟧', 'FULL'))),
        clean: role(perms(perm('ADMI_ACCTSETUP', 'FULL'))),
        message: /Unknown permkey 'Set Up Accounting': a permkey is the permission ID, not its name \(write ADMI_ACCTSETUP\)/,
      },
      {
        rule: 'SDF-DUPLICATE-PERMKEY',
        fires: role(perms(perm('LIST_CUSTJOB', 'VIEW'), perm('⟦LIST_CUSTJOB⟧', 'EDIT'))),
        clean: role(perms(perm('LIST_CUSTJOB', 'VIEW'), perm('LIST_EMPLOYEE', 'EDIT'))),
        message: /LIST_CUSTJOB is already listed/,
      },
      {
        rule: 'SDF-PERMLEVEL-VALUE',
        fires: role(perms(perm('LIST_CUSTJOB', '⟦Full⟧'))),
        clean: role(perms(perm('LIST_CUSTJOB', 'FULL'))),
        message: /Unknown permlevel 'Full'.*did you mean FULL/,
      },
      { rule: 'SDF-SCRIPTID', fires: role('', '⟦customrole_y⟧'), clean: role(''), message: /differs from the file name 'customrole_x'/ },
      {
        rule: 'SDF-CENTERTYPE',
        fires: role('').replace('<centertype>BASIC</centertype>', '<centertype>⟦SALESCENTRE⟧</centertype>'),
        clean: role(''),
        message: /Unknown centertype 'SALESCENTRE': a role's centertype is one of NetSuite's role_centertype values .*did you mean SALESCENTER\?/,
      },
      { rule: 'SDF-MISSING-FIELD', fires: '<⟦role⟧ scriptid="customrole_x">\n  <name>X</name>\n</role>\n', clean: role(''), message: /no <centertype>/ },
      {
        rule: 'SDF-TFADURATION',
        fires: role('  <tfarequired>⟦FULL⟧</tfarequired>\n'),
        clean: role('  <tfarequired>FULL</tfarequired>\n  <tfaduration>0</tfaduration>\n'),
        message: /tfarequired is FULL, so SDF requires a <tfaduration>/,
      },
      {
        rule: 'SDF-2FA-REQUIRED',
        fires: role(`  <tfarequired>⟦OFF⟧</tfarequired>\n${perms(perm('ADMI_INTEGRAPP', 'FULL'))}`),
        clean: role(`  <tfarequired>FULL</tfarequired>\n  <tfaduration>0</tfaduration>\n${perms(perm('ADMI_INTEGRAPP', 'FULL'))}`),
        message: /highly privileged \(it has Integration Application, ADMI_INTEGRAPP\)/,
      },
      {
        rule: 'SDF-UAT-REDUNDANT-LOGIN',
        fires: role(
          `  <permissions>\n${perm('ADMI_MANAGE_OWN_OAUTH_TOKENS', 'FULL')}    ⟦<permission>\n      <permkey>ADMI_LOGIN_OAUTH</permkey>\n      <permlevel>FULL</permlevel>\n    </permission>⟧\n  </permissions>\n`,
        ),
        clean: role(perms(perm('ADMI_MANAGE_OWN_OAUTH_TOKENS', 'FULL'))),
        message: /Log in using Access Tokens \(ADMI_LOGIN_OAUTH\) is unnecessary/,
      },
      {
        rule: 'SDF-WSO-RESTLET',
        fires: role(`  <iswebserviceonlyrole>⟦T⟧</iswebserviceonlyrole>\n${perms(perm('ADMI_LOGIN_OAUTH', 'FULL'))}`),
        clean: role(`  <iswebserviceonlyrole>T</iswebserviceonlyrole>\n${perms(perm('ADMI_LOGIN_OAUTH', 'FULL'))}`),
        nsroles: WSO_USE,
        cleanNsroles: WSO_USE.replace('can restlet-login', 'can web-services-login'),
        // The expect line fails too, in the .nsroles file.
        alsoFires: ['NSR-EXPECT-FAILED'],
        message: /Web Services Only, but an expect line says 'svc' can call RESTlets/,
      },
      {
        rule: 'SDF-EMPLOYEE-VIEWING',
        fires: role(
          `  <employeerestriction>NONE</employeerestriction>\n  <employeeviewingallowed>⟦T⟧</employeeviewingallowed>\n${perms(perm('ADMI_LOGIN_OAUTH', 'FULL'))}`,
        ),
        clean: role(
          `  <employeerestriction>NONE</employeerestriction>\n  <employeeviewingallowed>F</employeeviewingallowed>\n${perms(perm('ADMI_LOGIN_OAUTH', 'FULL'))}`,
        ),
        message: /employeerestriction is NONE, so the role restricts no employees/,
      },
    ];

    it('every SDF rule has a case here or its own test (test/engine/rules/RULE-ID.test.ts)', () => {
      const ids = RULES.filter((r) => r.id.startsWith('SDF-')).map((r) => r.id);
      const ownTest = (id: string) => fs.existsSync(path.join(__dirname, 'rules', `${id}.test.ts`));
      assert.deepEqual(
        ids.filter((id) => !CASES.some((c) => c.rule === id) && !ownTest(id)),
        [],
      );
      assert.ok(ids.length >= 13);
    });

    for (const c of CASES) {
      it(`${c.rule}: fires at the exact place with a quote, not on the corrected text, and its fix works`, () => {
        const file = c.file ?? FILE;
        const m = marked(c.fires);
        const findings = lint({ [file]: m.text }, c.nsroles);
        const hit = findings.filter((f) => f.rule === c.rule);
        assert.equal(hit.length, 1, `${c.rule}: got ${findings.map((f) => `${f.rule}: ${f.message}`).join('; ')}`);
        assert.equal(hit[0].loc.file, file);
        assert.deepEqual(hit[0].loc.span, { start: m.start, end: m.end }, `marked '${m.text.slice(m.start, m.end)}', got '${slice(m.text, hit[0].loc.span)}'`);
        assert.match(hit[0].message, c.message);
        assert.ok(hit[0].citations.length > 0 && hit[0].citations.every((x) => x.rule === c.rule && x.quote.length > 0));
        // Nothing else fires on these small texts: each case isolates its rule.
        assert.deepEqual(
          findings.filter((f) => f.rule !== c.rule).map((f) => f.rule),
          c.alsoFires ?? [],
        );
        assert.deepEqual(
          lint({ [file]: c.clean }, c.cleanNsroles ?? c.nsroles).map((f) => `${f.rule}: ${f.message}`),
          [],
        );
        const data = hit[0].data;
        if (data?.kind === 'sdf-edits') {
          // A preferred fix grants nothing: with a user holding the role, no matrix cell turns to allow.
          const held = `${c.nsroles ?? ''}\nuser "holder-of-it" { role ${path.basename(file, '.xml')} }\n`;
          const allowed = (text: string) =>
            new Set(
              buildMatrix(load({ [file]: text }, held).model, { expandTargets: true })
                .filter((r) => r.decision === 'allow')
                .map((r) => JSON.stringify([r.user, r.role, r.action, r.target])),
            );
          const before = allowed(m.text);
          for (const fix of data.fixes.filter((x) => x.preferred)) {
            const gained = [...allowed(applyEdits(m.text, fix.edits))].filter((x) => !before.has(x));
            assert.deepEqual(gained, [], `preferred '${fix.title}' grants access`);
          }
          const fixed = applyEdits(m.text, data.fixes[0].edits);
          const after = lint({ [file]: fixed }, c.nsroles);
          assert.deepEqual(
            after.map((f) => `${f.rule}: ${f.message}`),
            [],
            `after '${data.fixes[0].title}':\n${fixed}`,
          );
        }
      });
    }

    it('reads a permkey listed twice as decisions do, the first counting, and prefers no misspelt level fix that grants token access', () => {
      // User Access Tokens at NONE first: the later FULL does not count, so the login permission is not redundant.
      const twice = role(perms(perm('ADMI_MANAGE_OWN_OAUTH_TOKENS', 'NONE'), perm('ADMI_LOGIN_OAUTH', 'FULL'), perm('ADMI_MANAGE_OWN_OAUTH_TOKENS', 'FULL')));
      assert.deepEqual(
        lint({ [FILE]: twice }).filter((f) => f.rule === 'SDF-UAT-REDUNDANT-LOGIN'),
        [],
      );
      const typo = lint({ [FILE]: role(perms(perm('ADMI_MANAGE_OWN_OAUTH_TOKENS', 'Ful'))) }).find((f) => f.rule === 'SDF-PERMLEVEL-VALUE')!;
      assert.ok(typo.data?.kind === 'sdf-edits');
      assert.deepEqual(
        typo.data.fixes.map((x) => [x.title, !!x.preferred]),
        [['Change permlevel to FULL', false]],
      );
      const other = lint({ [FILE]: role(perms(perm('LIST_EMPLOYEE', 'Ful'))) }).find((f) => f.rule === 'SDF-PERMLEVEL-VALUE')!;
      assert.ok(other.data?.kind === 'sdf-edits' && other.data.fixes[0].preferred);
    });

    it('every quick fix the issue asks for is offered', () => {
      const actions = (src: string, nsroles?: string) =>
        lint({ [FILE]: src }, nsroles).flatMap((f) => (f.data?.kind === 'sdf-edits' ? [`${f.rule}:${f.data.action}`] : []));
      assert.deepEqual(actions(role(perms(perm('ADMI_LOGIN_OAUTH', 'EDIT')))), ['SDF-PERM-LEVEL:set-level-full']);
      assert.deepEqual(actions(role(perms(perm('LIST_CUSTJOB', 'VIEW'), perm('LIST_CUSTJOB', 'VIEW')))), ['SDF-DUPLICATE-PERMKEY:remove-permission']);
      assert.deepEqual(actions(role(perms(perm('ADMI_MANAGE_OWN_OAUTH_TOKENS', 'FULL'), perm('ADMI_LOGIN_OAUTH', 'FULL')))), [
        'SDF-UAT-REDUNDANT-LOGIN:remove-permission',
      ]);
      assert.deepEqual(actions(role(`  <tfarequired>OFF</tfarequired>\n${perms(perm('ADMI_KERNEL', 'FULL'))}`)), ['SDF-2FA-REQUIRED:set-two-factor']);
      assert.deepEqual(actions(role(perms(perm('Log in using Access Tokens', 'FULL')))), ['SDF-UNKNOWN-PERMKEY:did-you-mean']);
    });

    it('the 2FA fix writes tfarequired with a tfaduration, copying the values the project already uses', () => {
      const other = '/proj/src/Objects/customrole_y.xml';
      const src = role(`  <tfarequired>OFF</tfarequired>\n${perms(perm('ADMI_KERNEL', 'FULL'))}`);
      const f = lint({ [FILE]: src, [other]: role('  <tfarequired>ALWAYS</tfarequired>\n  <tfaduration>7</tfaduration>\n', 'customrole_y') }).find(
        (x) => x.rule === 'SDF-2FA-REQUIRED',
      )!;
      assert.ok(f.data?.kind === 'sdf-edits');
      const fixed = applyEdits(src, f.data.fixes[0].edits);
      assert.match(fixed, /\n {2}<tfarequired>ALWAYS<\/tfarequired>\n {2}<tfaduration>7<\/tfaduration>\n/);
      assert.equal(f.data.fixes[0].title, 'Set tfarequired to ALWAYS with tfaduration 7');
    });

    it('2FA: a missing tfarequired is a warning at the scriptid; SSO-only roles and NONE levels are exempt', () => {
      const missing = lint({ [FILE]: role('  <coreadminpermission>T</coreadminpermission>\n') });
      assert.deepEqual(
        missing.map((f) => [f.rule, f.severity]),
        [['SDF-2FA-REQUIRED', 'warning']],
      );
      assert.match(missing[0].message, /Core Administration Permissions, coreadminpermission T/);
      const src = role('  <coreadminpermission>T</coreadminpermission>\n');
      assert.equal(slice(src, missing[0].loc.span), 'customrole_x');
      const fixed = applyEdits(src, (missing[0].data as { fixes: { edits: SpanEdit[] }[] }).fixes[0].edits);
      assert.match(fixed, /<name>X<\/name>\n {2}<tfarequired>SMS<\/tfarequired>\n {2}<tfaduration>0<\/tfaduration>\n/);
      assert.deepEqual(
        lint({
          [FILE]: role('  <issinglesignononly>T</issinglesignononly>\n  <tfarequired>OFF</tfarequired>\n  <coreadminpermission>T</coreadminpermission>\n'),
        }),
        [],
      );
      assert.deepEqual(lint({ [FILE]: role(`  <tfarequired>OFF</tfarequired>\n${perms(perm('ADMI_KERNEL', 'NONE'))}`) }), []);
      const off = lint({ [FILE]: role(`  <tfarequired>OFF</tfarequired>\n${perms(perm('ADMI_MANAGE_OAUTH_TOKENS', 'FULL'))}`) });
      // NetSuite stores and exports OFF on such roles and enforces 2FA anyway: a warning that says so, never an error.
      assert.deepEqual(
        off.map((f) => [f.rule, f.severity]),
        [['SDF-2FA-REQUIRED', 'warning']],
      );
      assert.match(off[0].message, /NetSuite requires two-factor authentication for this role whatever the file says/);
      assert.match(off[0].message, /third-party/);
      assert.equal(ruleById('SDF-2FA-REQUIRED')!.basis, 'inferred');
      assert.match(ruleById('SDF-2FA-REQUIRED')!.inferredFrom!, /third-party summary of it \(netsuitechangelog\.com/);
    });

    it('scriptid: prefix, length and file name in one finding; no file-name check without a file name', () => {
      const long = 'customrole_' + 'a'.repeat(30);
      const [f] = lint({ '/p/custrole_abc.xml': role('', 'custrole_abc') });
      assert.match(f.message, /does not start with 'customrole'/);
      const [g] = lint({ [`/p/${long}.xml`]: role('', long) });
      assert.match(g.message, /has 41 characters \(at most 40\)/);
      assert.equal(g.data, undefined, 'the file name is no better a scriptid');
      assert.deepEqual(lint({ 'untitled:Untitled-1': role('', 'customrole_whatever') }), []);
      const [h] = lint({ [FILE]: '<role>\n  <centertype>BASIC</centertype>\n  <name>X</name>\n</role>' });
      assert.match(h.message, /no scriptid/);
      assert.ok(h.data?.kind === 'sdf-edits' && h.data.fixes[0].edits[0].newText === ' scriptid="customrole_x"');
    });

    it('permkeys: names, case and non-IDs are reported; real IDs the engine does not know are not', () => {
      const msgs = (key: string) => lint({ [FILE]: role(perms(perm(key, 'FULL'))) }).map((f) => f.message);
      assert.match(msgs('Log in using Access Tokens')[0], /not its name \(write ADMI_LOGIN_OAUTH\); it is not simulated\./);
      assert.match(
        msgs('admi_login_oauth')[0],
        /Write the permkey 'admi_login_oauth' as ADMI_LOGIN_OAUTH \(Log in using Access Tokens\): permkeys are written in capitals/,
      );
      assert.match(msgs('my permission')[0], /not shaped like a permission ID/);
      assert.deepEqual(msgs('TRAN_SALESORD'), []);
      assert.deepEqual(msgs('[scriptid=customrecord_orders]'), []);
      const empty = lint({ [FILE]: role('  <permissions>\n    <permission><permkey></permkey><permlevel>FULL</permlevel></permission>\n  </permissions>\n') });
      assert.match(empty[0].message, /has no permkey/);
    });

    it('a missing permlevel is reported at the permission', () => {
      const src = role('  <permissions>\n    <permission><permkey>ADMI_LOGIN_OAUTH</permkey></permission>\n  </permissions>\n');
      const [f] = lint({ [FILE]: src });
      assert.equal(f.rule, 'SDF-PERMLEVEL-VALUE');
      assert.equal(slice(src, f.loc.span), 'permission');
      assert.match(f.message, /no permlevel: write NONE, FULL/);
    });

    it('an ignore comment in the XML suppresses the next line; an unused one is reported', () => {
      const src = role(
        `  <permissions>\n    <permission>\n      <!-- nsroles-ignore SDF-UNKNOWN-PERMKEY -->\n      <permkey>ADMI_LOGIN_OAUHT</permkey>\n      <permlevel>FULL</permlevel>\n    </permission>\n  </permissions>\n`,
      );
      assert.deepEqual(lint({ [FILE]: src }), []);
      const unused = lint({ [FILE]: src.replace('ADMI_LOGIN_OAUHT<', 'ADMI_LOGIN_OAUTH<') });
      assert.deepEqual(
        unused.map((f) => [f.rule, slice(src, f.loc.span)]),
        [['NSR-IGNORE-UNUSED', 'SDF-UNKNOWN-PERMKEY']],
      );
    });

    it('severity settings apply to SDF rules', () => {
      const loaded = load({ [FILE]: role(perms(perm('ADMI_LOGIN_OAUTH', 'VIEW'))) });
      assert.deepEqual(lintAccount(loaded, { severities: { 'SDF-PERM-LEVEL': 'off' } }), []);
      assert.equal(lintAccount(loaded, { severities: { 'SDF-PERM-LEVEL': 'warning' } })[0].severity, 'warning');
    });
  });

  describe('one model: .nsroles files use SDF roles by scriptid or by name', () => {
    const MGR = '/proj/src/Objects/customrole_integration_manager.xml';
    const RESTLET = '/proj/src/Objects/customrole_restlet.xml';
    const SOAP = '/proj/src/Objects/customrole_soap.xml';
    const xml = {
      [MGR]: role(
        `  <tfarequired>FULL</tfarequired>\n  <tfaduration>0</tfaduration>\n${perms(perm('ADMI_MANAGE_OAUTH_TOKENS', 'FULL'))}`,
        'customrole_integration_manager',
      ).replace('<name>X</name>', '<name>Integration Manager</name>'),
      [RESTLET]: role(
        `  <tfarequired>OFF</tfarequired>\n${perms(perm('ADMI_LOGIN_OAUTH', 'FULL'), perm('LIST_CUSTJOB', 'VIEW'))}`,
        'customrole_restlet',
      ).replace('<name>X</name>', '<name>RESTlet Integration</name>'),
      [SOAP]: role(`  <iswebserviceonlyrole>T</iswebserviceonlyrole>\n${perms(perm('ADMI_LOGIN_OAUTH', 'FULL'))}`, 'customrole_soap').replace(
        '<name>X</name>',
        '<name>SOAP Sync</name>',
      ),
    };
    const NSROLES = `role "Administrator" { administrator; two-factor required }
user "alice" { role "Administrator" }
user "bob" { role customrole_integration_manager }
user "svc" { role "RESTlet Integration" }
user "soap" { role customrole_soap }
integration "I" { token-based-authentication disabled }
token "t" { user "svc"; role customrole_restlet; integration "I"; created-by "bob"; revoked }
expect "bob" as customrole_integration_manager can issue-token for "svc" as "RESTlet Integration"
expect "bob" as "Integration Manager" cannot issue-token for "alice" as "Administrator"
expect "svc" as customrole_restlet can restlet-login
expect "soap" as "SOAP Sync" can web-services-login
expect "soap" as customrole_soap cannot restlet-login
`;

    it('resolves every reference and lints clean: expect lines hold across both formats', () => {
      assert.deepEqual(
        lint(xml, NSROLES).map((f) => `${f.rule}: ${f.message}`),
        [],
      );
    });

    it('decides with SDF roles as with .nsroles roles, citing the same rules', () => {
      const loaded = load(xml, NSROLES);
      const facts = factsOf(loaded.model);
      const issue = decide(facts, {
        user: 'bob',
        role: 'customrole_integration_manager',
        action: 'issue-token',
        target: { user: 'svc', role: 'RESTlet Integration' },
      });
      assert.equal(issue.decision, 'allow');
      assert.equal(issue.rule, 'TBA-ATM-OTHERS');
      const wso = decide(facts, { user: 'soap', role: 'SOAP Sync', action: 'restlet-login' });
      assert.deepEqual([wso.decision, wso.rule], ['deny', 'TBA-WSO-RESTLET']);
      assert.equal(facts.role('customrole_integration_manager')?.twoFactorRequired, true);
      const otp = decide(facts, { user: 'bob', role: 'Integration Manager', action: 'issue-token', channel: 'issuetoken-endpoint' });
      assert.ok(
        otp.trace.some((t) => /requires two-factor authentication/.test(t)),
        'tfarequired makes the role 2FA-required',
      );
    });

    it('a failing expect and the Web Services Only role are both reported, each in its own file', () => {
      const findings = lint(xml, NSROLES.replace('cannot restlet-login', 'can restlet-login'));
      assert.deepEqual(findings.map((f) => [f.rule, f.loc.file]).sort(), [
        ['NSR-EXPECT-FAILED', '/main.nsroles'],
        ['SDF-WSO-RESTLET', SOAP],
      ]);
      const wso = findings.find((f) => f.rule === 'SDF-WSO-RESTLET')!;
      assert.equal(wso.related?.[0].loc.file, '/main.nsroles');
    });

    it('an unknown scriptid is an unknown reference with did-you-mean', () => {
      const f = lint(xml, 'user "u" { role customrole_restlett }').find((x) => x.rule === 'NSR-UNKNOWN-REF')!;
      assert.ok(f.data?.kind === 'did-you-mean' && f.data.candidates.includes('customrole_restlet'));
    });

    it('a .nsroles role beside the role object of the same name or scriptid is reported on the block, which is the one to change', () => {
      const f = lint(xml, 'role "SOAP Sync" { permission ADMI_LOGIN_OAUTH }\nuser "u" { role "SOAP Sync" }').filter((x) => x.rule === 'NSR-DUPLICATE');
      assert.deepEqual(
        f.map((x) => x.loc.file),
        ['/main.nsroles'],
      );
      // The exported object is what NetSuite has: the advice is about the block, and says which counts.
      assert.equal(
        f[0].message,
        "The role 'SOAP Sync' is also the SuiteCloud role object customrole_soap.xml; remove this block (a role file names the object's role by its name or scriptid) or rename it. Only this block counts: decisions use its settings, not the role object's.",
      );
      assert.equal(f[0].related?.[0].loc.file, SOAP);
      // A second role object of that name: the block is reported once, and the two objects clash as before.
      const SOAP2 = '/proj/src/Objects/customrole_soap_two.xml';
      const two = lint(
        { ...xml, [SOAP2]: xml[SOAP].replace('customrole_soap', 'customrole_soap_two') },
        'role "SOAP Sync" { permission ADMI_LOGIN_OAUTH }\nuser "u" { role "SOAP Sync" }',
      ).filter((x) => x.rule === 'NSR-DUPLICATE');
      assert.deepEqual(
        two.map((x) => [x.loc.file, x.related?.[0].loc.file, x.message.split(';')[1]?.trim()]),
        [
          [
            '/main.nsroles',
            SOAP,
            "remove this block (a role file names the object's role by its name or scriptid) or rename it. Only this block counts: decisions use its settings, not the role object's.",
          ],
          [SOAP2, SOAP, "give this role object a <name> of its own. Only the first counts: decisions for customrole_soap_two use the first role's settings."],
        ],
      );
      const byId = lint(xml, 'role "SOAP Local" { id customrole_soap; permission ADMI_LOGIN_OAUTH }\nuser "u" { role "SOAP Local" }').filter(
        (x) => x.rule === 'NSR-DUPLICATE',
      );
      assert.deepEqual(
        byId.map((x) => [x.loc.file, x.message]),
        [
          [
            '/main.nsroles',
            "The role id 'customrole_soap' is the scriptid of the SuiteCloud role object 'SOAP Sync' (customrole_soap.xml): both describe one NetSuite role. Remove this block, or its id.",
          ],
        ],
      );
    });
  });

  describe('conversion', () => {
    it('exports a .nsroles role as an SDF role object that reads back the same and lints clean', () => {
      const loaded = loadAccount(
        '/m.nsroles',
        memoryHost({
          '/m.nsroles':
            'role "Token Manager" {\n  id customrole_token_mgr\n  permission "Access Token Management"\n  permission "Fly Away"\n  web-services-only\n}',
        }),
      );
      const r = roleToSdfXml(loaded.model.roles[0]);
      assert.ok(r.ok);
      assert.equal(r.fileName, 'customrole_token_mgr.xml');
      assert.match(r.warnings.join(), /Fly Away/);
      const back = parseSdfRole(`/p/${r.fileName}`, r.xml);
      assert.deepEqual(lintAccount(loadAccountFiles([], memoryHost({}), { sdf: [back] })), []);
      assert.equal(back.role!.name, 'Token Manager');
      assert.deepEqual(
        back.role!.permissions.map((g) => [g.info?.id, g.level]),
        [['ADMI_MANAGE_OAUTH_TOKENS', 'full']],
      );
      assert.equal(back.role!.twoFactor?.value, 'required', 'Access Token Management forces 2FA');
      assert.ok(back.role!.webServicesOnly);
      assert.ok(isSdfRoleText(r.xml));
    });

    it('derives a scriptid from the name, and refuses the built-in Administrator role', () => {
      const loaded = loadAccount(
        '/m.nsroles',
        memoryHost({ '/m.nsroles': 'role "Sales & Orders: RESTlet" { permission ADMI_LOGIN_OAUTH }\nrole "Admin" { administrator }' }),
      );
      const r = roleToSdfXml(loaded.model.roles[0]);
      assert.ok(r.ok && r.scriptid === 'customrole_sales_orders_restlet');
      assert.match(r.ok ? r.xml : '', /<name>Sales &amp; Orders: RESTlet<\/name>/);
      const admin = roleToSdfXml(loaded.model.roles[1]);
      assert.ok(!admin.ok && /built-in Administrator/.test(admin.error));
    });

    it('generates .nsroles from SDF roles: copies that parse, or templates that name them by scriptid', () => {
      const roles = [
        parseSdfRole(
          '/p/customrole_a.xml',
          role(
            `  <tfarequired>OFF</tfarequired>\n  <iswebserviceonlyrole>T</iswebserviceonlyrole>\n${perms(
              perm('ADMI_LOGIN_OAUTH', 'FULL'),
              perm('LIST_CUSTJOB', 'VIEW'),
              perm('customrecord_orders', 'EDIT'),
              perm('[type=customsegment, scriptid=cseg2]', 'VIEW'),
              perm('ADMI_NOT_LISTED', 'VIEW'),
            )}`,
            'customrole_a',
          ),
        ).role!,
        parseSdfRole(
          '/p/customrole_b.xml',
          role('  <coreadminpermission>T</coreadminpermission>\n', 'customrole_b').replace('<name>X</name>', '<name>Say "hi"</name>'),
        ).role!,
      ];
      const text = sdfRolesToNsroles(roles);
      const copy = loadAccount('/g.nsroles', memoryHost({ '/g.nsroles': text }));
      assert.deepEqual(copy.model.problems, []);
      assert.deepEqual(
        copy.model.roles.map((r) => [r.name, r.id?.value, r.permissions.map((g) => g.ref)]),
        [
          ['X', 'customrole_a', ['ADMI_LOGIN_OAUTH', 'LIST_CUSTJOB', 'customrecord_orders', '[type=customsegment, scriptid=cseg2]']],
          ['Say "hi"', 'customrole_b', ['ADMI_KERNEL']],
        ],
      );
      assert.ok(copy.model.roles[0].webServicesOnly && copy.model.roles[0].twoFactor?.value === 'not-required');
      assert.match(text, /# also in the XML, not simulated: ADMI_NOT_LISTED VIEW/);
      assert.match(text, /# user "name@example.com" \{ role customrole_a \}/);
      const refs = sdfRolesToNsroles(roles, { mode: 'reference' });
      assert.doesNotMatch(refs, /^role /m);
      assert.match(refs, /# X \(customrole_a\): Log in using Access Tokens/);
    });
  });

  describe('suggestions applied to role objects', () => {
    const SOAP = '/p/customrole_x.xml';
    const NS = 'user "svc" { role customrole_x }\n';
    const decideOn = (xml: string, action: 'restlet-login' | 'issue-token') => {
      const loaded = load({ [SOAP]: xml }, NS);
      const facts = factsOf(loaded.model);
      const req = { user: 'svc', role: 'customrole_x', action };
      return { verdict: decide(facts, req), facts, req, file: loaded.sdf!.get(SOAP)! };
    };

    it('a suggested change becomes XML edits that flip the decision', () => {
      const cases: { xml: string; action: 'restlet-login' | 'issue-token' }[] = [
        { xml: role(`  <iswebserviceonlyrole>T</iswebserviceonlyrole>\n${perms(perm('ADMI_LOGIN_OAUTH', 'FULL'))}`), action: 'restlet-login' },
        { xml: role(`  <tfarequired>OFF</tfarequired>\n${perms(perm('LIST_CUSTJOB', 'VIEW'))}`), action: 'restlet-login' },
        { xml: role('  <tfarequired>OFF</tfarequired>\n'), action: 'issue-token' },
        { xml: role(`  <isinactive>T</isinactive>\n${perms(perm('ADMI_LOGIN_OAUTH', 'FULL'))}`), action: 'restlet-login' },
      ];
      for (const c of cases) {
        const { verdict, facts, req, file } = decideOn(c.xml, c.action);
        assert.equal(verdict.decision, 'deny');
        const s = suggest(facts, req, verdict).find((x) => x.changes.every((ch) => ch.kind !== 'assign-role' && ch.kind !== 'use-channel'))!;
        assert.ok(s, `a role change is suggested for ${c.xml}`);
        const edits = s.changes.flatMap((ch) => {
          const e = sdfChangeEdits(file, ch);
          assert.ok(Array.isArray(e), String(e));
          return e;
        });
        const fixed = applyEdits(c.xml, edits);
        assert.equal(decideOn(fixed, c.action).verdict.decision, 'allow', `after '${s.text}':\n${fixed}`);
        assert.deepEqual(
          lint({ [SOAP]: fixed }).filter((f) => f.rule === 'SDF-XML'),
          [],
        );
      }
    });

    it('adds a permission in the file’s own layout, and removes one', () => {
      const src = role(perms(perm('LIST_CUSTJOB', 'VIEW')));
      const file = parseSdfRole(SOAP, src);
      const added = applyEdits(src, sdfChangeEdits(file, { kind: 'add-permission', role: 'X', permission: 'ADMI_LOGIN_OAUTH' }) as SpanEdit[]);
      assert.equal(added, role(perms(perm('LIST_CUSTJOB', 'VIEW'), perm('ADMI_LOGIN_OAUTH', 'FULL'))));
      const removed = applyEdits(
        added,
        sdfChangeEdits(parseSdfRole(SOAP, added), { kind: 'remove-permission', role: 'X', permission: 'ADMI_LOGIN_OAUTH' }) as SpanEdit[],
      );
      assert.equal(removed, src);
      assert.match(String(sdfChangeEdits(parseSdfRole(SOAP, '<role><x></role>'), { kind: 'enable-tba' })), /fix its XML first/);
    });

    it('the parse cache re-reads only changed text', () => {
      const cache = new SdfParseCache();
      const a = cache.get(SOAP, role(''));
      assert.equal(cache.get(SOAP, role('')), a);
      assert.notEqual(cache.get(SOAP, role('  <isinactive>T</isinactive>\n')), a);
    });
  });

  describe('editor context', () => {
    it('knows whether the cursor is on a permkey, a permlevel, a field or the scriptid', () => {
      const src = role(
        `  <tfarequired>OFF</tfarequired>\n${perms(perm('ADMI_MANAGE_OAUTH_TOKENS', 'FULL'))}    <permission><permkey></permkey></permission>\n`.replace(
          '  </permissions>\n    <permission><permkey></permkey></permission>\n',
          '    <permission><permkey></permkey></permission>\n  </permissions>\n',
        ),
      );
      const f = parseSdfRole(FILE, src);
      const at = (needle: string, d = 1) => sdfContextAt(f, src.indexOf(needle) + d);
      const key = at('ADMI_MANAGE');
      assert.ok(key?.kind === 'permkey' && key.info?.name === 'Access Token Management');
      const level = at('FULL');
      assert.ok(level?.kind === 'permlevel' && level.levels.join() === 'NONE,FULL');
      const tfa = at('OFF');
      assert.ok(tfa?.kind === 'field' && tfa.name === 'tfarequired' && /2FA/.test(tfa.doc));
      assert.equal(at('customrole_x')?.kind, 'scriptid');
      const empty = at('<permkey></permkey>', '<permkey>'.length);
      assert.ok(empty?.kind === 'permkey' && empty.span.start === empty.span.end && empty.info === undefined);
      assert.equal(at('<centertype>', 0)?.kind, 'field');
    });
  });
});
