import { BoundEntries } from './bound';
import { type Arg, type Statement, SyntaxNode, type SyntaxTree } from './syntax';
import type { Location, Span } from './text';
import { findPermission, isLevel, LEVELS } from './permissions';
import { knownWords } from './lexer';
import { ACTIONS, CENTER_TYPES, type CenterType, CHANNELS, isAction, isChannel, INTEGRATION_STATES, type IntegrationState, nameKey } from './vocabulary';
import type {
  AccountModel,
  ExpectLine,
  Flag,
  IntegrationDefinition,
  NameRef,
  PermissionGrant,
  RoleDefinition,
  RoleRef,
  TokenDefinition,
  UserDefinition,
} from './model';

/** Keywords allowed at the top level and inside each kind of block; completion uses these too. */
export const TOP_KEYWORDS = ['account', 'role', 'user', 'integration', 'token', 'include', 'expect'] as const;
export const BLOCK_KEYWORDS: Record<string, readonly string[]> = {
  account: ['token-based-authentication'],
  role: ['administrator', 'id', 'permission', 'two-factor', 'web-services-only', 'single-sign-on-only', 'center', 'inactive'],
  user: ['role', 'inactive'],
  integration: ['token-based-authentication', 'authorization-flow', 'callback-url', 'issuetoken-endpoint', 'state'],
  token: ['user', 'role', 'integration', 'created-by', 'revoked', 'inactive'],
};

// The language's own words, as the literals the engine compares them with (see knownWords).
knownWords([...TOP_KEYWORDS, ...Object.values(BLOCK_KEYWORDS).flat(), ...ACTIONS, ...CHANNELS, ...INTEGRATION_STATES, ...CENTER_TYPES, ...LEVELS]);
knownWords(['as', 'can', 'cannot', 'for', 'via', 'with', 'enabled', 'disabled', 'required', 'not-required']);

/**
 * Turns one file's syntax tree into model entries, appended to `model`.
 * Misused keywords and bad values become NSR-SYNTAX problems; nothing throws.
 */
export function bindFile(
  file: string,
  tree: SyntaxTree,
  model: AccountModel,
  resolveInclude: (path: string) => string,
  bound: BoundEntries = new BoundEntries(),
): void {
  const b = new Binder(file, model);
  for (const e of tree.errors) b.problem(e.message, e.span);
  for (const s of tree.statements) {
    const list = LIST_OF.get(s.keyword);
    const hit = bound.get(s);
    if (list && hit && hit.loc.file === file) {
      (model[list] as unknown[]).push(hit);
      continue;
    }
    const problems = model.problems.length;
    const count = list ? model[list].length : 0;
    b.top(s, resolveInclude);
    if (list && model.problems.length === problems && model[list].length === count + 1) bound.set(s, model[list][count]);
  }
}

/**
 * The top-level statement a declaration or expect line was bound from, in its file's tree. Its
 * `loc.span` is that statement's span object (the binder shares it, and `reparse` moves it in
 * place), so this compares objects, not offsets.
 */
export function statementOf(tree: SyntaxTree, entry: { loc: Location }): Statement | undefined {
  return tree.statements.find((s) => s.span === entry.loc.span);
}

type List = 'accounts' | 'roles' | 'users' | 'integrations' | 'tokens' | 'expects';
const LIST_OF = new Map<string, List>([
  ['account', 'accounts'],
  ['role', 'roles'],
  ['user', 'users'],
  ['integration', 'integrations'],
  ['token', 'tokens'],
  ['expect', 'expects'],
]);

class Binder {
  constructor(
    readonly file: string,
    readonly model: AccountModel,
  ) {}

  /** A node of this file's tree is its own location; any other span gets one. */
  loc(span: Span): Location {
    if (span instanceof SyntaxNode && span.file === this.file) return span;
    return { file: this.file, span };
  }

  problem(message: string, span: Span): void {
    this.model.problems.push({ rule: 'NSR-SYNTAX', message, loc: this.loc(span) });
  }

  top(s: Statement, resolveInclude: (path: string) => string): void {
    switch (s.keyword) {
      case 'include': {
        const path = this.stringArg(s, 0, 'a file path in quotes');
        this.extraArgs(s, 1);
        this.noBlock(s);
        if (path) this.model.includes.push({ path: path.value, loc: this.loc(s.span), target: resolveInclude(path.value) });
        return;
      }
      case 'expect':
        this.noBlock(s);
        this.expect(s);
        return;
      case 'account':
      case 'role':
      case 'user':
      case 'integration':
      case 'token':
        this.declaration(s);
        return;
      default:
        this.problem(`Unknown keyword '${s.keyword}': expected one of ${TOP_KEYWORDS.join(', ')}`, s.keywordSpan);
    }
  }

