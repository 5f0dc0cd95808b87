import { strict as assert } from 'assert';
import { errorCodes } from '../../server/src/engine';
import { troubleshootResult } from '../../server/src/ide/troubleshoot';
import { load } from '../helpers/memory';

describe('ide: the troubleshoot request', () => {
  const loaded = load('account "A" { token-based-authentication disabled }\n');
  const result = (code: string) => troubleshootResult(loaded, code, {}, (f) => `file://${f}`);

  it('answers a TBA code with the report', () => {
    const r = result('featuredisabled');
    assert.equal(r.message, undefined);
    assert.equal(r.report?.error, 'FeatureDisabled');
  });

  it('an OAuth 2.0 code says it is one and where NetSuite lists it, then the TBA codes', () => {
    const r = result('InvalidScope');
    assert.equal(r.report, undefined);
    assert.match(
      r.message!,
      /^'InvalidScope' is an OAuth 2\.0 error, not a token-based authentication \(TBA\) one: see "Refresh Token Request Error Messages in the Login Audit Trail" \(https:\/\/docs\.oracle\.com\/\S+\); troubleshoot explains TBA errors\. Known codes: /,
    );
    for (const code of errorCodes()) assert.ok(r.message!.includes(code), code);
  });

  it('any other code is unknown', () => {
    assert.match(result('Bogus').message!, /^NetSuite's error tables have no code 'Bogus'\. Known codes: consumer_key_refused, /);
  });
});
