import { AccountIndex, decide, evaluateExpect, factsOf, type LoadedAccount } from '../../server/src/engine';
import { load } from '../helpers/memory';
import { type AccountSpec, askIntegration, askRole, askUser, GHOST_INTEGRATION, GHOST_ROLE, GHOST_USER, render } from './account';
import { CedarAccount, type CedarAnswer, type Question } from './cedar';

const TOKEN_ACTIONS = ['issue-token', 'revoke-token'] as const;
const LOGIN_ACTIONS = ['restlet-login', 'web-services-login'] as const;
const CHANNELS = [undefined, 'access-tokens-page', 'settings-portlet', 'issuetoken-endpoint', 'authorization-flow'] as const;

/**
 * Every question about the account: every actor and acting role (held or not, declared or not),
 * action, target and channel; then the same without a target through each integration (declared
 * or not), since an integration's record gates a request whatever its target.
 */
export function* questions(spec: AccountSpec): Generator<Question> {
  const users = [...spec.users.map((u) => u.name), GHOST_USER];
  const roles = [...spec.roles.map((r) => r.name), GHOST_ROLE];
  const targets = [undefined, ...users.flatMap((user) => roles.map((role) => ({ user, role })))];
  const integrations = [...spec.integrations.map((i) => i.name), GHOST_INTEGRATION];
  for (const user of users) {
    for (const role of roles) {
      for (const action of LOGIN_ACTIONS) for (const channel of CHANNELS) yield strip({ user, role, action, channel });
      for (const action of TOKEN_ACTIONS) for (const target of targets) for (const channel of CHANNELS) yield strip({ user, role, action, target, channel });
      for (const integration of integrations)
        for (const action of [...LOGIN_ACTIONS, ...TOKEN_ACTIONS]) for (const channel of CHANNELS) yield strip({ user, role, action, channel, integration });
    }
  }
}

function strip(q: Question): Question {
  const out: Question = { user: q.user, role: q.role, action: q.action };
  if (q.target) out.target = q.target;
  if (q.channel) out.channel = q.channel;
  if (q.integration !== undefined) out.integration = q.integration;
  return out;
}

/** The question as the engine is asked it: names in the account's `ask` form. */
function asked(spec: AccountSpec, q: Question): Question {
  const out: Question = { ...q, user: askUser(spec, q.user), role: askRole(spec, q.role) };
  if (q.target) out.target = { user: askUser(spec, q.target.user), role: askRole(spec, q.target.role) };
  if (q.integration !== undefined) out.integration = askIntegration(spec, q.integration);
  return out;
}

export interface Disagreement {
  question: Question;
  engine: { decision: string; rule: string };
  cedar: CedarAnswer;
}

export interface Comparison {
  text: string;
  compared: number;
  /** How often each engine rule settled a question, by `allow RULE` / `deny RULE`. */
  outcomes: Map<string, number>;
  disagreements: Disagreement[];
}

/**
 * Asks the engine (through the `.nsroles` text) and Cedar (through entities) every question.
 * `loaded` replaces the rendered text with an account read from real files (the examples).
 */
export function compareAccount(spec: AccountSpec, loaded?: LoadedAccount): Comparison {
  const text = loaded ? `(the account in ${loaded.model.files.join(', ')})` : render(spec);
  const facts = factsOf((loaded ?? load(text)).model);
  const oracle = new CedarAccount(spec);
  const disagreements: Disagreement[] = [];
  const outcomes = new Map<string, number>();
  let compared = 0;
  for (const q of questions(spec)) {
    const v = decide(facts, asked(spec, q));
    const c = oracle.decide(q);
    compared++;
    const k = `${v.decision} ${v.rule}`;
    outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
    if (v.decision !== c.decision) disagreements.push({ question: q, engine: { decision: v.decision, rule: v.rule }, cedar: c });
  }
  return { text, compared, outcomes, disagreements };
}

const quoted = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The question as an `expect` line, names written the way the account's questions are asked. */
function expectLine(spec: AccountSpec, q: Question): string {
  const role = (name: string): string => (spec.ask === 'id' ? askRole(spec, name) : quoted(askRole(spec, name)));
  const target = q.target ? ` for ${quoted(askUser(spec, q.target.user))} as ${role(q.target.role)}` : '';
  const through = q.integration !== undefined ? ` with ${quoted(askIntegration(spec, q.integration))}` : '';
  return `expect ${quoted(askUser(spec, q.user))} as ${role(q.role)} can ${q.action}${target}${q.channel ? ` via ${q.channel}` : ''}${through}`;
}

/**
 * The same comparison through `expect` lines: every `stride`-th question is written into the
 * file, so binding and `expectRequest` are on the path too. An expect line naming an undeclared
 * user or role is not decided (the linter reports the name instead); Cedar must deny those.
 */
export function compareExpects(spec: AccountSpec, stride: number): Comparison {
  // Questions naming an undeclared user or role are most of the space but one path: fewer of them.
  const ghostly = (q: Question): boolean =>
    [q.user, q.role, q.target?.user, q.target?.role, q.integration].some((n) => n === GHOST_USER || n === GHOST_ROLE || n === GHOST_INTEGRATION);
  const asked = [...questions(spec)].filter((q, i) => i % (ghostly(q) ? stride * 8 : stride) === 0);
  const text = render(spec) + asked.map((q) => expectLine(spec, q)).join('\n') + '\n';
  const { model } = load(text);
  const index = new AccountIndex(model);
  const oracle = new CedarAccount(spec);
  const disagreements: Disagreement[] = [];
  const outcomes = new Map<string, number>();
  if (model.expects.length !== asked.length) throw new Error(`${asked.length} expect lines written, ${model.expects.length} read:\n${text}`);
  asked.forEach((q, i) => {
    const result = evaluateExpect(model.expects[i], model, index);
    const c = oracle.decide(q);
    const decision = result?.verdict.decision ?? 'deny';
    const rule = result?.verdict.rule ?? '(not decided: undeclared name)';
    outcomes.set(`${decision} ${rule}`, (outcomes.get(`${decision} ${rule}`) ?? 0) + 1);
    if (decision !== c.decision) disagreements.push({ question: q, engine: { decision, rule }, cedar: c });
  });
  return { text, compared: asked.length, outcomes, disagreements };
}

/** A readable report of the first disagreements, for assertion messages. */
export function report(c: Comparison, max = 5): string {
  const lines = c.disagreements.slice(0, max).map((d) => {
    const q = d.question;
    const target = q.target ? ` for "${q.target.user}" as "${q.target.role}"` : '';
    const via = q.channel ? ` via ${q.channel}` : '';
    const through = q.integration !== undefined ? ` with "${q.integration}"` : '';
    return `  "${q.user}" as "${q.role}" ${q.action}${target}${via}${through}: engine ${d.engine.decision} (${d.engine.rule}), cedar ${d.cedar.decision} (${d.cedar.reasons.join(', ') || 'no permit'})`;
  });
  return `${c.disagreements.length} disagreement(s) in\n${c.text}\n${lines.join('\n')}`;
}
