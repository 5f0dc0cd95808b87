import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureChromium, findChromium } from '../../scripts/ensure-chromium.mjs';
import { launch } from './browser';

const root = path.join(__dirname, '../..');
const script = path.join(root, 'scripts/ensure-chromium.mjs');
const ABSENT = '/nonexistent/nsroles-test/chromium';

/** How a machine without /usr/bin/chromium finds one: the path tests pass instead of the default. */
describe('Chromium for the browser suites: found without the default path', function () {
  this.timeout(60000);
  let dir = '';
  let real = '';
  let link = '';
  before(() => {
    const found = findChromium();
    assert.ok(found.path, found.problem);
    real = found.path;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-chromium-'));
    // A Chromium somewhere else, under the name Debian gives it.
    link = path.join(dir, 'chromium');
    fs.symlinkSync(real, link);
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('NSROLES_CHROMIUM names it; else the PATH; else one line saying what to do', () => {
    assert.deepEqual(findChromium({ env: { NSROLES_CHROMIUM: link, PATH: '' }, defaultPath: ABSENT }), { path: link });
    assert.deepEqual(findChromium({ env: { PATH: `/nonexistent:${dir}` }, defaultPath: ABSENT }), { path: link });
    assert.match(
      findChromium({ env: { NSROLES_CHROMIUM: path.join(dir, 'nope') }, defaultPath: real }).problem ?? '',
      /NSROLES_CHROMIUM=.*nope is not an executable file/,
    );
    // No Chromium and no apt-get on PATH: nothing is installed, the message is one line.
    assert.throws(
      () => ensureChromium({ env: { PATH: dir + '-missing' }, defaultPath: ABSENT, log: () => assert.fail('nothing to install') }),
      (e: Error) => !e.message.includes('\n') && /^nsroles tests need Chromium: no Chromium at .* set NSROLES_CHROMIUM to its path\.$/.test(e.message),
    );
  });

  it('scripts/ensure-chromium.mjs, as npm test runs it: prints the path named, or one line and exit 1', () => {
    const ok = spawnSync(process.execPath, [script, '--print'], { encoding: 'utf8', env: { ...process.env, NSROLES_CHROMIUM: link } });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout, `${link}\n`);
    const bad = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, NSROLES_CHROMIUM: path.join(dir, 'nope') } });
    assert.equal(bad.status, 1);
    assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
    assert.match(bad.stderr, /is not an executable file/);
  });

  it('the webview suites launch the Chromium that NSROLES_CHROMIUM names', async () => {
    const saved = process.env.NSROLES_CHROMIUM;
    process.env.NSROLES_CHROMIUM = link;
    try {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        await page.setContent('<p id="p">launched</p>');
        assert.equal(await page.textContent('#p'), 'launched');
        assert.match(browser.version(), /^\d+\./);
      } finally {
        await browser.close();
      }
    } finally {
      if (saved === undefined) delete process.env.NSROLES_CHROMIUM;
      else process.env.NSROLES_CHROMIUM = saved;
    }
  });
});
