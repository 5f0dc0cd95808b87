import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';

// Node 20's TurboFan, inlining the hot JS→wasm call below, crashes V8 in the deoptimizer
// ("Fatal error ... unreachable code" in DoComputeBuiltinContinuation) about one run in three.
// The flag must be set before the call is first optimized; it only turns that inlining off.
v8.setFlagsFromString('--no-turbo-inline-js-wasm-calls');
import cedar = require('@cedar-policy/cedar-wasm/nodejs');
import { type AccountSpec, GHOST_INTEGRATION, GHOST_ROLE, GHOST_USER, holds } from './account';

/** One question, as both engines are asked it. Names are as declared (or the ghosts). */
export interface Question {
  user: string;
  role: string;
  action: 'issue-token' | 'revoke-token' | 'restlet-login' | 'web-services-login';
  target?: { user: string; role: string };
  channel?: 'access-tokens-page' | 'settings-portlet' | 'issuetoken-endpoint' | 'authorization-flow';
  /** The application the request comes through, by declared name (or the ghost). */
  integration?: string;
}

export interface CedarAnswer {
  decision: 'allow' | 'deny';
  /** Ids of the policies that decided (the permits that allowed, or the forbids that denied). */
  reasons: string[];
}

const SCHEMA = 'nsroles';
const POLICIES = 'nsroles';
let prepared = false;

/** Parses the schema and policies once per process (cedar-wasm keeps them in thread-local storage). */
function prepare(): void {
  if (prepared) return;
  const schema = fs.readFileSync(path.join(__dirname, 'nsroles.cedarschema'), 'utf8');
  const policies = policiesById(fs.readFileSync(path.join(__dirname, 'policies.cedar'), 'utf8'));
  const check = cedar.validate({ schema, policies: { staticPolicies: policies }, validationSettings: { mode: 'strict' } });
  if (check.type !== 'success' || check.validationErrors.length > 0) throw new Error(`Cedar policies do not validate: ${JSON.stringify(check)}`);
  for (const r of [cedar.preparseSchema(SCHEMA, schema), cedar.preparsePolicySet(POLICIES, { staticPolicies: policies })]) {
    if (r.type !== 'success') throw new Error(`Cedar: ${JSON.stringify(r)}`);
  }
  prepared = true;
}

/** Splits the policy text so that answers name policies by their `@id` annotation. */
function policiesById(text: string): Record<string, string> {
  const parts = cedar.policySetTextToParts(text);
  if (parts.type !== 'success') throw new Error(`Cedar: ${JSON.stringify(parts.errors)}`);
  const out: Record<string, string> = {};
  for (const p of parts.policies) {
    const json = cedar.policyToJson(p);
    const id = json.type === 'success' ? json.json.annotations?.id : undefined;
    if (!id || out[id]) throw new Error(`Every policy needs a unique @id: ${p.slice(0, 80)}`);
    out[id] = p;
  }
  return out;
}

const key = (s: string): string => s.trim().toLowerCase();
const uid = (type: string, id: string): cedar.TypeAndId => ({ type, id: key(id) });

/** An entity whose uid is always the plain `{type, id}` form, so it can be keyed. */
interface Entity extends cedar.EntityJson {
  uid: cedar.TypeAndId;
}

/** The account as Cedar entities, built from the spec (not from the engine's model). */
export class CedarAccount {
  private readonly entities = new Map<string, Entity>();
  private readonly tbaEnabled: boolean;

  constructor(spec: AccountSpec) {
    prepare();
    this.tbaEnabled = spec.tba !== 'disabled';
    for (const r of spec.roles) {
      this.add({
        uid: uid('Role', r.name),
        attrs: {
          declared: true,
          active: !r.inactive,
          administrator: r.administrator,
          wso: r.wso,
          sso: r.sso,
          atm: holds(r, 'atm'),
          uat: holds(r, 'uat'),
          login: holds(r, 'login'),
        },
        parents: [],
      });
    }
    this.add({
      uid: uid('Role', GHOST_ROLE),
      attrs: { declared: false, active: false, administrator: false, wso: false, sso: false, atm: false, uat: false, login: false },
      parents: [],
    });
    for (const u of spec.users) {
      this.add({
        uid: uid('User', u.name),
        attrs: { declared: true, active: !u.inactive },
        parents: u.roles.map((ref) => uid('Role', ref.role < 0 ? GHOST_ROLE : spec.roles[ref.role].name)),
      });
    }
    this.add({ uid: uid('User', GHOST_USER), attrs: { declared: false, active: false }, parents: [] });
    for (const i of spec.integrations) {
      this.add({
        uid: uid('Integration', i.name),
        attrs: {
          declared: true,
          tba: i.tba !== 'disabled',
          state: i.state === 'absent' ? 'enabled' : i.state,
          authorizationFlow: i.authorizationFlow === 'enabled',
          callbackUrl: i.callbackUrl,
          issueTokenEndpoint: i.issueTokenEndpoint === 'enabled',
        },
        parents: [],
      });
    }
    this.add({
      uid: uid('Integration', GHOST_INTEGRATION),
      attrs: { declared: false, tba: false, state: 'blocked', authorizationFlow: false, callbackUrl: false, issueTokenEndpoint: false },
      parents: [],
    });
  }

