import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Hover, Location, MarkupContent } from 'vscode-languageserver-protocol/node';
import { fileUri, posOf, rangeOf, ROOT, TestServer } from './harness';

// Role objects as NetSuite exports them, with the custom record and segment they name.
const PROJECT = path.join(ROOT, 'test/fixtures/netsuite-export');
const OBJECTS = path.join(PROJECT, 'src/Objects');
const read = (name: string) => fs.readFileSync(path.join(OBJECTS, name), 'utf8');

describe("server: NetSuite's permission list and custom object references", () => {
  let s: TestServer;
  before(async () => {
    s = await TestServer.start({ folders: [PROJECT] });
  });
  after(() => s.stop());

  async function definition(uri: string, text: string, needle: string): Promise<Location[] | null> {
    return s.request<Location[] | null>('textDocument/definition', { textDocument: { uri }, position: posOf(text, needle, 3) });
  }

  async function hover(uri: string, text: string, needle: string): Promise<string> {
    const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: posOf(text, needle, 3) });
    assert.ok(h, `no hover at ${needle}`);
    return (h.contents as MarkupContent).value;
  }

  it('go to definition: a qualified reference in a role object reaches the object file, at its scriptid', async () => {
    const text = read('customrole1001.xml');
    const uri = fileUri(path.join(OBJECTS, 'customrole1001.xml'));
    await s.open(uri, text, 'xml');
    const record = await definition(uri, text, '[appid=com.example.app, scriptid=customrecord_x]');
    assert.deepEqual(record, [{ uri: fileUri(path.join(OBJECTS, 'customrecord_x.xml')), range: rangeOf(read('customrecord_x.xml'), 'customrecord_x') }]);
    const segment = await definition(uri, text, '[type=customsegment, scriptid=cseg2]');
    assert.deepEqual(segment, [{ uri: fileUri(path.join(OBJECTS, 'cseg2.xml')), range: rangeOf(read('cseg2.xml'), 'cseg2') }]);
    // Not in the project: nowhere to go.
    assert.equal(await definition(uri, text, 'customrecord_log'), null);
    await s.close(uri);
  });

  it('go to definition from a role file of the project: customrecord_x and "[scriptid=cseg2]"', async () => {
    const text = 'role "Log Reader" {\n  permission customrecord_x view\n  permission "[scriptid=cseg2]" view\n}\n';
    const uri = fileUri(path.join(PROJECT, 'access.nsroles'));
    await s.open(uri, text);
    assert.deepEqual(await definition(uri, text, 'customrecord_x'), [
      { uri: fileUri(path.join(OBJECTS, 'customrecord_x.xml')), range: rangeOf(read('customrecord_x.xml'), 'customrecord_x') },
    ]);
    assert.deepEqual(await definition(uri, text, '"[scriptid=cseg2]"'), [
      { uri: fileUri(path.join(OBJECTS, 'cseg2.xml')), range: rangeOf(read('cseg2.xml'), 'cseg2') },
    ]);
    // The references are accepted: no unknown-permission finding.
    const { diagnostics } = await s.diagnostics(uri);
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'NSR-UNKNOWN-PERMISSION'),
      [],
    );
    await s.close(uri);
  });

  it('hover in a role object: a listed ID with name, category and 2FA basis; a qualified reference; an ID absent from the list', async () => {
    const text = read('customrole1001.xml');
    const uri = fileUri(path.join(OBJECTS, 'customrole1001.xml'));
    await s.open(uri, text, 'xml');
    const oauth2 = await hover(uri, text, 'ADMI_LOGIN_OAUTH2');
    assert.match(
      oauth2,
      /^\*\*Log In using OAuth 2\\\.0 Access Tokens\*\* · permission ID ADMI\\_LOGIN\\_OAUTH2\n\n\*\*Levels:\*\* [A-Z, ]+( \(this line: \w+\))? · \*\*Category:\*\* Administration · /,
    );
    assert.match(oauth2, /\*\*2FA:\*\* not made mandatory by it \(inferred\)\n\n.*2FA basis: a third party/);
    const saml = await hover(uri, text, 'ADMI_SAMLSSO');
    assert.match(saml, /^\*\*SAML Single Sign\\-on\*\* · permission ID ADMI\\_SAMLSSO/);
    const qualified = await hover(uri, text, '[appid=com.example.app, scriptid=customrecord_x]');
    assert.match(qualified, /custom object permission\n\nAccess to the custom object with script ID customrecord\\_x \(SuiteApp com\\\.example\\\.app\)/);
    await s.close(uri);

    const unlisted = text.replace('<permkey>LIST_INTEGRAPP</permkey>', '<permkey>LIST_INTEGRAPPX</permkey>');
    await s.open(uri, unlisted, 'xml');
    assert.match(
      await hover(uri, unlisted, 'LIST_INTEGRAPPX'),
      /not in NetSuite's published permission list\n\nNetSuite exports some IDs that the list lacks, so it may be right/,
    );
    const d = (await s.diagnostics(uri)).diagnostics.find((x) => x.code === 'SDF-UNKNOWN-PERMKEY')!;
    assert.equal(d.severity, 3, 'information');
    // An extension of a real ID gets no did-you-mean, so no quick fix but "ignore".
    const actions = await s.codeActions(uri, d.range, [d]);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Ignore SDF-UNKNOWN-PERMKEY on this line'],
    );
    await s.close(uri);
  });
});
