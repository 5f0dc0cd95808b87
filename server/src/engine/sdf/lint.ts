import { firstGrants } from '../facts';
import { citationsOf } from '../citations';
import type { EditFix, Finding } from '../finding';
import type { AccountIndex } from '../lookup';
import { rule } from '../rules';
import type { Span } from '../text';
import { insertAfter, insertFirstChild, replaceSpan } from './edits';
import { permissionChecks } from './lint-permissions';
import { fileStem, type SdfRoleFile } from './role';
import { OTHER_CENTER_TYPES, ROLE_CENTER_TYPES, TFA_DURATION_DEFAULT, TFA_OFF, TFA_REQUIRED_FALLBACK } from './vocabulary';
import { closest } from '../fuzzy';

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

export type SdfAdd = (ruleId: string, span: Span, message: string, extra?: Partial<Finding>) => void;

/** The first role of these files that requires 2FA with a duration: the values the account accepts. */
export function twoFactorExample(files: Iterable<SdfRoleFile>): TwoFactorValues | undefined {
  for (const f of files) {
    const req = f.object?.fields.get('tfarequired')?.value;
    const dur = f.object?.fields.get('tfaduration')?.value;
    if (!f.doc.problem && req && req !== TFA_OFF && dur) return { tfarequired: req, tfaduration: dur };
  }
  return undefined;
}

/**
 * Every finding for one role object: the SDF-XML finding when it is malformed (then nothing
 * else, since the tree is partial), otherwise the SDF rules.
 */
export function lintSdfRole(f: SdfRoleFile, ctx: SdfLintContext = {}): Finding[] {
  if (f.doc.problem || !f.object) return [...f.findings];
  const out: Finding[] = [];
  const add: SdfAdd = (ruleId, span, message, extra = {}) => {
    const meta = rule(ruleId);
    out.push({ rule: ruleId, severity: meta.severity, loc: { file: f.file, span }, message, citations: citationsOf(meta), ...extra });
  };
  scriptidCheck(f, add);
  fieldCheck(f, add);
  permissionChecks(f, add);
  twoFactorChecks(f, ctx.twoFactor ?? { tfarequired: TFA_REQUIRED_FALLBACK, tfaduration: TFA_DURATION_DEFAULT }, add);
  if (ctx.index) restletCheck(f, ctx.index, add);
  return out;
}

function validScriptid(s: string): boolean {
  return s.startsWith('customrole') && s.length <= 40;
}

function scriptidCheck(f: SdfRoleFile, add: SdfAdd): void {
  const o = f.object!;
  // Only a file on disk has a name to match; an untitled editor buffer does not.
  const stem = /\.xml$/i.test(f.file) ? fileStem(f.file) : undefined;
  const sid = o.scriptid;
  if (!sid) {
    const fixes: EditFix[] =
      stem && validScriptid(stem)
        ? [
            {
              title: `Add scriptid="${stem}"`,
              edits: [replaceSpan({ start: o.root.nameSpan.end, end: o.root.nameSpan.end }, ` scriptid="${stem}"`)],
              preferred: true,
            },
          ]
        : [];
    add(
      'SDF-SCRIPTID',
      o.root.nameSpan,
      'The role has no scriptid: write <role scriptid="customrole_…"> with the file name.',
      fixes.length ? { data: { kind: 'sdf-edits', action: 'set-scriptid', fixes } } : {},
    );
    return;
  }
  const v = sid.value;
  const problems: string[] = [];
  if (!v.startsWith('customrole')) problems.push("does not start with 'customrole'");
  if (v.length > 40) problems.push(`has ${v.length} characters (at most 40)`);
  if (stem !== undefined && v !== stem) problems.push(`differs from the file name '${stem}'`);
  if (!problems.length) return;
  const fix = stem !== undefined && v !== stem && validScriptid(stem);
  add(
    'SDF-SCRIPTID',
    sid.valueSpan,
    `The scriptid '${v}' ${joinAnd(problems)}.`,
    fix
      ? {
          data: {
            kind: 'sdf-edits',
            action: 'set-scriptid',
            fixes: [{ title: `Set scriptid to '${stem}' (the file name)`, edits: [replaceSpan(sid.valueSpan, stem!)], preferred: true }],
          },
        }
      : {},
  );
}

function fieldCheck(f: SdfRoleFile, add: SdfAdd): void {
  const o = f.object!;
  centertypeCheck(f, add);
  const missing = ['name', 'centertype'].filter((n) => !o.fields.get(n)?.value);
  if (!missing.length) return;
  const list = missing.map((m) => `<${m}>`).join(' and ');
  add(
    'SDF-MISSING-FIELD',
    o.root.nameSpan,
    `The role has no ${list}: SDF requires ${missing.length === 2 ? 'both' : 'it'}; add ${missing.length === 2 ? 'them' : 'it'}.`,
  );
}

/**
 * `centertype` against Oracle's role_centertype list. A value only generic_centertype has
 * (CUSTOMER, VENDOR, …) is information: that list is for centers, and whether NetSuite ever
 * exports such a role is not documented either way.
 */