  private add(e: Entity): void {
    this.entities.set(`${e.uid.type}::${e.uid.id}`, e);
  }

  private entity(type: string, name: string): Entity {
    const e = this.entities.get(`${type}::${key(name)}`);
    if (!e) throw new Error(`No ${type} entity for "${name}"`);
    return e;
  }

  /** Asks Cedar; throws if Cedar reports any error, since an erroring policy is silently skipped. */
  decide(q: Question): CedarAnswer {
    const token = q.target ?? { user: q.user, role: q.role };
    const tokenUid = uid('Token', `${token.user}|${token.role}`);
    // Only the entities this question touches: parsing all of them on every call costs ~10x.
    const entities: Entity[] = [
      this.entity('User', q.user),
      this.entity('Role', q.role),
      this.entity('User', token.user),
      this.entity('Role', token.role),
      { uid: tokenUid, attrs: { user: { __entity: uid('User', token.user) }, role: { __entity: uid('Role', token.role) } }, parents: [] },
      ...(q.integration !== undefined ? [this.entity('Integration', q.integration)] : []),
    ].filter((e, i, all) => all.findIndex((o) => o.uid.type === e.uid.type && o.uid.id === e.uid.id) === i);
    const context: Record<string, cedar.CedarValueJson> = { actingRole: { __entity: uid('Role', q.role) }, tbaEnabled: this.tbaEnabled };
    if (q.channel) context.channel = q.channel;
    if (q.integration !== undefined) context.integration = { __entity: uid('Integration', q.integration) };
    const call: cedar.StatefulAuthorizationCall = {
      principal: uid('User', q.user),
      action: { type: 'Action', id: q.action },
      resource: tokenUid,
      context,
      preparsedSchemaName: SCHEMA,
      preparsedPolicySetId: POLICIES,
      validateRequest: true,
      entities,
    };
    const memoKey = canonical(call);
    const hit = memo.get(memoKey);
    if (hit) return hit;
    const answer = cedar.statefulIsAuthorized(call);
    if (answer.type !== 'success') throw new Error(`Cedar failed: ${JSON.stringify(answer.errors)}`);
    const { decision, diagnostics } = answer.response;
    if (diagnostics.errors.length > 0) throw new Error(`Cedar policy errors: ${JSON.stringify(diagnostics.errors)}`);
    const result: CedarAnswer = { decision, reasons: diagnostics.reason };
    memo.set(memoKey, result);
    cedarCalls++;
    return result;
  }
}

/**
 * Cedar answers by request with entity ids renamed in order of first appearance. The policies
 * name no entity but actions, so renaming ids consistently cannot change an answer: the memo is
 * exact, and it saves most of the ~0.2 ms each call spends crossing into wasm.
 */
const memo = new Map<string, CedarAnswer>();
let cedarCalls = 0;

/** How many requests actually reached Cedar (the rest were answered from the memo). */
export function cedarCallCount(): number {
  return cedarCalls;
}

function canonical(call: cedar.StatefulAuthorizationCall): string {
  // A parent no request names cannot be compared with anything (roles have no parents of their
  // own), so only parents among the request's entities are kept in the key.
  const named = new Set((call.entities as Entity[]).map((e) => `${e.uid.type}::${e.uid.id}`));
  const entities = (call.entities as Entity[]).map((e) => ({ ...e, parents: (e.parents as cedar.TypeAndId[]).filter((p) => named.has(`${p.type}::${p.id}`)) }));
  const labels = new Map<string, string>();
  return JSON.stringify({ ...call, entities }, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && 'type' in v && 'id' in v && Object.keys(v).length === 2) {
      const { type, id } = v as cedar.TypeAndId;
      if (type === 'Action') return v;
      const k = `${type}::${id}`;
      if (!labels.has(k)) labels.set(k, `#${labels.size}`);
      return { type, id: labels.get(k) };
    }
    return v;
  });
}
