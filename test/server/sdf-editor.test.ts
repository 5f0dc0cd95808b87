import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  type DocumentSymbol,
  type Hover,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { lintSdfRole, parseSdfRole, parseXml, PERMISSIONS } from '../../server/src/engine';
import type { ChangeEditResult, ExportSdfRoleResult, GenerateFromSdfResult, ModelSummary, SimulateResult } from '../../shared/protocol/wire';
import { ChangeEditRequest, ExportSdfRoleRequest, GenerateFromSdfRequest, ModelRequest, SimulateRequest } from '../../shared/protocol/lsp';
import { applyEdits, cursor, fileUri, posOf, rangeOf, ROOT, TestServer, workspace } from './harness';

const PROJECT = path.join(ROOT, 'test/fixtures/sdf-project');
const OBJECTS = path.join(PROJECT, 'src/Objects');
const ACCESS = path.join(PROJECT, 'access.nsroles');
const xmlPath = (name: string) => path.join(OBJECTS, `${name}.xml`);
const xmlUri = (name: string) => fileUri(xmlPath(name));
const xmlText = (name: string) => fs.readFileSync(xmlPath(name), 'utf8');
const ROLE_FILES = fs
  .readdirSync(OBJECTS)
  .filter((f) => f.startsWith('customrole_'))
  .map((f) => f.replace(/\.xml$/, ''));

/** Opens a fixture role object as VS Code would: language `xml`, its file URI. */
async function openXml(s: TestServer, name: string, text = xmlText(name)): Promise<string> {
  const uri = xmlUri(name);
  await s.open(uri, text, 'xml');
  return uri;
}

const markdown = (h: Hover | null) => (h?.contents as MarkupContent).value;
const items = (r: CompletionItem[] | CompletionList) => (Array.isArray(r) ? r : r.items);