  private declaration(s: Statement): void {
    const name = this.stringArg(s, 0, `the ${s.keyword}'s name in quotes`);
    this.extraArgs(s, 1);
    if (!s.block) this.problem(`Expected '{' after the ${s.keyword} name`, s.span);
    if (!name) return;
    const decl = { name: name.value.trim(), key: nameKey(name.value), nameLoc: this.loc(name.span), loc: this.loc(s.span) };
    const body = s.block?.statements ?? [];
    switch (s.keyword) {
      case 'account': {
        const acc = { ...decl, tba: undefined as Flag<boolean> | undefined };
        for (const p of body) {
          if (p.keyword === 'token-based-authentication') acc.tba = this.enabled(p);
          else this.unknownProperty(p, 'account');
        }
        this.model.accounts.push(acc);
        return;
      }
      case 'role':
        this.model.roles.push(this.role(decl, body));
        return;
      case 'user':
        this.model.users.push(this.user(decl, body));
        return;
      case 'integration':
        this.model.integrations.push(this.integration(decl, body));
        return;
      case 'token':
        this.model.tokens.push(this.token(decl, body));
        return;
    }
  }

  private role(decl: Omit<RoleDefinition, 'permissions' | 'origin'>, body: Statement[]): RoleDefinition {
    const role: RoleDefinition = { name: decl.name, key: decl.key, nameLoc: decl.nameLoc, loc: decl.loc, permissions: [], origin: 'nsroles' };
    for (const p of body) {
      switch (p.keyword) {
        case 'administrator':
          role.administrator = this.flag(p);
          break;
        case 'web-services-only':
          role.webServicesOnly = this.flag(p);
          break;
        case 'inactive':
          role.inactive = this.flag(p);
          break;
        case 'single-sign-on-only':
          role.singleSignOnOnly = this.flag(p);
          break;
        case 'center': {
          // Written lower-case in role files; SDF's upper-case values are accepted too.
          const a = this.anyArg(p, 0, `a center type (${CENTER_TYPES.join(', ')})`);
          this.extraArgs(p, 1);
          if (!a) break;
          const v = a.value.trim().toLowerCase();
          if (a.kind !== 'word' || !(CENTER_TYPES as readonly string[]).includes(v)) {
            this.problem(`Unknown center type '${a.value}': use one of ${CENTER_TYPES.join(', ')}`, a.span);
          } else role.center = { value: v as CenterType, loc: this.loc(p.span) };
          break;
        }
        case 'id': {
          const a = this.anyArg(p, 0, 'the SDF script id, e.g. customrole_integration');
          this.extraArgs(p, 1);
          if (a) role.id = { value: a.value.trim(), loc: this.loc(a.span) };
          break;
        }
        case 'two-factor': {
          const v = this.choice(p, ['required', 'not-required']);
          if (v) role.twoFactor = { value: v.value as 'required' | 'not-required', loc: this.loc(p.span) };
          break;
        }
        case 'permission': {
          const g = this.permission(p);
          if (g) role.permissions.push(g);
          break;
        }
        default:
          this.unknownProperty(p, 'role');
      }
    }
    return role;
  }

  private permission(p: Statement): PermissionGrant | undefined {
    const ref = this.anyArg(p, 0, 'a permission name in quotes or its ID');
    if (!ref) return undefined;
    const levelArg = p.args[1];
    this.extraArgs(p, 2);
    if (levelArg && (levelArg.kind !== 'word' || !isLevel(levelArg.value))) {
      this.problem(`Unknown level '${levelArg.value}': use none, view, create, edit or full`, levelArg.span);
    }
    const explicit = levelArg !== undefined && levelArg.kind === 'word' && isLevel(levelArg.value);
    return {
      ref: ref.value.trim(),
      info: findPermission(ref.value),
      level: explicit ? levelArg.value : 'full',
      explicitLevel: explicit,
      refLoc: this.loc(ref.span),
      levelLoc: explicit ? this.loc(levelArg.span) : undefined,
      loc: this.loc(p.span),
    };
  }

  private user(decl: Omit<UserDefinition, 'roles'>, body: Statement[]): UserDefinition {
    const user: UserDefinition = { name: decl.name, key: decl.key, nameLoc: decl.nameLoc, loc: decl.loc, roles: [] };
    for (const p of body) {
      if (p.keyword === 'role') {
        const r = this.roleRef(p, 0);
        this.extraArgs(p, 1);
        if (r) user.roles.push(r);
      } else if (p.keyword === 'inactive') user.inactive = this.flag(p);
      else this.unknownProperty(p, 'user');
    }
    return user;
  }

