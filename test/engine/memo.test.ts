import { strict as assert } from 'assert';
import fc from 'fast-check';
import { accountIndexOf, decide, factsOf } from '../../server/src/engine';
import { request } from '../../server/src/engine/decide';
import { DecisionMemo } from '../../server/src/engine/memo';
import { CHANNELS } from '../../server/src/engine/vocabulary';
import { fuzz } from '../helpers/fuzz';
import { load } from '../helpers/memory';

// Roles and users that differ in everything a token decision reads of its target, with active
// token managers among them, so the questions get past the actor to the target.
const often = fc.integer({ min: 0, max: 3 }).map((n) => n > 0);
const seldom = fc.integer({ min: 0, max: 4 }).map((n) => n === 0);
const role = fc.record({ administrator: seldom, inactive: seldom, wso: seldom, login: fc.boolean(), uat: fc.boolean(), atm: often });
const user = fc.record({ inactive: seldom, roles: fc.uniqueArray(fc.nat({ max: 5 }), { minLength: 1, maxLength: 3 }) });
const account = fc
  .record({ roles: fc.array(role, { minLength: 2, maxLength: 6 }), users: fc.array(user, { minLength: 2, maxLength: 5 }) })
  .map(({ roles, users }) =>
    [
      'account "Acme" { token-based-authentication enabled }',
      ...roles.map((r, i) => {
        const body = [
          r.administrator && 'administrator',
          r.login && 'permission ADMI_LOGIN_OAUTH',
          r.uat && 'permission ADMI_MANAGE_OWN_OAUTH_TOKENS',
          r.atm && 'permission ADMI_MANAGE_OAUTH_TOKENS',
          r.wso && 'web-services-only',
          r.inactive && 'inactive',
        ].filter(Boolean);
        return `role "R${i}" { ${body.join('; ')} }`;
      }),
      ...users.map((u, i) => `user "u${i}" { ${[...u.roles.map((k) => `role "R${k % roles.length}"`), ...(u.inactive ? ['inactive'] : [])].join('; ')} }`),
    ].join('\n'),
  );

describe('decision memo: questions about other users’ tokens, keyed by the kind of target', () => {
  it('answers every brief question as decide does, with one memo asked about every target in turn', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(account, (text) => {
        const { model } = load(text);
        const facts = factsOf(model, accountIndexOf(model));
        const memo = new DecisionMemo();
        memo.nextGeneration();
        for (const actor of model.users)
          for (const role of model.roles)
            for (const tu of model.users)
              for (const tr of model.roles)
                for (const action of ['issue-token', 'revoke-token'] as const)
                  for (const channel of [undefined, ...CHANNELS]) {
                    const req = request(actor.name, role.name, action, { user: tu.name, role: tr.name }, channel, undefined);
                    const keys = { user: actor.key, role: role.key, target: { user: tu.key, role: tr.key } };
                    const want = decide(facts, req);
                    if (tu.key !== actor.key) seen.add(want.decision === 'allow' ? 'allow' : want.rule);
                    assert.equal(memo.decision(facts, req, keys), want.decision, JSON.stringify(req));
                  }
        // A full verdict names its target: never one remembered for another target of its kind.
        const [a, b] = model.users;
        for (const tr of model.roles) {
          const req = request(a.name, model.roles[0].name, 'issue-token', { user: b.name, role: tr.name }, undefined, undefined);
          assert.deepEqual(memo.decide(facts, req, { user: a.key, role: model.roles[0].key, target: { user: b.key, role: tr.key } }), decide(facts, req));
        }
      }),
      fuzz(80, 424242, 4),
    );
    // Each way the target decides it came up.
    for (const outcome of ['allow', 'TBA-INACTIVE', 'TBA-ROLE-NOT-HELD', 'TBA-ADMIN-TARGET', 'TBA-TOKEN-ROLE-TBA']) assert.ok(seen.has(outcome), outcome);
  });
});
