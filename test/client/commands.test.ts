import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintAccount } from '../../server/src/engine';
import { COMMAND_CATEGORY, type CommandHost, COMMANDS, EXTERNAL_COMMANDS } from '../../client/src/commands';
import { DOCUMENT_SELECTOR, isShippedPage, NSROLES_LANGUAGE } from '../../client/src/documents';
import { NEW_ROLE_FILE_TEMPLATE } from '../../client/src/template';
import { load } from '../helpers/memory';
import { manifest, ROOT } from './manifest';

interface ManifestCommand {
  command: string;
  title: string;
  category?: string;
  icon?: string;
}

describe('commands: the table and package.json agree', () => {
  const declared = () => manifest().contributes.commands as ManifestCommand[];

  it('declares every command of the table and every command other modules register, with the same title', () => {
    for (const c of [...COMMANDS, ...EXTERNAL_COMMANDS]) {
      const d = declared().find((x) => x.command === c.id);
      assert.ok(d, `package.json does not declare ${c.id}`);
      assert.equal(d.title, c.title, c.id);
    }
  });

  it('names every command nsroles.camelCaseVerb, in the NetSuite TBA category, once', () => {
    const ids = declared().map((c) => c.command);
    assert.equal(new Set(ids).size, ids.length, 'a command is declared twice');
    for (const c of declared()) {
      assert.match(c.command, /^nsroles\.[a-z]+(?:[A-Z][a-z0-9]*)*$/, c.command);
      assert.equal(c.category, COMMAND_CATEGORY, c.command);
    }
    assert.equal(new Set(COMMANDS.map((c) => c.id)).size, COMMANDS.length);
  });

  it('runs each command through the host', async () => {
    const calls: string[] = [];
    const host: CommandHost = {
      restartServer: async () => void calls.push('restart'),
      showOutput: () => void calls.push('output'),
      newRoleFile: async () => void calls.push('new'),
      generateFromSdf: async () => void calls.push('generate'),
      exportSdfRole: async () => void calls.push('export'),
    };
    for (const c of COMMANDS) await c.run(host);
    assert.deepEqual(calls, ['restart', 'output', 'new', 'generate', 'export']);
  });

  it('shows Open Simulator in the editor title of role files, with a play icon', () => {
    const sim = declared().find((c) => c.command === 'nsroles.openSimulator')!;
    assert.equal(sim.icon, '$(play)');
    const entry = manifest().contributes.menus['editor/title'].find((m: { command: string }) => m.command === 'nsroles.openSimulator');
    assert.deepEqual(entry, { command: 'nsroles.openSimulator', when: 'resourceLangId == nsroles', group: 'navigation' });
  });
});

describe('manifest: activation, capabilities and contributions', () => {
  it('activates on the language, the simulator panel and SuiteCloud object files only, never on *', () => {
    // onLanguage:nsroles and onCommand: are implicit since VS Code 1.74; a SuiteCloud project
    // with role objects and no role file still needs the server for its XML. NetSuite exports
    // roles as customrole1000.xml: any object file activates, and its root decides (isRoleObject).
    assert.deepEqual(manifest().activationEvents, ['onWebviewPanel:nsroles.simulator', 'workspaceContains:**/Objects/*.xml']);
    assert.match(manifest().engines.vscode, /^\^1\.(7[4-9]|[89]\d)\./);
  });

  it('declares untrusted and virtual workspace support', () => {
    const caps = manifest().capabilities;
    assert.deepEqual(caps.untrustedWorkspaces, { supported: true });
    assert.ok(['limited', true].includes(caps.virtualWorkspaces.supported));
    if (caps.virtualWorkspaces.supported === 'limited') assert.ok(caps.virtualWorkspaces.description);
  });

  it('contributes the language, its grammar and configuration, and an icon, all present on disk', () => {
    const c = manifest().contributes;
    const lang = c.languages.find((l: { id: string }) => l.id === NSROLES_LANGUAGE);
    assert.deepEqual(lang.extensions, ['.nsroles']);
    assert.deepEqual(c.grammars, [{ language: NSROLES_LANGUAGE, scopeName: 'source.nsroles', path: './syntaxes/nsroles.tmLanguage.json' }]);
    for (const file of [lang.configuration, c.grammars[0].path, manifest().icon]) assert.ok(fs.existsSync(path.join(ROOT, file)), `${file} is missing`);
    const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, c.grammars[0].path), 'utf8'));
    assert.equal(grammar.scopeName, 'source.nsroles');
  });

  it('serves every nsroles document, whatever its scheme (untitled, virtual), and XML files (the server answers role objects only)', () => {
    assert.deepEqual(DOCUMENT_SELECTOR, [{ language: NSROLES_LANGUAGE }, { language: 'xml', pattern: '**/*.xml' }]);
  });

  it('offers Export role as SDF XML in role files only', () => {
    const menus = manifest().contributes.menus;
    for (const where of ['commandPalette', 'editor/context']) {
      const entry = menus[where].find((m: { command: string }) => m.command === 'nsroles.exportSdfRole');
      assert.equal(entry?.when, 'editorLangId == nsroles', where);
    }
  });
});

describe('new role file template', () => {
  it('is a realistic account with no error or warning, only the 2027 note on its integration', () => {
    const findings = lintAccount(load(NEW_ROLE_FILE_TEMPLATE));
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['TBA-2027-INTEGRATIONS'],
    );
    for (const keyword of ['account', 'role', 'user', 'integration', 'token', 'expect']) assert.match(NEW_ROLE_FILE_TEMPLATE, new RegExp(`^${keyword} `, 'm'));
  });
});

describe('rule and permission pages open rendered', () => {
  const folders = [
    { scheme: 'file', path: '/ext/nsroles-0.1.0/docs/rules' },
    { scheme: 'file', path: '/ext/nsroles-0.1.0/docs/permissions' },
  ];
  it('takes a shipped page, and nothing else', () => {
    assert.ok(isShippedPage({ scheme: 'file', path: '/ext/nsroles-0.1.0/docs/rules/TBA-2FA-REQUIRED.md' }, folders));
    assert.ok(isShippedPage({ scheme: 'file', path: '/ext/nsroles-0.1.0/docs/permissions/ADMI_LOGIN_OAUTH.md' }, folders));
    // The user's own docs, another scheme, a sub-folder, or not Markdown: left alone.
    assert.ok(!isShippedPage({ scheme: 'file', path: '/home/me/repo/docs/rules/TBA-2FA-REQUIRED.md' }, folders));
    assert.ok(!isShippedPage({ scheme: 'untitled', path: '/ext/nsroles-0.1.0/docs/rules/TBA-2FA-REQUIRED.md' }, folders));
    assert.ok(!isShippedPage({ scheme: 'file', path: '/ext/nsroles-0.1.0/docs/rules/x/README.md' }, folders));
    assert.ok(!isShippedPage({ scheme: 'file', path: '/ext/nsroles-0.1.0/docs/rules-old/A.md' }, folders));
    assert.ok(!isShippedPage({ scheme: 'file', path: '/ext/nsroles-0.1.0/docs/rules/A.txt' }, folders));
  });
});
