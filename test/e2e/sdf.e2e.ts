// A SuiteCloud project with role objects and no role file, as NetSuite exports it
// (src/Objects/customrole1000.xml), in the real workbench: the extension starts, the empty
// simulator offers "Generate .nsroles from SDF roles", the generated file's users resolve
// before it is saved and the simulator answers for them; Save writes roles.nsroles beside src/
// (the proposed path: no dialog) and the roles still resolve. Screenshots in test-results/e2e/ (sdf-…).
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  type CodeServer,
  type E2EBrowser,
  ensureCodeServer,
  launchBrowser,
  openWorkbench,
  runCommand,
  screenshot,
  startCodeServer,
  type TempWorkspace,
  tempWorkspace,
} from './harness';
import { choose, pickUser, simulatorFrame, waitForVerdict } from './simulator';
import { activeEditor, buildVsix, type BuiltVsix, goToLine, showProblems, UI_TIMEOUT_MS, waitForEditorLine, problemRows } from './workbench';

const ROLE = `<role scriptid="customrole1000">
  <centertype>BASIC</centertype>
  <name>Orders Sync</name>
  <permissions>
    <permission>
      <permkey>ADMI_LOGIN_OAUTH</permkey>
      <permlevel>FULL</permlevel>
    </permission>
  </permissions>
</role>
`;

describe('a SuiteCloud project without role files (code-server + Chromium)', function () {
  let vsix: BuiltVsix | undefined;
  let workspace: TempWorkspace | undefined;
  let server: CodeServer | undefined;
  let browser: E2EBrowser | undefined;
  let page: Page;
  let failed = false;

  before(async function () {
    ensureCodeServer();
    vsix = buildVsix();
    workspace = tempWorkspace({
      'manifest.xml': '<manifest projecttype="ACCOUNTCUSTOMIZATION">\n  <projectname>orders</projectname>\n</manifest>\n',
      'src/Objects/customrole1000.xml': ROLE,
    });
    server = await startCodeServer({ folder: workspace.folder, extensionVsix: vsix.path });
    browser = await launchBrowser();
    page = await browser.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openWorkbench(page, server.url);
  });

  beforeEach(function () {
    if (failed) this.skip();
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    await screenshot(page, `FAILED-sdf-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
  });

  after(async function () {
    await browser?.close();
    await server?.stop();
    workspace?.remove();
    vsix?.remove();
  });

  it('the simulator, with no role file to follow, offers Generate .nsroles from SDF roles', async function () {
    // Just after the workbench opens, the palette may not list the extension's commands yet; a
    // person would open it again, and so do we.
    for (let attempt = 1; ; attempt++) {
      try {
        await runCommand(page, 'NetSuite TBA: Open Simulator');
        break;
      } catch (error) {
        if (attempt === 5) throw error;
        await page.keyboard.press('Escape');
        await page.waitForTimeout(2_000);
      }
    }
    const frame = await simulatorFrame(page);
    const header = frame.locator('header.file');
    await header.getByText('This workspace has SuiteCloud role objects and no .nsroles file.').waitFor({ timeout: UI_TIMEOUT_MS });
    await screenshot(page, 'sdf-01-simulator-offers-generate');
    await header.getByRole('button', { name: 'Generate .nsroles from SDF roles' }).click();
    // The command asks how to carry the roles over.
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Reference the roles by scriptid' }).first();
    await row.click({ timeout: UI_TIMEOUT_MS });
    await page.locator('.tabs-container .tab.active[data-resource-name="roles.nsroles"]').waitFor({ timeout: UI_TIMEOUT_MS });
    await waitForEditorLine(page, 5, '# Orders Sync (customrole1000): Log in using Access Tokens');
    await waitForEditorLine(page, 6, '# user "name@example.com" { role customrole1000 }');
  });

  it('unsaved, a user of the role referenced by scriptid resolves, and the simulator answers for it', async function () {
    // Uncomment the user line the file proposes.
    await goToLine(page, 6, 1);
    await page.keyboard.press('Delete');
    await page.keyboard.press('Delete');
    await waitForEditorLine(page, 6, 'user "name@example.com" { role customrole1000 }');
    const frame = await simulatorFrame(page);
    await frame.locator('header.file', { hasText: 'roles.nsroles' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await pickUser(frame, 'name@example.com');
    assert.equal(await frame.locator('#panel-simulate').getByLabel('Acting role', { exact: true }).inputValue(), 'Orders Sync');
    await choose(frame, 'Action', 'restlet-login');
    await waitForVerdict(frame, 'ALLOW', 'name@example.com as Orders Sync: restlet-login');
    await screenshot(page, 'sdf-02-generated-file-simulated');
    // No "not defined" for the role while the file is untitled.
    await showProblems(page);
    const rows = await problemRows(page);
    assert.deepEqual(
      rows.filter((r) => r.code === 'NSR-UNKNOWN-REF'),
      [],
    );
  });

  it('Save writes roles.nsroles beside src/, and the saved file still resolves and simulates', async function () {
    const saved = join(workspace!.folder, 'roles.nsroles');
    assert.equal(existsSync(saved), false);
    // Focus the generated file's editor (its tab), then save as a person would.
    await page.locator('.tabs-container .tab[data-resource-name="roles.nsroles"]').first().click();
    await activeEditor(page).locator('.view-lines').click();
    await page.keyboard.press('Control+S');
    // A file with a proposed path saves there; should the workbench ask first, its dialog must
    // propose that path, and Enter takes it.
    const dialog = page.locator('.quick-input-widget input');
    await Promise.race([
      dialog.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS }).then(async () => {
        assert.equal(await dialog.inputValue(), saved);
        await dialog.press('Enter');
      }),
      page.locator('.tabs-container .tab.active[data-resource-name="roles.nsroles"]:not(.dirty)').waitFor({ timeout: UI_TIMEOUT_MS }),
    ]);
    await page.locator('.tabs-container .tab.active[data-resource-name="roles.nsroles"]:not(.dirty)').waitFor({ timeout: UI_TIMEOUT_MS });
    for (let i = 0; i < 50 && !existsSync(saved); i++) await page.waitForTimeout(100);
    assert.match(readFileSync(saved, 'utf8'), /^user "name@example\.com" \{ role customrole1000 \}$/m);
    // The simulator follows the saved file and still answers for the role the user holds.
    const frame = await simulatorFrame(page);
    await frame.locator('header.file', { hasText: 'roles.nsroles' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await pickUser(frame, 'name@example.com');
    await choose(frame, 'Action', 'restlet-login');
    await waitForVerdict(frame, 'ALLOW', 'name@example.com as Orders Sync: restlet-login');
    await showProblems(page);
    assert.deepEqual(
      (await problemRows(page)).filter((r) => r.code === 'NSR-UNKNOWN-REF'),
      [],
    );
    await screenshot(page, 'sdf-03-saved');
  });
});
