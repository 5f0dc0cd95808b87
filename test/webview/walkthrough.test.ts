import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { AccountIndex, decide, factsOf, lintAccount, troubleshoot } from '../../server/src/engine';
import { CONTEXT_ASKED_RESTLET, CONTEXT_OPENED_ROLE_FILE, CONTEXT_SAVED_EXPECT, CONTEXT_TROUBLESHOOT } from '../../client/src/simulator/contextKeys';
import { NEW_ROLE_FILE_TEMPLATE } from '../../client/src/template';
import { load } from '../helpers/memory';

const ROOT = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; svg?: string };
  completionEvents: string[];
}

const steps: Step[] = manifest.contributes.walkthroughs[0].steps;
const media = (id: string) => fs.readFileSync(path.join(ROOT, steps.find((s) => s.id === id)!.media.markdown!), 'utf8');

describe('walkthrough: manifest, media and the sample it walks through', () => {
  it('has 4 to 7 steps, each with media under media/walkthrough and a completion event', () => {
    assert.strictEqual(manifest.contributes.walkthroughs.length, 1);
    assert.ok(steps.length >= 4 && steps.length <= 7, `${steps.length} steps`);
    for (const s of steps) {
      const file = s.media.markdown ?? s.media.svg;
      assert.ok(file && /^media\/walkthrough\/[\w.-]+\.(md|svg)$/.test(file), `${s.id}: media ${file}`);
      assert.ok(fs.existsSync(path.join(ROOT, file)), `${s.id}: ${file} is missing`);
      assert.ok(s.completionEvents.length > 0, `${s.id}: no completion event`);
    }
  });

  it('completes the simulator steps on the context keys the panel sets', () => {
    const events = steps.flatMap((s) => s.completionEvents);
    assert.ok(steps.find((s) => s.id === 'openRoleFile')!.completionEvents.includes(`onContext:${CONTEXT_OPENED_ROLE_FILE}`));
    assert.ok(events.includes(`onContext:${CONTEXT_ASKED_RESTLET}`));
    assert.ok(events.includes(`onContext:${CONTEXT_SAVED_EXPECT}`));
    assert.ok(events.includes(`onContext:${CONTEXT_TROUBLESHOOT}`));
    assert.ok(events.includes('onCommand:nsroles.openSimulator'));
  });

  it('links only to commands the extension contributes (or VS Code has)', () => {
    const ours = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    for (const s of steps) {
      for (const [, id, args] of s.description.matchAll(/\(command:([\w.]+)(?:\?([^)]*))?\)/g)) {
        if (id.startsWith('nsroles.')) assert.ok(ours.has(id), `${s.id} links to ${id}, which is not contributed`);
        else assert.match(id, /^(workbench|editor)\./);
        if (args)
          assert.ok(
            [{ user: 'svc-orders', role: 'RESTlet Integration' }, { troubleshoot: { token: 'orders-prod' } }].some((a) =>
              isDeepStrictEqual(JSON.parse(decodeURIComponent(args)), a),
            ),
            `${s.id}: ${args}`,
          );
      }
    }
  });

  it('tells the truth about the New Role File sample: the finding, the RESTlet answer and its expect line', () => {
    // Step 2: `view` on a token permission is flagged.
    assert.ok(media('fixFinding').includes('permission "Log in using Access Tokens" full'));
    const broken = NEW_ROLE_FILE_TEMPLATE.replace('permission "Log in using Access Tokens" full', 'permission "Log in using Access Tokens" view');
    assert.notStrictEqual(broken, NEW_ROLE_FILE_TEMPLATE);
    assert.ok(lintAccount(load(broken)).some((f) => f.rule === 'TBA-PERM-LEVEL'));

    // Step 4: svc-orders may call a RESTlet, with the quoted sentence; Web Services Only flips it.
    const ask = (text: string) => {
      const { model } = load(text);
      return decide(factsOf(model, new AccountIndex(model)), { user: 'svc-orders', role: 'RESTlet Integration', action: 'restlet-login' });
    };
    const allow = ask(NEW_ROLE_FILE_TEMPLATE);
    assert.strictEqual(allow.decision, 'allow');
    const quote = /\*"([\s\S]+?)"\*/.exec(media('askRestlet'))![1].replace(/\s+/g, ' ');
    assert.ok(
      allow.citations.some((c) => c.quote === quote),
      `"${quote}" is not cited`,
    );
    const wso = ask(
      NEW_ROLE_FILE_TEMPLATE.replace('permission "Log in using Access Tokens" full', 'permission "Log in using Access Tokens" full\n  web-services-only'),
    );
    assert.deepStrictEqual([wso.decision, wso.rule], ['deny', 'TBA-WSO-RESTLET']);

    // Step 5: the expect line shown is the one that records that answer.
    assert.ok(media('saveExpect').includes('expect "svc-orders" as "RESTlet Integration" can restlet-login'));

    // "When a login fails": on the sample every cause of consumer_key_refused is absent; blocked, the first is present.
    assert.ok(media('troubleshoot').includes('token "orders-prod"') && NEW_ROLE_FILE_TEMPLATE.includes('token "orders-prod"'));
    const statuses = (text: string) => troubleshoot(load(text), 'consumer_key_refused', { token: 'orders-prod' }).causes.map((c) => c.status);
    assert.deepStrictEqual(statuses(NEW_ROLE_FILE_TEMPLATE), ['absent', 'absent']);
    assert.ok(NEW_ROLE_FILE_TEMPLATE.includes('  state enabled') && media('troubleshoot').includes('`state blocked`'));
    assert.deepStrictEqual(statuses(NEW_ROLE_FILE_TEMPLATE.replace('  state enabled', '  state blocked')), ['present', 'absent']);
  });
});
