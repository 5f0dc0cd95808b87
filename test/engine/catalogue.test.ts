import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { citationsOf, DOC_PAGES, RULES, SOURCES } from '../../server/src/engine';

const dir = path.join(__dirname, '../../docs/sources');
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const language = norm(read('nsroles-language.md'));

/** A stored NetSuite page: its URLs (header) and its text (the verbatim blocks, without the researcher's notes). */
interface StoredPage {
  file: string;
  urls: string[];
  oracle: boolean;
  text: string;
}

/** The copies in docs/sources/netsuite-help, read as the shared store writes them. */
function storedPages(): StoredPage[] {
  const pagesDir = path.join(dir, 'netsuite-help');
  return (
    fs
      .readdirSync(pagesDir)
      .filter((f) => f.endsWith('.md'))
      // A page copy has its URLs in a header and its text under "## Stored text"; other files are notes.
      .filter((f) => fs.readFileSync(path.join(pagesDir, f), 'utf8').includes('## Stored text'))
      .map((file) => {
        const raw = fs.readFileSync(path.join(pagesDir, file), 'utf8');
        const [head, body = ''] = raw.split('## Stored text');
        const urls = [...head.matchAll(/^\s+- (https:\/\/\S+)/gm)].map((m) => m[1]);
        const blocks = [...body.matchAll(/~~~~text\n([\s\S]*?)\n~~~~/g)].map((m) => m[1]);
        // Lines starting with `### ` and whole-line [bracketed] notes are annotations, not page text.
        const text = blocks
          .join('\n')
          .split('\n')
          .filter((l) => !l.startsWith('### ') && !/^\s*\[[^\]]*\]\s*$/.test(l))
          .join('\n');
        return { file, urls, oracle: !/NON-ORACLE/.test(head), text: norm(text.replace(/\[\.\.\.CUT\.\.\.\]/g, ' ')) };
      })
  );
}

const PAGE_FILES = storedPages();

function pageAt(url: string): StoredPage | undefined {
  return PAGE_FILES.find((p) => p.urls.includes(url));
}

describe('rule catalogue', () => {
  it('has unique, well-formed ids and complete metadata', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of RULES) {
      assert.match(r.id, /^(TBA|NSR|SDF)-[A-Z0-9]+(-[A-Z0-9]+)*$/);
      assert.ok(r.title && r.help, r.id);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(r.severity), r.id);
      assert.ok(r.quotes.length > 0, `${r.id} has no quote`);
      if (r.basis === 'inferred') assert.ok(r.inferredFrom, `${r.id} is inferred but does not say from what`);
      else assert.equal(r.inferredFrom, undefined, `${r.id} is documented but says it is inferred`);
    }
  });

  it("the stored pages are Oracle's, each with its URL", () => {
    assert.ok(PAGE_FILES.length >= 20, `${PAGE_FILES.length} pages`);
    for (const p of PAGE_FILES) {
      assert.ok(p.oracle, `${p.file} is not an Oracle page`);
      assert.ok(p.urls.length > 0 && p.text.length > 100, `${p.file}: no URL or no text`);
    }
  });

  it('every quote of every rule is verbatim (whitespace-normalised) in the stored page its URL names; only the language contract has none', () => {
    let checked = 0;
    for (const r of RULES) {
      for (const q of r.quotes) {
        if (q.url === undefined) {
          assert.equal(q.source, SOURCES.language, `${r.id}: a quote of "${q.source}" without a URL`);
          assert.ok(language.includes(norm(q.text)), `${r.id}: not in the language contract: ${q.text}`);
          continue;
        }
        const page = pageAt(q.url);
        assert.ok(page, `${r.id}: no stored page for ${q.url}`);
        assert.ok(page.text.includes(norm(q.text)), `${r.id}: not found in ${page.file} (${q.url}): ${q.text}`);
        checked++;
      }
    }
    assert.ok(checked > 50, `${checked} quotes checked`);
  });

  it('every citation names the page title its URL belongs to, and the rules quote every page they name', () => {
    const byUrl = new Map(Object.values(DOC_PAGES).flatMap((p) => ('url' in p ? [[p.url, p.title] as const] : [])));
    const quoted = new Set<string>();
    for (const r of RULES) {
      for (const c of citationsOf(r)) {
        if (c.url === undefined) continue;
        assert.equal(c.source, byUrl.get(c.url), `${r.id}: ${c.url}`);
        quoted.add(pageAt(c.url)!.file);
      }
      if (r.remedyUrl) assert.ok(pageAt(r.remedyUrl), `${r.id}: remedy page ${r.remedyUrl} not stored`);
    }
    // Other features (troubleshoot) quote some stored pages too; the rules alone quote this many.
    assert.ok(quoted.size >= 25, `${quoted.size} pages quoted by the rules`);
  });

  it('every rule-stating sentence of "Set Up Token-based Authentication Roles" is cited by a rule', () => {
    // Sentences that state no rule: headings, cross-references and lead-ins.
    const notRules = [
      'For more information, see Authentication Overview and Mandatory Two-Factor Authentication (2FA) for NetSuite Access.',
      'If you need more information about creating or customizing roles, see:',
      'Users with this permission:',
      'See Assign Users to Token-based Authentication Roles.',
      // Steps: how to change NetSuite, not why; rules carry them as their remedy, with this page's URL.
      'To add permissions to a role, go to Setup > Users/Roles > User Management > Manage Roles.',
      'Select a role to customize.',
      'On the Permission tab, Setup subtab, choose the permission from the list and click Add.',
    ];
    const sentences = read('set-up-tba-roles.txt')
      .split('\n')
      .map((l) => l.replace(/^\s*•\s*/, '').trim())
      .filter((l) => /[.:]$/.test(l) && l.split(' ').length > 3)
      .flatMap((l) => l.split(/(?<=\.)\s+(?=[A-Z])/))
      .filter((s) => !notRules.includes(s));
    assert.ok(sentences.length >= 10, `only ${sentences.length} sentences found`);
    const quoted = RULES.flatMap((r) => r.quotes.filter((q) => q.url === DOC_PAGES.seed.url).map((q) => norm(q.text)));
    const uncited = sentences.filter((s) => !quoted.some((q) => q.includes(norm(s))));
    assert.deepEqual(uncited, []);
  });
});

describe('engine purity', () => {
  it('nothing under server/src/engine imports vscode*, fs or child_process', () => {
    const root = path.join(__dirname, '../../server/src/engine');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(root);
    assert.ok(files.length > 20);
    const bad = /(?:from|require\()\s*['"](?:node:)?(vscode[^'"]*|fs|fs\/promises|child_process)['"]/;
    for (const f of files) assert.doesNotMatch(fs.readFileSync(f, 'utf8'), bad, path.relative(root, f));
  });
});
