/**
 * Names from a role file are untrusted: a role or user called `<img src=x onerror=alert(1)>`,
 * `](command:workbench.action.terminal.new)`, `$(alert)` or full of Markdown must show as
 * text in hovers, completion documentation, code lenses and diagnostics. Hover Markdown is
 * rendered here with markdown-it, HTML and autolinks on (worse than VS Code, which has both
 * off for us): the only elements are the ones the server writes, there is no link, and the
 * rendered text holds the name exactly as written.
 */
import { strict as assert } from 'assert';
import type { CodeLens, CompletionItem, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { parse } from '../../server/src/engine';
import { HOSTILE_NAMES, quote } from '../properties/accounts';
import { positionAt, TestServer } from './harness';

// markdown-it comes with @vscode/vsce; typed here for what the test uses.

const MarkdownIt = require('markdown-it') as new (o: object) => { render(src: string): string };
const markdown = new MarkdownIt({ html: true, linkify: true });

/** Elements the server's own hover Markdown produces. */
const OWN_TAGS = new Set(['p', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote', 'br', 'hr', 'code']);

function decode(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Renders hover Markdown and checks it carries no element or link of the names' making. */
function rendered(md: string): string {
  const html = markdown.render(md);
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    assert.ok(OWN_TAGS.has(m[1].toLowerCase()), `<${m[1]}${m[2]}> in the rendered hover:\n${md}\n→ ${html}`);
    assert.equal(m[2].trim(), '', `attributes on <${m[1]}>: ${m[2]}`);
  }
  return decode(html);
}

const IMG = HOSTILE_NAMES[0];
const CMD = HOSTILE_NAMES[1];
const LINK = HOSTILE_NAMES[2];
const MD = HOSTILE_NAMES[3];
const ICON = HOSTILE_NAMES[4];

const TEXT = [
  `role ${quote(IMG)} { id customrole_evil; permission ADMI_MANAGE_OAUTH_TOKENS; two-factor required }`,
  `role ${quote(CMD)} { permission ADMI_LOGIN_OAUTH }`,
  `role ${quote(MD)} { permission ADMI_MANAGE_OWN_OAUTH_TOKENS }`,
  `user ${quote(IMG)} { role ${quote(IMG)}; role ${quote(CMD)} }`,
  `user ${quote(ICON)} { role ${quote(CMD)} }`,
  `user ${quote(LINK)} { role ${quote(MD)} }`,
  `integration ${quote(LINK)} { token-based-authentication enabled }`,
  `token ${quote(HOSTILE_NAMES[5])} { user ${quote(ICON)}; role ${quote(CMD)}; integration ${quote(LINK)}; created-by ${quote(IMG)} }`,
  `expect ${quote(IMG)} as ${quote(IMG)} can issue-token for ${quote(ICON)} as ${quote(CMD)}`,
  `expect ${quote(ICON)} as ${quote('x](command:y)')} can restlet-login`,
  `role "Other" { permission ${quote(IMG)} }`,
  `include ${quote('<img src=x>.nsroles')}`,
  ...HOSTILE_NAMES.slice(5).map((n) => `role ${quote(n)} {}`),
  '',
].join('\n');

describe('server: names from the file render as text', () => {
  let s: TestServer;
  const uri = 'untitled:hostile-names';
  before(async () => {
    s = await TestServer.start();
    await s.open(uri, TEXT);
  });
  after(() => s.stop());

  it('the file is what the test means: it parses, and names every hostile string', () => {
    assert.deepEqual(parse(TEXT).errors, []);
    for (const n of HOSTILE_NAMES) assert.ok(TEXT.includes(quote(n)), n);
  });

  it('hovers on every name: only the server’s own elements, no link, and the name as written', async () => {
    let checked = 0;
    for (const name of [...HOSTILE_NAMES, 'x](command:y)', '<img src=x>.nsroles']) {
      const q = quote(name);
      for (let at = TEXT.indexOf(q); at >= 0; at = TEXT.indexOf(q, at + 1)) {
        const h = await s.request<Hover | null>('textDocument/hover', {
          textDocument: { uri },
          position: positionAt(TEXT, at + 1 + Math.floor(name.length / 2)),
        });
        if (!h) continue;
        const value = (h.contents as MarkupContent).value;
        assert.equal((h.contents as MarkupContent).kind, 'markdown');
        const text = rendered(value);
        assert.ok(text.includes(name.trim()), `hover on ${JSON.stringify(name)} does not show it as written:\n${value}\n→ ${text}`);
        checked++;
      }
    }
    assert.ok(checked >= 20, `only ${checked} hovers checked`);
  });

  it('completion documentation is safe Markdown, and every name is inserted as a string that reads back as the name', async () => {
    const text = `${TEXT}user "new" { role ‸ }\n`;
    const at = text.indexOf('‸');
    const doc = text.replace('‸', '');
    const u = 'untitled:hostile-completion';
    await s.open(u, doc);
    const items = await s.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', {
      textDocument: { uri: u },
      position: positionAt(doc, at),
    });
    const list = Array.isArray(items) ? items : items.items;
    for (const name of [IMG, CMD, MD]) {
      const item = list.find((i) => i.label === name);
      assert.ok(item, `no completion for ${name}`);
      const inserted = item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : item.insertText!;
      const arg = parse(`role ${inserted}`).statements[0].args[0];
      assert.equal(arg.value, name);
      // Documentation comes with completionItem/resolve, for the proposal shown.
      const resolved = await s.request<CompletionItem>('completionItem/resolve', item);
      assert.ok(resolved.documentation && typeof resolved.documentation !== 'string', `no documentation for ${name}`);
      rendered(resolved.documentation.value);
    }
    await s.close(u);
  });

  it('code lenses: `$(…)` in a name is escaped so VS Code shows it rather than an icon; commands are the extension’s own', async () => {
    const lenses = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.length > 5);
    for (const l of lenses) {
      assert.ok(['', 'nsroles.openSimulator'].includes(l.command!.command), l.command!.command);
      // An unescaped `$(` would draw a codicon in the lens title.
      assert.ok(!/(^|[^\\])\$\(/.test(l.command!.title), `icon syntax in lens title: ${l.command!.title}`);
    }
    const holders = lenses.find((l) => l.command!.title.includes('\\$(alert)'));
    assert.ok(holders, JSON.stringify(lenses.map((l) => l.command!.title)));
    // The simulator gets the names as data, exactly.
    const args = lenses.flatMap((l) => (l.command!.arguments ?? []) as { user?: string; role?: string }[]);
    // One Simulate lens per run of user lines (the first user's); the expect lines name the rest.
    assert.ok(args.some((a) => a.user === IMG && a.role === IMG));
    assert.ok(args.some((a) => a.user === ICON && a.role === 'x](command:y)'));
  });

  it('diagnostics carry names as plain text, exactly as written, linking only to NetSuite’s help pages', async () => {
    const d = (await s.diagnostics(uri)).diagnostics;
    assert.ok(d.length > 3);
    const all = d.map((x) => x.message).join('\n');
    assert.ok(all.includes(IMG) || all.includes(CMD), all);
    assert.ok(all.includes('x](command:y)'), all);
    for (const x of d)
      if (x.codeDescription) assert.match(x.codeDescription.href, /^https:\/\/docs\.oracle\.com\/en\/cloud\/saas\/netsuite\/ns-online-help\/\w+\.html$/);
  });
});
