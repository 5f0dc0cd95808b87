import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';

export const rule: RuleMeta = {
  id: 'SDF-UNKNOWN-PERMKEY',
  title: 'Unknown permkey',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.sdfPermission, 'For information about other possible values, see generic_permission.'),
    quote(DOC_PAGES.language, 'an unknown name or ID is a warning, never a crash, and is not simulated.'),
  ],
  help: "Write the permission ID exactly as NetSuite spells it (e.g. ADMI_LOGIN_OAUTH), not its name. Every ID of NetSuite's published permission list is known, and custom object references (customrecord_…, cseg…, [scriptid=…], [appid=…, scriptid=…], [type=…, scriptid=…]) are accepted. An ID shaped like NetSuite's but absent from the list is reported as information only: NetSuite exports some IDs that the list lacks.",
};

export const examples = (): RuleExamples => ({
  checks:
    'A `<permkey>` that is empty, a permission name instead of its ID, a malformed reference, or not shaped like a permission ID (warning); or an ID shaped like NetSuite’s but absent from NetSuite’s published permission list (information only: NetSuite exports some IDs that the list lacks; a did-you-mean only for a plain typo, never preferred). Every listed ID, and custom object references (`customrecord_…`, `cseg…`, `[scriptid=…]`, `[appid=…, scriptid=…]`, `[type=…, scriptid=…]`), are accepted.',
  avoid: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['Log in using Access Tokens', 'FULL']]),
  },
  prefer: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
});
