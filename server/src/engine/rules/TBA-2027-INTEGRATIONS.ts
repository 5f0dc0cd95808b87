import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-2027-INTEGRATIONS',
  title: 'New TBA integrations cannot be created from NetSuite 2027.1',
  kind: 'lint',
  severity: 'information',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.tbaUsers, 'As of 2027.1, no new integrations using TBA can be created for SOAP web services, REST web services, and RESTlets.'),
    quote(DOC_PAGES.tbaUsers, 'Existing integrations will continue working.'),
    quote(DOC_PAGES.tbaUsers, 'Use OAuth 2.0 for new RESTlets and REST web services integrations.'),
  ],
  help: 'Existing TBA integrations keep working; plan new integrations on OAuth 2.0.',
};