  private integration(decl: Omit<IntegrationDefinition, never>, body: Statement[]): IntegrationDefinition {
    const integ: IntegrationDefinition = { name: decl.name, key: decl.key, nameLoc: decl.nameLoc, loc: decl.loc };
    for (const p of body) {
      switch (p.keyword) {
        case 'token-based-authentication':
          integ.tba = this.enabled(p);
          break;
        case 'authorization-flow':
          integ.authorizationFlow = this.enabled(p);
          break;
        case 'issuetoken-endpoint':
          integ.issueTokenEndpoint = this.enabled(p);
          break;
        case 'callback-url': {
          const a = this.stringArg(p, 0, 'the callback URL in quotes after callback-url');
          this.extraArgs(p, 1);
          this.noBlock(p);
          if (a) integ.callbackUrl = { value: a.value.trim(), loc: this.loc(p.span) };
          break;
        }
        case 'state': {
          const v = this.choice(p, INTEGRATION_STATES);
          if (v) integ.state = { value: v.value as IntegrationState, loc: this.loc(p.span) };
          break;
        }
        default:
          this.unknownProperty(p, 'integration');
      }
    }
    return integ;
  }

  private token(decl: Omit<TokenDefinition, never>, body: Statement[]): TokenDefinition {
    const tok: TokenDefinition = { name: decl.name, key: decl.key, nameLoc: decl.nameLoc, loc: decl.loc };
    for (const p of body) {
      switch (p.keyword) {
        case 'user':
          tok.user = this.nameRef(p, 0, 'the user name in quotes');
          this.extraArgs(p, 1);
          break;
        case 'role':
          tok.role = this.roleRef(p, 0);
          this.extraArgs(p, 1);
          break;
        case 'integration':
          tok.integration = this.nameRef(p, 0, 'the integration name in quotes');
          this.extraArgs(p, 1);
          break;
        case 'created-by':
          tok.createdBy = this.nameRef(p, 0, 'the creating user name in quotes');
          this.extraArgs(p, 1);
          break;
        case 'revoked':
          tok.revoked = this.flag(p);
          break;
        case 'inactive':
          tok.inactive = this.flag(p);
          break;
        default:
          this.unknownProperty(p, 'token');
      }
    }
    return tok;
  }

  /** `expect USER as ROLE can|cannot ACTION [for USER as ROLE] [via CHANNEL] [with "INTEGRATION"]` */
  private expect(s: Statement): void {
    const a = s.args;
    const usage = 'expect "USER" as "ROLE" can|cannot ACTION [for "USER" as "ROLE"] [via CHANNEL] [with "INTEGRATION"]';
    const fail = (msg: string, span: Span) => this.problem(`${msg}. Write: ${usage}`, span);
    const actor = a[0]?.kind === 'string' ? this.refFromArg(a[0]) : undefined;
    if (!actor) return fail('Expected the user name in quotes after expect', a[0]?.span ?? s.keywordSpan);
    if (!isWord(a[1], 'as')) return fail("Expected 'as' after the user", a[1]?.span ?? a[0].span);
    if (!a[2]) return fail("Expected the acting role after 'as'", a[1].span);
    const role = this.roleRefFromArg(a[2]);
    const verb = a[3];
    if (!verb || verb.kind !== 'word' || (verb.value !== 'can' && verb.value !== 'cannot')) return fail("Expected 'can' or 'cannot'", verb?.span ?? a[2].span);
    const act = a[4];
    if (!act || act.kind !== 'word' || !isAction(act.value))
      return fail(
        act ? `Unknown action '${act.value}': use issue-token, revoke-token, restlet-login or web-services-login` : 'Expected an action',
        act?.span ?? verb.span,
      );
    const line: ExpectLine = {
      loc: this.loc(s.span),
      actor,
      role,
      expected: { value: verb.value, loc: this.loc(verb.span) },
      action: { value: act.value, loc: this.loc(act.span) },
    };
    let i = 5;
    if (isWord(a[i], 'for')) {
      const u = a[i + 1];
      if (!u || u.kind !== 'string') return fail("Expected the target user in quotes after 'for'", u?.span ?? a[i].span);
      if (!isWord(a[i + 2], 'as')) return fail("Expected 'as' after the target user", a[i + 2]?.span ?? u.span);
      const r = a[i + 3];
      if (!r) return fail("Expected the target role after 'as'", a[i + 2].span);
      line.target = { user: this.refFromArg(u), role: this.roleRefFromArg(r) };
      i += 4;
    }
    // `via` and `with` may come in either order, each at most once.
    for (;;) {
      if (isWord(a[i], 'via') && !line.channel) {
        const c = a[i + 1];
        if (!c || c.kind !== 'word' || !isChannel(c.value))
          return fail(
            c
              ? `Unknown channel '${c.value}': use access-tokens-page, settings-portlet, issuetoken-endpoint or authorization-flow`
              : "Expected a channel after 'via'",
            c?.span ?? a[i].span,
          );
        line.channel = { value: c.value, loc: this.loc(c.span) };
        i += 2;
      } else if (isWord(a[i], 'with') && !line.integration) {
        const n = a[i + 1];
        if (!n || n.kind !== 'string') return fail("Expected the integration name in quotes after 'with'", n?.span ?? a[i].span);
        line.integration = this.refFromArg(n);
        i += 2;
      } else break;
    }
    if (a[i]) return fail(`Unexpected '${a[i].value}'`, { start: a[i].span.start, end: a[a.length - 1].span.end });
    this.model.expects.push(line);
  }

