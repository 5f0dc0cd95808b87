import { strict as assert } from 'assert';
import { lintAccount, linesOf, tbaEnabled } from '../../server/src/engine';
import { load } from '../helpers/memory';

const ROLE = 'role "R" { permission ADMI_LOGIN_OAUTH }\nuser "u" { role "R" }\n';

function conflicts(text: string, extra: Record<string, string> = {}) {
  const loaded = load(text, extra);
  return lintAccount(loaded)
    .filter((f) => f.rule === 'NSR-ACCOUNT-CONFLICT')
    .map((f) => {
      const at = linesOf(loaded, f.loc.file)!.position(f.loc.span.start);
      const rel = f.related?.[0];
      const relAt = rel ? linesOf(loaded, rel.loc.file)!.position(rel.loc.span.start) : undefined;
      return {
        where: `${f.loc.file}:${at.line + 1}`,
        message: f.message,
        related: relAt ? `${rel!.loc.file}:${relAt.line + 1}` : undefined,
        model: loaded.model,
      };
    });
}

describe('NSR-ACCOUNT-CONFLICT: account blocks that disagree', () => {
  it('TBA enabled in the file and disabled in an included file: one finding on the later setting, related to the first', () => {
    const found = conflicts('include "shared.nsroles"\naccount "Acme" {\n  token-based-authentication enabled\n}\n' + ROLE, {
      '/shared.nsroles': 'account "Acme" {\n  token-based-authentication disabled\n}\n',
    });
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^token-based-authentication is (enabled|disabled) here but (enabled|disabled) in an earlier account block/);
    assert.deepEqual([found[0].where, found[0].related].sort(), ['/main.nsroles:3', '/shared.nsroles:2']);
    // Until the blocks agree, the feature counts as off, as the message says.
    assert.equal(tbaEnabled(found[0].model), false);
  });

  it('two account names in one file: a finding on the second name', () => {
    const found = conflicts('account "Acme Production" {}\naccount "Acme Sandbox" {}\n' + ROLE);
    assert.equal(found.length, 1);
    assert.equal(found[0].where, '/main.nsroles:2');
    assert.equal(found[0].related, '/main.nsroles:1');
    assert.match(found[0].message, /second account, 'Acme Sandbox', beside 'Acme Production'/);
  });

  it('blocks that agree, or a block that leaves the setting out, are no conflict', () => {
    assert.deepEqual(conflicts('account "Acme" { token-based-authentication enabled }\naccount "ACME" {}\n' + ROLE), []);
    assert.deepEqual(conflicts('account "Acme" {}\n' + ROLE, { '/x.nsroles': 'account "Other" {}' }), []);
  });
});
