import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-UNKNOWN-REF',
  title: 'Reference to an undefined role, user, integration or token',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    {
      source: SOURCES.language,
      text: "A role reference (in `user`, `token`, `expect … as`, CLI `--role`/`--for-role`) is either the role's quoted name or its bare id",
    },
    { source: SOURCES.language, text: 'User, integration and token references are quoted names.' },
  ],
  help: 'Correct the name (names compare case-insensitively) or define it.',
};
