import { type RuleMeta, SOURCES } from '../citations';
import { accessLock, lines, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'NSR-ACCESS-CHANGED',
  title: 'Access differs from the committed snapshot',
  kind: 'lint',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'the access snapshot the team committed (`nsroles matrix --format json`, checked with `nsroles check --access-lock`): a decision that differs from it is a change nobody has reviewed yet',
  quotes: [
    {
      source: SOURCES.language,
      text: '`matrix --format json` prints `{"rows":[{"user","role","action","target":{"user","role"}|null,"decision"}...]}` covering every (user, held role) × action, and for `issue-token`/`revoke-token` also every other (user, held role) target.',
    },
  ],
  help: 'If the change is intended, write the snapshot again (`nsroles matrix FILE --format json > access.lock.json`) and commit it with the change; otherwise undo the edit that changed the access.',
};

export const examples = (): RuleExamples => ({
  checks:
    'With `nsroles check --access-lock access.lock.json`: every (user, held role) × action × token target whose decision differs from the committed snapshot (`nsroles matrix FILE --format json > access.lock.json`), one finding per change, on the line that settles the decision now. Here User Access Tokens was added to Developer after the snapshot, so dev may now create and revoke their own tokens.',
  avoid: {
    text: lines('role "Developer" {', '  permission "User Access Tokens"', '}', 'user "dev" { role "Developer" }'),
    files: { 'access.lock.json': accessLock('deny') },
  },
  prefer: {
    text: lines('role "Developer" {', '  permission "User Access Tokens"', '}', 'user "dev" { role "Developer" }'),
    files: { 'access.lock.json': accessLock('allow') },
  },
});
