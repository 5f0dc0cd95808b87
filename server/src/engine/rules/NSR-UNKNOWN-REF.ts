import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-UNKNOWN-REF',
  title: 'Reference to an undefined role, user, integration or token',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.language,
      "A role reference (in `user`, `token`, `expect … as`, CLI `--role`/`--for-role`) is either the role's quoted name or its bare id",
    ),
    quote(DOC_PAGES.language, 'User, integration and token references are quoted names.'),
  ],
  help: 'Correct the name (names compare case-insensitively) or define it.',
};