function centertypeCheck(f: SdfRoleFile, add: SdfAdd): void {
  const c = f.object!.fields.get('centertype');
  if (!c?.value) return;
  const v = c.value;
  if ((ROLE_CENTER_TYPES as readonly string[]).includes(v)) return;
  const upper = v.toUpperCase();
  if ((OTHER_CENTER_TYPES as readonly string[]).includes(upper) && upper === v) {
    add(
      'SDF-CENTERTYPE',
      c.span,
      `${v} is a center type of NetSuite's generic_centertype list, but not of role_centertype, the list for role objects; SDF may refuse it.`,
      { severity: 'information' },
    );
    return;
  }
  const exact = (ROLE_CENTER_TYPES as readonly string[]).includes(upper) ? [upper] : [];
  const candidates = exact.length ? exact : closest(v, ROLE_CENTER_TYPES);
  add(
    'SDF-CENTERTYPE',
    c.span,
    `Unknown centertype '${v}': a role's centertype is one of NetSuite's role_centertype values (${ROLE_CENTER_TYPES.join(', ')})${
      candidates.length ? `; did you mean ${candidates[0]}?` : '.'
    }`,
    candidates.length
      ? {
          data: {
            kind: 'sdf-edits',
            action: 'did-you-mean',
            fixes: candidates.map((x, i) => ({ title: `Set centertype to ${x}`, edits: [replaceSpan(c.span, x)], preferred: i === 0 && exact.length > 0 })),
          },
        }
      : {},
  );
}

function twoFactorChecks(f: SdfRoleFile, values: TwoFactorValues, add: SdfAdd): void {
  const o = f.object!;
  const tfa = o.fields.get('tfarequired');
  const dur = o.fields.get('tfaduration');
  const durLine = `<tfaduration>${values.tfaduration}</tfaduration>`;
  const why = privilegeOf(f);
  if (why && o.fields.get('issinglesignononly')?.value !== 'T') {
    const title = `Set tfarequired to ${values.tfarequired} with tfaduration ${values.tfaduration}`;
    if (tfa?.value === TFA_OFF) {
      const edits = [replaceSpan(tfa.span, values.tfarequired)];
      if (!dur) edits.push(insertAfter(f.doc, tfa.element, [durLine]));
      add(
        'SDF-2FA-REQUIRED',
        tfa.span,
        `NetSuite requires two-factor authentication for this role whatever the file says: it is highly privileged (${why}), and NetSuite sets such roles as 2FA required by default. tfarequired OFF disagrees with what NetSuite enforces; set it to require 2FA. (Which permissions are highly privileged comes from a third-party copy of NetSuite's list.)`,
        { data: { kind: 'sdf-edits', action: 'set-two-factor', fixes: [{ title, edits, preferred: true }] } },
      );
    } else if (!tfa) {
      const lines = [`<tfarequired>${values.tfarequired}</tfarequired>`, ...(dur ? [] : [durLine])];
      const anchor = o.fields.get('name')?.element;
      const edit = anchor ? insertAfter(f.doc, anchor, lines) : insertFirstChild(f.doc, o.root, lines);
      add(
        'SDF-2FA-REQUIRED',
        o.scriptid?.valueSpan ?? o.root.nameSpan,
        `NetSuite requires two-factor authentication for this role: it is highly privileged (${why}). Add <tfarequired> with a value other than OFF so the file says what NetSuite enforces. (Which permissions are highly privileged comes from a third-party copy of NetSuite's list.)`,
        {
          data: { kind: 'sdf-edits', action: 'set-two-factor', fixes: [{ title, edits: [edit], preferred: true }] },
        },
      );
    }
  }
  if (tfa && tfa.value && tfa.value !== TFA_OFF && !dur?.value) {
    const edit = dur ? replaceSpan(dur.span, values.tfaduration) : insertAfter(f.doc, tfa.element, [durLine]);
    add('SDF-TFADURATION', tfa.span, `tfarequired is ${tfa.value}, so SDF requires a <tfaduration> (the Duration of Trusted Device); add one.`, {
      data: { kind: 'sdf-edits', action: 'add-tfaduration', fixes: [{ title: `Add tfaduration ${values.tfaduration}`, edits: [edit], preferred: true }] },
    });
  }
}

/** Why the role is highly privileged, in NetSuite's words, or undefined. */
function privilegeOf(f: SdfRoleFile): string | undefined {
  if (f.object!.fields.get('coreadminpermission')?.value === 'T') return 'Core Administration Permissions, coreadminpermission T';
  const g = (f.role ? firstGrants(f.role) : []).find((p) => p.info?.highlyPrivileged && p.level !== 'none');
  return g ? `it has ${g.info!.name}, ${g.info!.id}` : undefined;
}

function restletCheck(f: SdfRoleFile, index: AccountIndex, add: SdfAdd): void {
  const wso = f.object!.fields.get('iswebserviceonlyrole');
  if (wso?.value !== 'T' || !f.role) return;
  const uses = index.model.expects.filter((e) => e.action.value === 'restlet-login' && e.expected.value === 'can' && index.role(e.role) === f.role);
  if (!uses.length) return;
  const who =
    uses.length === 1 ? `an expect line says '${uses[0].actor.name}' can call RESTlets in it` : `${uses.length} expect lines say users can call RESTlets in it`;
  add(
    'SDF-WSO-RESTLET',
    wso.span,
    `Role '${f.role.name}' is Web Services Only, but ${who}; Web Services Only roles don't work with RESTlets. Set iswebserviceonlyrole to F or use another role.`,
    {
      related: uses.map((e) => ({ loc: e.loc, message: `Expects '${e.actor.name}' to log in to RESTlets in this role` })),
      data: {
        kind: 'sdf-edits',
        action: 'clear-web-services-only',
        fixes: [{ title: 'Set iswebserviceonlyrole to F', edits: [replaceSpan(wso.span, 'F')], preferred: true }],
      },
    },
  );
}

function joinAnd(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