describe('server: SuiteCloud role objects in the editor', () => {
  let s: TestServer;
  before(async () => {
    s = await TestServer.start({ folders: [PROJECT] });
  });
  after(() => s.stop());

  describe('diagnostics', () => {
    it('reports each role object exactly as `nsroles check` does, with rule codes, pages and fixes', async () => {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', PROJECT, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
      const cli = JSON.parse(run.stdout).findings as {
        file: string;
        line: number;
        column: number;
        endLine: number;
        endColumn: number;
        rule: string;
        message: string;
      }[];
      for (const name of ROLE_FILES) {
        const uri = await openXml(s, name);
        const { diagnostics } = await s.diagnostics(uri);
        await s.close(uri);
        const expected = cli
          .filter((f) => f.file === path.relative(ROOT, xmlPath(name)))
          .map((f) => [f.rule, f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1, f.message]);
        const byPlace = (x: (string | number)[], y: (string | number)[]) => (x[1] as number) - (y[1] as number) || (x[2] as number) - (y[2] as number);
        assert.deepEqual(
          diagnostics
            .map((d) => [d.code as string, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message as string])
            .sort(byPlace),
          expected,
          name,
        );
        for (const d of diagnostics) {
          assert.equal(d.source, 'nsroles');
          // A NetSuite help page (no rule pages were given by this client), or none for a file-format rule.
          if (d.codeDescription) assert.match(d.codeDescription.href, /^https:\/\/docs\.oracle\.com\/en\/cloud\/saas\/netsuite\/ns-online-help\/\w+\.html$/);
          else assert.match(String(d.code), /^(NSR-|SDF-DUPLICATE-PERMKEY$)/);
        }
      }
    });

    it('places each finding of a broken role exactly, with severities, related places and tags', async () => {
      const uri = await openXml(s, 'customrole_audit_viewer');
      const text = xmlText('customrole_audit_viewer');
      const { diagnostics } = await s.diagnostics(uri);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range, d.severity]),
        [
          ['SDF-UNKNOWN-PERMKEY', rangeOf(text, 'ADMI_AUDITLGOIN'), DiagnosticSeverity.Information],
          ['SDF-PERMLEVEL-VALUE', rangeOf(text, 'Full'), DiagnosticSeverity.Error],
          ['SDF-TFADURATION', rangeOf(text, 'FULL'), DiagnosticSeverity.Error],
        ],
      );
      assert.equal(
        diagnostics[0].message,
        "ADMI_AUDITLGOIN is not in NetSuite's published list of permission IDs; NetSuite exports some IDs that the list lacks, so it is not simulated but may be right. Did you mean ADMI_AUDITLOGIN (View Login Audit Trail)?",
      );
      assert.equal(diagnostics[0].data, undefined);
      await s.close(uri);

      const tokens = xmlText('customrole_self_service_tokens');
      const tUri = await openXml(s, 'customrole_self_service_tokens');
      const [duplicate, redundant] = (await s.diagnostics(tUri)).diagnostics;
      assert.equal(redundant.code, 'SDF-UAT-REDUNDANT-LOGIN');
      assert.equal(redundant.severity, DiagnosticSeverity.Hint);
      assert.deepEqual(redundant.tags, [DiagnosticTag.Unnecessary]);
      assert.equal(duplicate.code, 'SDF-DUPLICATE-PERMKEY');
      assert.deepEqual(duplicate.range, rangeOf(tokens, 'REPO_FINANCIALS', 1));
      assert.deepEqual(duplicate.relatedInformation, [{ location: { uri: tUri, range: rangeOf(tokens, 'REPO_FINANCIALS', 0) }, message: 'First listed here' }]);
      await s.close(tUri);
    });

    it('reports malformed XML once, at the place, and follows edits live', async () => {
      const uri = await openXml(s, 'customrole_warehouse_scanner');
      const text = xmlText('customrole_warehouse_scanner');
      const broken = (await s.diagnostics(uri)).diagnostics;
      assert.deepEqual(
        broken.map((d) => [d.code, d.range.start]),
        [['SDF-XML', posOf(text, '& ', 0)]],
      );
      await s.setText(uri, text.replace('Warehouse & Shipping', 'Warehouse &amp; Shipping'));
      assert.deepEqual((await s.diagnostics(uri)).diagnostics, []);
      await s.setText(uri, text.replace('<tfarequired>OFF</tfarequired>', '<tfarequired>FULL</tfarequired>').replace('&', '&amp;'));
      assert.deepEqual(
        (await s.diagnostics(uri)).diagnostics.map((d) => d.code),
        ['SDF-TFADURATION'],
      );
      await s.close(uri);
    });

    it('a role object edit republishes the open role file that uses the role', async () => {
      const access = fs.readFileSync(ACCESS, 'utf8');
      const aUri = fileUri(ACCESS);
      await s.open(aUri, access);
      const failing = (await s.diagnostics(aUri)).diagnostics.filter((d) => d.code === 'NSR-EXPECT-FAILED');
      assert.equal(failing.length, 1);
      const uri = await openXml(s, 'customrole_soap_sync');
      const [wso] = (await s.diagnostics(uri)).diagnostics;
      assert.equal(wso.code, 'SDF-WSO-RESTLET');
      assert.deepEqual(
        wso.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]),
        [[aUri, 46]],
      );
      const seen = s.published.length;
      await s.setText(uri, xmlText('customrole_soap_sync').replace('<iswebserviceonlyrole>T<', '<iswebserviceonlyrole>F<'));
      const republished = await s.until('access.nsroles without the failed expect', () =>
        s.published.slice(seen).find((p) => p.uri === aUri && !p.diagnostics.some((d) => d.code === 'NSR-EXPECT-FAILED')),
      );
      assert.ok(republished);
      await s.close(uri);
      // Closed: the file on disk counts again.
      const after = s.published.length;
      await s.until('access.nsroles with the failed expect again', () =>
        s.published.slice(after).find((p) => p.uri === aUri && p.diagnostics.some((d) => d.code === 'NSR-EXPECT-FAILED')),
      );
      await s.close(aUri);
    });
  });

  describe('other XML', () => {
    it('gets nothing: no diagnostics, hovers, completions, lenses, symbols, formatting or fixes', async () => {
      const restlet = path.join(OBJECTS, 'customscript_orders_restlet.xml');
      const uri = fileUri(restlet);
      const text = fs.readFileSync(restlet, 'utf8');
      const manifest = fileUri(path.join(PROJECT, 'manifest.xml'));
      await s.open(uri, text, 'xml');
      await s.open(manifest, fs.readFileSync(path.join(PROJECT, 'manifest.xml'), 'utf8'), 'xml');
      // A File Cabinet document is never an object, even with a <role> root (an app's settings).
      const cabinet = fileUri(path.join(PROJECT, 'src/FileCabinet/SuiteScripts/acme/role.xml'));
      await s.open(cabinet, '<role name="warehouse"><netsuiteRoleId>1042</netsuiteRoleId></role>\n', 'xml');
      // Nor one in a FileCabinet folder beside manifest.xml (the Java CLI and IDE layout), in any folder of it.
      const rootCabinet = fileUri(path.join(PROJECT, 'FileCabinet/Images/role.xml'));
      await s.open(rootCabinet, '<role name="app setting"/>\n', 'xml');
      await s.change(uri, [{ range: rangeOf(text, 'DEBUG'), text: 'AUDIT' }]);
      // A role object opened after them is published after them: by then they were passed over.
      const roleUri = await openXml(s, 'customrole_audit_viewer');
      await s.diagnostics(roleUri);
      assert.deepEqual(
        s.published.filter((p) => p.uri === uri || p.uri === manifest || p.uri === cabinet || p.uri === rootCabinet),
        [],
      );
      const td = { textDocument: { uri } };
      const at = posOf(s.text(uri), 'Orders RESTlet', 2);
      assert.equal(await s.request<Hover | null>('textDocument/hover', { ...td, position: at }), null);
      assert.deepEqual(items(await s.request<CompletionItem[]>('textDocument/completion', { ...td, position: at })), []);
      assert.deepEqual(await s.request<CodeLens[]>('textDocument/codeLens', td), []);
      assert.deepEqual(await s.request<DocumentSymbol[]>('textDocument/documentSymbol', td), []);
      assert.equal(await s.request<TextEdit[] | null>('textDocument/formatting', { ...td, options: { tabSize: 2, insertSpaces: true } }), null);
      assert.deepEqual(await s.request<CodeAction[]>('textDocument/codeAction', { ...td, range: { start: at, end: at }, context: { diagnostics: [] } }), []);
      for (const u of [uri, manifest, cabinet, rootCabinet, roleUri]) await s.close(u);
    });
  });

  describe('hover', () => {
    it('on a permkey: the NetSuite name, the SDF levels and the quotes', async () => {
      const text = xmlText('customrole_integration_admin');
      const uri = await openXml(s, 'customrole_integration_admin');
      const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: posOf(text, 'ADMI_MANAGE_OAUTH_TOKENS', 5) });
      assert.deepEqual(h.range, rangeOf(text, 'ADMI_MANAGE_OAUTH_TOKENS'));
      const md = markdown(h);
      assert.match(md, /^\*\*Access Token Management\*\* · permission ID ADMI\\_MANAGE\\_OAUTH\\_TOKENS/);
      assert.match(md, /\*\*Levels:\*\* NONE, FULL \(this line: VIEW\)/);
      assert.match(md, /^> .*tokens/im);
      assert.match(md, /— \*\[Set Up Token\\-based Authentication Roles\]\(https:\/\/docs\.oracle\.com\/[^)]+\)\*/);
      // On the tags too, and on a permission the simulator does not model.
      const tag = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: posOf(text, '<permkey>ADMI_INTEGRAPP', 2) });
      assert.match(markdown(tag), /Integration Application/);
      await s.close(uri);
      const rUri = await openXml(s, 'customrole_restlet_integration');
      const other = await s.request<Hover>('textDocument/hover', {
        textDocument: { uri: rUri },
        position: posOf(xmlText('customrole_restlet_integration'), 'LIST_CUSTJOB', 3),
      });
      // Any permission of NetSuite's list: its name, category and whether it makes 2FA mandatory.
      assert.match(
        markdown(other),
        /^\*\*Customers\*\* · permission ID LIST\\_CUSTJOB\n\n\*\*Levels:\*\* NONE, VIEW, CREATE, EDIT, FULL( \(this line: \w+\))? · \*\*Category:\*\* Lists\\\/Records · /,
      );
      assert.match(markdown(other), /\*\*2FA:\*\* not made mandatory by it \(inferred\)\n\n.*2FA basis: a third party/);
      await s.close(rUri);
    });

    it('on a permission name written as permkey: that permission, and its ID to write; an ID with no underscore is an ID', async () => {
      const text = xmlText('customrole_restlet_integration').replace('LIST_CUSTJOB', 'Log in using Access Tokens');
      const uri = await openXml(s, 'customrole_restlet_integration', text);
      const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: posOf(text, 'Log in using Access Tokens', 3) });
      assert.match(markdown(h), /^\*\*Log in using Access Tokens\*\* · permission ID ADMI\\_LOGIN\\_OAUTH/);
      assert.match(markdown(h), /Write it as ADMI\\_LOGIN\\_OAUTH: a permkey is the permission ID, not its name\.$/);
      assert.doesNotMatch(markdown(h), /Did you mean/);
      await s.close(uri);
      const unlisted = xmlText('customrole_restlet_integration').replace('LIST_CUSTJOB', 'ADMINDOCS');
      const u2 = await openXml(s, 'customrole_restlet_integration', unlisted);
      const h2 = await s.request<Hover>('textDocument/hover', { textDocument: { uri: u2 }, position: posOf(unlisted, 'ADMINDOCS', 3) });
      assert.match(markdown(h2), /^\*\*ADMINDOCS\*\* · not in NetSuite's published permission list/);
      await s.close(u2);
    });

    it('on tfarequired: what NetSuite makes of it, with the 2FA quotes', async () => {
      const text = xmlText('customrole_integration_admin');
      const uri = await openXml(s, 'customrole_integration_admin');
      const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: posOf(text, '<tfarequired>', 3) });
      assert.deepEqual(h.range, rangeOf(text, 'OFF'));
      const md = markdown(h);
      assert.match(md, /^\*\*<tfarequired>\*\* OFF/);
      assert.match(md, /highly privileged \(Integration Application\\, ADMI\\_INTEGRAPP\), so NetSuite requires 2FA: OFF cannot hold/);
      assert.ok(md.includes('> For enhanced security\\, two\\-factor authentication \\(2FA\\) is required'), md);
      await s.close(uri);
      const mUri = await openXml(s, 'customrole_integration_manager');
      const m = await s.request<Hover>('textDocument/hover', {
        textDocument: { uri: mUri },
        position: posOf(xmlText('customrole_integration_manager'), '<tfarequired>FULL', 14),
      });
      assert.match(markdown(m), /FULL requires two-factor authentication, trusted device duration 0\./);
      await s.close(mUri);
    });

    it("on the role's name: who holds it, as in role files", async () => {
      const text = xmlText('customrole_restlet_integration');
      const uri = await openXml(s, 'customrole_restlet_integration');
      const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: posOf(text, 'RESTlet Integration</name>', 2) });
      assert.match(markdown(h), /\*\*Role: RESTlet Integration\*\* \(id customrole\\_restlet\\_integration\) — SuiteCloud role object/);
      assert.match(markdown(h), /\*\*Held by:\*\* svc\\-orders/);
      await s.close(uri);
    });
  });

  describe('completion', () => {
    const complete = async (src: string, trigger?: string) => {
      const { text, position } = cursor(src);
      const uri = fileUri(path.join(OBJECTS, 'customrole_typing.xml'));
      await s.open(uri, text, 'xml');
      const context = trigger ? { triggerKind: 2, triggerCharacter: trigger } : { triggerKind: 1 };
      const list = items(await s.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position, context }));
      await s.close(uri);
      return { list, text, position };
    };
    const role = (body: string) =>
      `<role scriptid="customrole_typing">\n  <name>Typing</name>\n  <permissions>\n    <permission>\n${body}\n    </permission>\n  </permissions>\n</role>\n`;

    it('permkeys inside <permkey>, TBA permissions first, replacing what is typed', async () => {
      const first = await complete(role('      <permkey>‸</permkey>'), '>');
      const labels = [...first.list].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
      assert.deepEqual(labels.slice(0, 6), [
        'Access Token Management',
        'ADMI_MANAGE_OAUTH_TOKENS',
        'User Access Tokens',
        'User Access Token',
        'ADMI_MANAGE_OWN_OAUTH_TOKENS',
        'Log in using Access Tokens',
      ]);
      // Every ID of NetSuite's list, and each name or alias, which inserts the ID, once its start is typed.
      const ways = PERMISSIONS.filter((x) => x.id).flatMap((p) => [p.id, p.name, ...p.aliases]);
      for (let k = 0; k < ways.length; k += Math.ceil(ways.length / 30)) {
        const typed = ways[k].slice(0, 6).split(/\s/)[0].replace(/[<&]/g, '');
        const got = await complete(role(`      <permkey>${typed}‸</permkey>`));
        assert.ok(
          got.list.some((i) => i.label === ways[k]),
          `${ways[k]} after ${typed}`,
        );
      }
      const { list, text } = await complete(role('      <permkey>ADMI_‸LOGIN</permkey>\n      <permlevel>FULL</permlevel>'));
      const byName = (await complete(role('      <permkey>Accou‸</permkey>'))).list.find((i) => i.label === 'Accounting Preferences')!;
      assert.equal((byName.textEdit as TextEdit).newText, 'ADMI_ACCTSETUP');
      assert.equal(byName.detail, 'ADMI_ACCTSETUP');
      const login = list.find((i) => i.label === 'ADMI_LOGIN_OAUTH')!;
      assert.equal(login.detail, 'Log in using Access Tokens · Administration');
      assert.deepEqual((login.textEdit as TextEdit).range, rangeOf(text, 'ADMI_LOGIN'));
      const doc = await s.request<CompletionItem>('completionItem/resolve', login);
      assert.match((doc.documentation as MarkupContent).value, /\*\*Levels:\*\* NONE, FULL/);
    });

    it('levels inside <permlevel>: only NONE and FULL for a TBA permission', async () => {
      const tba = await complete(role('      <permkey>ADMI_MANAGE_OAUTH_TOKENS</permkey>\n      <permlevel>‸</permlevel>'), '>');
      assert.deepEqual(
        tba.list.map((i) => i.label),
        ['NONE', 'FULL'],
      );
      const other = await complete(role('      <permkey>LIST_EMPLOYEE</permkey>\n      <permlevel>V‸</permlevel>'));
      assert.deepEqual(
        other.list.map((i) => i.label),
        ['NONE', 'VIEW', 'CREATE', 'EDIT', 'FULL'],
      );
      const typed = rangeOf(other.text, 'V</permlevel>').start;
      assert.deepEqual((other.list[1].textEdit as TextEdit).range, { start: typed, end: { line: typed.line, character: typed.character + 1 } });
    });

    it('while the XML is half typed, and nowhere else', async () => {
      const half = await complete(
        '<role scriptid="customrole_typing">\n  <permissions>\n    <permission>\n      <permkey>ADMI_MANAGE_OAUTH_TOKENS</permkey>\n      <permlevel>‸',
      );
      assert.deepEqual(
        half.list.map((i) => i.label),
        ['NONE', 'FULL'],
      );
      const key = await complete('<role scriptid="customrole_typing">\n  <permissions>\n    <permission>\n      <permkey>‸', '>');
      assert.ok(key.list.some((i) => i.label === 'ADMI_LOGIN_OAUTH'));
      assert.deepEqual(
        (await complete(role('      <permkey>X</permkey>\n      <permlevel>FULL</permlevel>').replace('<name>Typing', '<name>Typ‸ing'))).list,
        [],
      );
    });
  });

  describe('quick fixes', () => {
    /**
     * Opens a fixture role object, applies the action titled `title` to its `code` diagnostic,
     * and checks the XML is still well-formed and that diagnostic is gone.
     */
    async function fix(name: string, code: string, title: string | RegExp): Promise<{ action: CodeAction; text: string; after: Diagnostic[] }> {
      const uri = await openXml(s, name);
      const before = (await s.diagnostics(uri)).diagnostics;
      const diag = before.find((d) => d.code === code);
      assert.ok(diag, `no ${code} in ${JSON.stringify(before.map((d) => d.code))}`);
      const actions = await s.codeActions(uri, diag.range, [diag]);
      const action = actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
      assert.ok(action, `no action '${title}' in ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(action.kind, 'quickfix');
      await s.apply(action.edit!);
      const after = (await s.diagnostics(uri)).diagnostics;
      const text = s.text(uri);
      await s.close(uri);
      assert.equal(parseXml(text).problem, undefined, `not well-formed after the fix:\n${text}`);
      assert.ok(!after.some((d) => d.code === code && d.message === diag.message), `the ${code} diagnostic is still there:\n${text}`);
      return { action, text, after };
    }

    it('set FULL or NONE on a TBA permission: FULL grants it, so neither is preferred', async () => {
      const r = await fix('customrole_integration_admin', 'SDF-PERM-LEVEL', 'Set permlevel to FULL');
      assert.ok(!r.action.isPreferred);
      assert.equal(r.text, xmlText('customrole_integration_admin').replace('<permlevel>VIEW</permlevel>', '<permlevel>FULL</permlevel>'));
      const none = await fix('customrole_integration_admin', 'SDF-PERM-LEVEL', 'Set permlevel to NONE (as it is decided now)');
      assert.ok(!none.action.isPreferred);
      assert.equal(none.text, xmlText('customrole_integration_admin').replace('<permlevel>VIEW</permlevel>', '<permlevel>NONE</permlevel>'));
    });

    it('remove the duplicate permission, and the redundant login permission', async () => {
      const tokens = xmlText('customrole_self_service_tokens');
      const dup = await fix('customrole_self_service_tokens', 'SDF-DUPLICATE-PERMKEY', 'Remove the duplicate REPO_FINANCIALS permission');
      const block = '        <permission>\n            <permkey>REPO_FINANCIALS</permkey>\n            <permlevel>VIEW</permlevel>\n        </permission>\n';
      assert.equal(dup.text, tokens.slice(0, tokens.lastIndexOf(block)) + tokens.slice(tokens.lastIndexOf(block) + block.length));
      const login = await fix('customrole_self_service_tokens', 'SDF-UAT-REDUNDANT-LOGIN', 'Remove the ADMI_LOGIN_OAUTH permission');
      assert.ok(!login.text.includes('ADMI_LOGIN_OAUTH'));
    });

    it('set tfarequired with a tfaduration, copying the values the project uses', async () => {
      const off = await fix('customrole_integration_admin', 'SDF-2FA-REQUIRED', 'Set tfarequired to FULL with tfaduration 0');
      assert.match(off.text, /<tfarequired>FULL<\/tfarequired>\n {4}<tfaduration>0<\/tfaduration>\n/);
      const missing = await fix('customrole_core_admin_lite', 'SDF-2FA-REQUIRED', 'Set tfarequired to FULL with tfaduration 0');
      assert.match(missing.text, /<name>Core Admin \(Lite\)<\/name>\n {4}<tfarequired>FULL<\/tfarequired>\n {4}<tfaduration>0<\/tfaduration>\n/);
      const duration = await fix('customrole_audit_viewer', 'SDF-TFADURATION', 'Add tfaduration 0');
      assert.match(duration.text, /<tfarequired>FULL<\/tfarequired>\n {4}<tfaduration>0<\/tfaduration>\n/);
    });

    it('did you mean: a permkey and a permlevel', async () => {
      // An ID absent from NetSuite's list may be real: the fix is offered, never preferred.
      const key = await fix('customrole_audit_viewer', 'SDF-UNKNOWN-PERMKEY', 'Change permkey to ADMI_AUDITLOGIN');
      assert.ok(!key.action.isPreferred);
      assert.match(key.text, /<permkey>ADMI_AUDITLOGIN<\/permkey>/);
      const level = await fix('customrole_audit_viewer', 'SDF-PERMLEVEL-VALUE', 'Change permlevel to FULL');
      assert.match(level.text, /<permkey>LIST_ACCOUNT<\/permkey>\n\s*<permlevel>FULL<\/permlevel>/);
    });

    it('scriptid and Web Services Only', async () => {
      // Neither is preferred: references to the old scriptid elsewhere stay; F lifts a restriction the author wrote.
      const sid = await fix('customrole_partner_api', 'SDF-SCRIPTID', "Set scriptid to 'customrole_partner_api' (the file name)");
      assert.match(sid.text, /^<role scriptid="customrole_partner_api">/);
      assert.ok(!sid.action.isPreferred);
      const wso = await fix('customrole_soap_sync', 'SDF-WSO-RESTLET', 'Set iswebserviceonlyrole to F');
      assert.match(wso.text, /<iswebserviceonlyrole>F</);
      assert.ok(!wso.action.isPreferred);
    });

    it('ignore a rule on a line with an XML comment', async () => {
      const r = await fix('customrole_integration_admin', 'SDF-PERM-LEVEL', 'Ignore SDF-PERM-LEVEL on this line');
      assert.match(r.text, /\n {12}<!-- nsroles-ignore SDF-PERM-LEVEL -->\n {12}<permlevel>VIEW<\/permlevel>/);
      assert.deepEqual(
        r.after.map((d) => d.code),
        ['SDF-2FA-REQUIRED'],
      );
    });
  });

  describe('one model with the role files', () => {
    const aUri = fileUri(ACCESS);

    it('nsroles/simulate decides on roles from XML, and sees unsaved XML edits', async () => {
      await s.open(aUri, fs.readFileSync(ACCESS, 'utf8'));
      const ask = (user: string, role: string) =>
        s.request<SimulateResult>(SimulateRequest.method, { uri: aUri, request: { user, role, action: 'restlet-login' } });
      const soap = await ask('svc-soap', 'customrole_soap_sync');
      assert.equal(soap.decision.decision, 'deny');
      assert.equal(soap.decision.rule, 'TBA-WSO-RESTLET');
      assert.ok(soap.decision.suggestions.some((x) => x.changes.some((c) => c.kind === 'set-role-flag' && c.role === 'SOAP Sync')));
      const orders = await ask('svc-orders', 'RESTlet Integration');
      assert.equal(orders.decision.decision, 'allow');
      assert.equal(orders.roleHeld, true);
      const model = await s.request<ModelSummary>(ModelRequest.method, { uri: aUri });
      assert.ok(model.files.includes(xmlUri('customrole_soap_sync')));
      assert.equal(model.roles.find((r) => r.id === 'customrole_soap_sync')?.origin, 'sdf');
      const uri = await openXml(s, 'customrole_soap_sync', xmlText('customrole_soap_sync').replace('<iswebserviceonlyrole>T<', '<iswebserviceonlyrole>F<'));
      assert.equal((await ask('svc-soap', 'customrole_soap_sync')).decision.decision, 'allow');
      // The same account, asked from the role object.
      const fromXml = await s.request<SimulateResult>(SimulateRequest.method, {
        uri,
        request: { user: 'svc-soap', role: 'SOAP Sync', action: 'restlet-login' },
      });
      assert.equal(fromXml.decision.decision, 'allow');
      await s.close(uri);
      await s.close(aUri);
    });

    it('code lenses on a role object show who holds it', async () => {
      const uri = await openXml(s, 'customrole_integration_manager');
      const lenses = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.equal(lenses.length, 1);
      assert.match(lenses[0].command!.title, /^1 user: bob@acme\.com · /);
      await s.close(uri);
    });

    it('nsroles/changeEdit on a role from XML writes XML edits in its file', async () => {
      await s.open(aUri, fs.readFileSync(ACCESS, 'utf8'));
      const flag = await s.request<ChangeEditResult>(ChangeEditRequest.method, {
        uri: aUri,
        changes: [{ kind: 'set-role-flag', role: 'SOAP Sync', flag: 'web-services-only', value: false }],
      });
      assert.ok(flag.edit, flag.message);
      const soap = xmlText('customrole_soap_sync');
      assert.deepEqual(Object.keys(flag.edit.changes), [xmlUri('customrole_soap_sync')]);
      assert.equal(applyEdits(soap, flag.edit.changes[xmlUri('customrole_soap_sync')]), soap.replace('<iswebserviceonlyrole>T<', '<iswebserviceonlyrole>F<'));

      const add = await s.request<ChangeEditResult>(ChangeEditRequest.method, {
        uri: aUri,
        changes: [{ kind: 'add-permission', role: 'customrole_restlet_integration', permission: 'ADMI_MANAGE_OWN_OAUTH_TOKENS' }],
      });
      const restlet = xmlText('customrole_restlet_integration');
      const out = applyEdits(restlet, add.edit!.changes[xmlUri('customrole_restlet_integration')]);
      assert.ok(
        out.includes(
          '            <permlevel>EDIT</permlevel>\n        </permission>\n        <permission>\n            <permkey>ADMI_MANAGE_OWN_OAUTH_TOKENS</permkey>\n            <permlevel>FULL</permlevel>\n        </permission>\n    </permissions>',
        ),
        out,
      );
      const parsed = parseSdfRole(xmlPath('customrole_restlet_integration'), out);
      assert.equal(parsed.doc.problem, undefined);
      assert.deepEqual(
        lintSdfRole(parsed).map((f) => f.rule),
        ['SDF-UAT-REDUNDANT-LOGIN'],
      );

      // A role object that cannot be read says so instead of guessing.
      const broken = await s.request<ChangeEditResult>(ChangeEditRequest.method, {
        uri: aUri,
        changes: [{ kind: 'add-permission', role: 'customrole_warehouse_scanner', permission: 'ADMI_MANAGE_OWN_OAUTH_TOKENS' }],
      });
      assert.equal(broken.edit, null);
      assert.match(broken.message!, /customrole_warehouse_scanner\.xml is not a readable role object; fix its XML first\./);
      await s.close(aUri);
    });
  });

  describe('commands: generate and export', () => {
    it('nsroles/generateFromSdf: the project roles, by copy or by reference; malformed ones skipped', async () => {
      const copy = await s.request<GenerateFromSdfResult>(GenerateFromSdfRequest.method, { uri: fileUri(PROJECT), mode: 'copy' });
      assert.deepEqual(
        copy.roles.map((r) => r.scriptid),
        ROLE_FILES.filter((n) => n !== 'customrole_warehouse_scanner').map((n) => (n === 'customrole_partner_api' ? 'customrole_partner_api_v2' : n)),
      );
      assert.deepEqual(copy.skipped, [xmlUri('customrole_warehouse_scanner')]);
      assert.match(copy.text, /^role "Integration Manager" \{\n {2}id customrole_integration_manager\n {2}permission ADMI_MANAGE_OAUTH_TOKENS full\n/m);
      assert.match(copy.text, /^# user "name@example\.com" \{ role customrole_soap_sync \}$/m);
      // The generated file is a valid account on its own.
      const uri = 'untitled:generated';
      await s.open(uri, copy.text);
      const codes = (await s.diagnostics(uri)).diagnostics.map((d) => d.code);
      assert.ok(!codes.includes('NSR-SYNTAX') && !codes.includes('NSR-UNKNOWN-REF'), codes.join());
      await s.close(uri);

      const ref = await s.request<GenerateFromSdfResult>(GenerateFromSdfRequest.method, { uri: xmlUri('customrole_soap_sync'), mode: 'reference' });
      assert.equal(ref.roles.length, copy.roles.length);
      assert.ok(!/^role /m.test(ref.text));
      assert.match(ref.text, /^# SOAP Sync \(customrole_soap_sync\): Log in using Access Tokens$/m);
      const all = await s.request<GenerateFromSdfResult>(GenerateFromSdfRequest.method, { mode: 'copy' });
      assert.equal(all.text, copy.text);
      await assert.rejects(s.request(GenerateFromSdfRequest.method, { mode: 'move' }), /Invalid mode/);
    });

    it('the generated file, untitled with its proposed path, resolves the roles by scriptid before it is saved', async () => {
      const ref = await s.request<GenerateFromSdfResult>(GenerateFromSdfRequest.method, { mode: 'reference' });
      assert.equal(ref.folder, fileUri(PROJECT), 'roles.nsroles goes beside src/');
      // The user fills in a user for a role, as the generated comment shows.
      const text = ref.text.replace(/^# (user "name@example\.com" \{ role customrole_soap_sync \})$/m, '$1');
      assert.notEqual(text, ref.text);
      const unknown = async (uri: string) => {
        await s.open(uri, text);
        const d = (await s.diagnostics(uri)).diagnostics.filter((x) => x.code === 'NSR-UNKNOWN-REF').map((x) => x.message);
        await s.close(uri);
        return d;
      };
      const proposed = fileUri(path.join(PROJECT, 'roles.nsroles')).replace(/^file:/, 'untitled:');
      assert.deepEqual(await unknown(proposed), []);
      // Without a path the document has no project: the same reference is unknown.
      assert.equal((await unknown('untitled:Untitled-7')).length, 1);
      // And the simulator answers for it: the user holds the role object's role.
      await s.open(proposed, text);
      const m = await s.request<ModelSummary>(ModelRequest.method, { uri: proposed });
      assert.deepEqual(m.users.find((u) => u.name === 'name@example.com')?.roles, ['SOAP Sync']);
      await s.close(proposed);
    });

    it('code lenses on a role object of a project with no role file say nothing about users', async () => {
      const dir = workspace({
        'manifest.xml': '<manifest projecttype="ACCOUNTCUSTOMIZATION"></manifest>\n',
        'src/Objects/customrole1000.xml':
          '<role scriptid="customrole1000">\n  <centertype>BASIC</centertype>\n  <name>Sync</name>\n  <permissions>\n    <permission>\n      <permkey>ADMI_LOGIN_OAUTH</permkey>\n      <permlevel>FULL</permlevel>\n    </permission>\n  </permissions>\n</role>\n',
      });
      const t = await TestServer.start({ folders: [dir] });
      try {
        const file = path.join(dir, 'src/Objects/customrole1000.xml');
        const uri = fileUri(file);
        await t.open(uri, fs.readFileSync(file, 'utf8'), 'xml');
        const lenses = await t.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
        assert.deepEqual(
          lenses.map((l) => l.command!.title),
          ['token login (RESTlets, web services) · no own tokens · no tokens for others'],
        );
      } finally {
        await t.stop();
      }
    });

    it('nsroles/exportSdfRole: the role at the cursor, for src/Objects of its project', async () => {
      const dir = workspace({
        'manifest.xml': '<manifest projecttype="ACCOUNTCUSTOMIZATION"></manifest>\n',
        'src/Objects/customrole_admin.xml':
          '<role scriptid="customrole_admin">\n  <centertype>BASIC</centertype>\n  <name>Admin</name>\n  <tfarequired>FULL</tfarequired>\n  <tfaduration>7</tfaduration>\n</role>\n',
        'access.nsroles':
          'role "Token Admin" {\n  permission "Access Token Management" full\n}\nrole "Login" { id customrole_admin_login; permission ADMI_LOGIN_OAUTH full }\nuser "u" { role "Token Admin"; role customrole_admin }\nrole "Administrator" { administrator }\n',
      });
      const t = await TestServer.start({ folders: [dir] });
      try {
        const uri = fileUri(path.join(dir, 'access.nsroles'));
        const text = fs.readFileSync(path.join(dir, 'access.nsroles'), 'utf8');
        await t.open(uri, text);
        const ask = (position: { line: number; character: number }) => t.request<ExportSdfRoleResult>(ExportSdfRoleRequest.method, { uri, position });
        const r = await ask(posOf(text, 'permission "Access', 3));
        assert.ok(r.ok);
        assert.equal(r.role, 'Token Admin');
        assert.equal(r.fileName, 'customrole_token_admin.xml');
        assert.equal(r.target, fileUri(path.join(dir, 'src/Objects/customrole_token_admin.xml')));
        assert.equal(r.targetExists, false);
        // Highly privileged: 2FA with the project's own values, and nothing for the SDF rules to report.
        assert.match(r.xml, /<tfarequired>FULL<\/tfarequired>\n {2}<tfaduration>7<\/tfaduration>/);
        assert.deepEqual(lintSdfRole(parseSdfRole(path.join(dir, 'src/Objects', r.fileName), r.xml)), []);
        // From a reference, with its id as the scriptid.
        const byRef = await ask(posOf(text, 'role "Token Admin"', 8, 1));
        assert.ok(byRef.ok && byRef.scriptid === 'customrole_token_admin');
        const login = await ask(posOf(text, 'role "Login"', 2));
        assert.ok(login.ok && login.scriptid === 'customrole_admin_login');
        assert.deepEqual(await ask(posOf(text, 'customrole_admin }', 3)), {
          ok: false,
          error: "Role 'Admin' is already a SuiteCloud role object (customrole_admin.xml).",
        });
        const admin = await ask(posOf(text, 'role "Administrator"', 8));
        assert.ok(!admin.ok && /built-in Administrator role/.test(admin.error));
        assert.deepEqual(await ask(posOf(text, 'user "u"', 1)), { ok: false, error: 'Put the cursor on a role: in its block or on a reference to it.' });
      } finally {
        await t.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