  // ---- argument helpers ----

  private flag(p: Statement): Flag {
    this.extraArgs(p, 0);
    this.noBlock(p);
    return { value: true, loc: this.loc(p.span) };
  }

  private enabled(p: Statement): Flag<boolean> | undefined {
    const v = this.choice(p, ['enabled', 'disabled']);
    return v ? { value: v.value === 'enabled', loc: this.loc(p.span) } : undefined;
  }

  private choice(p: Statement, options: readonly string[]): Arg | undefined {
    this.noBlock(p);
    const a = p.args[0];
    this.extraArgs(p, 1);
    if (!a) {
      this.problem(`Expected ${options.join(' or ')} after ${p.keyword}`, p.keywordSpan);
      return undefined;
    }
    if (a.kind !== 'word' || !options.includes(a.value)) {
      this.problem(`Unknown value '${a.value}' for ${p.keyword}: use ${options.join(' or ')}`, a.span);
      return undefined;
    }
    return a;
  }

  private stringArg(s: Statement, i: number, what: string): Arg | undefined {
    const a = s.args[i];
    if (a?.kind === 'string') return a;
    this.problem(`Expected ${what}`, a?.span ?? s.keywordSpan);
    return undefined;
  }

  private anyArg(s: Statement, i: number, what: string): Arg | undefined {
    this.noBlock(s);
    const a = s.args[i];
    if (!a) this.problem(`Expected ${what} after ${s.keyword}`, s.keywordSpan);
    return a;
  }

  private nameRef(s: Statement, i: number, what: string): NameRef | undefined {
    this.noBlock(s);
    const a = this.stringArg(s, i, what);
    return a ? this.refFromArg(a) : undefined;
  }

  private roleRef(s: Statement, i: number): RoleRef | undefined {
    this.noBlock(s);
    const a = s.args[i];
    if (!a) {
      this.problem('Expected a role name in quotes or a role id', s.keywordSpan);
      return undefined;
    }
    return this.roleRefFromArg(a);
  }

  private refFromArg(a: Arg): NameRef {
    return { name: a.value.trim(), key: nameKey(a.value), loc: this.loc(a.span) };
  }

  private roleRefFromArg(a: Arg): RoleRef {
    // Written out, not spread: objects made by spreading were half as fast to read in every later lookup.
    return { name: a.value.trim(), key: nameKey(a.value), loc: this.loc(a.span), bare: a.kind === 'word' };
  }

  private extraArgs(s: Statement, allowed: number): void {
    if (s.args.length > allowed) {
      const first = s.args[allowed];
      const last = s.args[s.args.length - 1];
      this.problem(`Unexpected '${first.value}' after ${s.keyword}`, { start: first.span.start, end: last.span.end });
    }
  }

  private noBlock(s: Statement): void {
    if (s.block) this.problem(`'${s.keyword}' takes no block`, s.block.open);
  }

  private unknownProperty(p: Statement, where: string): void {
    const allowed = BLOCK_KEYWORDS[where];
    this.problem(`Unknown property '${p.keyword}' in ${where}: expected one of ${allowed.join(', ')}`, p.keywordSpan);
  }
}

function isWord(a: Arg | undefined, w: string): boolean {
  return a !== undefined && a.kind === 'word' && a.value === w;
}
