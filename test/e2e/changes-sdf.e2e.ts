// The Changes tab in a SuiteCloud project: a role object (src/Objects/customrole1000.xml)
// committed, then deleted with git while the workbench is open (the status bar's count follows
// with no edit). The working copy no longer has the file, so only its HEAD
// text (read through VS Code's git extension) can show that its user loses access.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import {
  type CodeServer,
  type E2EBrowser,
  ensureCodeServer,
  launchBrowser,
  openFile,
  openWorkbench,
  screenshot,
  startCodeServer,
  type TempWorkspace,
  tempWorkspace,
} from './harness';
import { simulatorFrame } from './simulator';
import { buildVsix, type BuiltVsix, UI_TIMEOUT_MS } from './workbench';

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

describe('the Changes tab in a SuiteCloud project: a role object deleted since HEAD (code-server + Chromium)', function () {
  let vsix: BuiltVsix | undefined;
  let workspace: TempWorkspace | undefined;
  let server: CodeServer | undefined;
  let browser: E2EBrowser | undefined;
  let page: Page;
  let gitRm: () => void;

  before(async function () {
    ensureCodeServer();
    vsix = buildVsix();
    workspace = tempWorkspace({
      'manifest.xml': '<manifest projecttype="ACCOUNTCUSTOMIZATION">\n  <projectname>orders</projectname>\n</manifest>\n',
      'src/Objects/customrole1000.xml': ROLE,
      'roles.nsroles': 'user "svc-orders" { role customrole1000 }\n',
    });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
        cwd: workspace!.folder,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'orders');
    gitRm = () => git('rm', '-q', 'src/Objects/customrole1000.xml');
    server = await startCodeServer({ folder: workspace.folder, settings: { 'git.enabled': true }, extensionVsix: vsix.path });
    browser = await launchBrowser();
    page = await browser.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openWorkbench(page, server.url);
  });

  after(async function () {
    await browser?.close();
    await server?.stop();
    workspace?.remove();
    vsix?.remove();
  });

  it("the deleted role object's user loses access, with HEAD's lines of the object", async function () {
    await openFile(page, 'roles.nsroles');
    await page.locator('.statusbar-item', { hasText: 'Access: +0 / \u22120 since HEAD' }).waitFor({ timeout: UI_TIMEOUT_MS });
    // Deleted with git while the workbench is open, no edit in the editor: the count follows.
    gitRm();
    const item = page.locator('.statusbar-item', { hasText: /Access: \+0 \/ \u2212[1-9]\d* since HEAD/ });
    await item.waitFor({ timeout: UI_TIMEOUT_MS });
    await item.click();
    const frame = await simulatorFrame(page);
    await frame.getByRole('tab', { name: 'Changes', selected: true }).waitFor({ timeout: UI_TIMEOUT_MS });
    const results = frame.locator('#panel-changes .ch-results[aria-busy="false"]');
    await results.locator('h2', { hasText: /^\+0 granted, −2 revoked since HEAD$/ }).waitFor({ timeout: UI_TIMEOUT_MS });
    const restlet = results.locator('section', { has: frame.locator('h3 code', { hasText: 'restlet-login' }) });
    await restlet.locator('.ch-who strong', { hasText: 'svc-orders' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await restlet.locator('.ch-lines li.removed', { hasText: '<permkey>ADMI_LOGIN_OAUTH</permkey>' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await screenshot(page, 'changes-sdf-deleted-object');
  });
});
