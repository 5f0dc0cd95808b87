import { citationsOf } from '../citations';
import type { Finding } from '../finding';
import type { AccountIndex } from '../lookup';
import { rule, RULES } from '../rules';
import type { SdfAdd, SdfRole, Visitor } from '../rules/types';
import type { SdfRoleFile } from './role';
import { TFA_DURATION_DEFAULT, TFA_REQUIRED_FALLBACK, tfaOff } from './vocabulary';

/** The values a project already uses for a 2FA-required role; quick fixes copy them. */
export interface TwoFactorValues {
  tfarequired: string;
  tfaduration: string;
}

export interface SdfLintContext {
  /** The account the role joins, for SDF-WSO-RESTLET (expect lines). */
  index?: AccountIndex;
  /** From `twoFactorExample`; without it the fixes write the fallback values. */
  twoFactor?: TwoFactorValues;
}

/** The first role of these files that requires 2FA with a duration: the values the account accepts. */
export function twoFactorExample(files: Iterable<SdfRoleFile>): TwoFactorValues | undefined {
  for (const f of files) {
    const req = f.object?.fields.get('tfarequired')?.value;
    const dur = f.object?.fields.get('tfaduration')?.value;
    if (!f.doc.problem && req && !tfaOff(req) && dur) return { tfarequired: req, tfaduration: dur };
  }
  return undefined;
}

/** The SDF rules' hooks, in catalogue order; each rule's check is in its file (rules/SDF-….ts). Read on first use: the rules import this folder. */
let hooks: { permission: NonNullable<Visitor['sdfPermission']>[]; role: NonNullable<Visitor['sdfRole']>[] } | undefined;

function sdfHooks(): NonNullable<typeof hooks> {
  return (hooks ??= {
    permission: RULES.flatMap((r) => (r.check?.sdfPermission ? [r.check.sdfPermission] : [])),
    role: RULES.flatMap((r) => (r.check?.sdfRole ? [r.check.sdfRole] : [])),
  });
}

/**
 * Every finding for one role object: the SDF-XML finding when it is malformed (then nothing
 * else, since the tree is partial), otherwise the SDF rules.
 */
export function lintSdfRole(f: SdfRoleFile, ctx: SdfLintContext = {}): Finding[] {
  if (f.doc.problem || !f.object) return [...f.findings];
  const out: Finding[] = [];
  const add: SdfAdd = (which, span, message, extra = {}) => {
    const meta = typeof which === 'string' ? rule(which) : which;
    out.push({ rule: meta.id, severity: meta.severity, loc: { file: f.file, span }, message, citations: citationsOf(meta), ...extra });
  };
  const twoFactor = ctx.twoFactor ?? { tfarequired: TFA_REQUIRED_FALLBACK, tfaduration: TFA_DURATION_DEFAULT };
  const c = { add, index: ctx.index, twoFactor };
  const role = f as SdfRole;
  const { permission, role: whole } = sdfHooks();
  for (const p of role.object.permissions) for (const h of permission) h(p, role, c);
  for (const h of whole) h(role, c);
  return out;
}
