// The rule catalogue: one file per rule, named by its id.
import type { RuleMeta } from '../citations';
import { rule as r0 } from './NSR-ACCESS-CHANGED';
import { rule as r1 } from './NSR-DUPLICATE';
import { rule as r2 } from './NSR-EXPECT-FAILED';
import { rule as r3 } from './NSR-IGNORE-UNKNOWN';
import { rule as r4 } from './NSR-IGNORE-UNUSED';
import { rule as r5 } from './NSR-INCLUDE-CYCLE';
import { rule as r6 } from './NSR-INCLUDE-MISSING';
import { rule as r7 } from './NSR-SYNTAX';
import { rule as r8 } from './NSR-UNKNOWN-PERMISSION';
import { rule as r9 } from './NSR-UNKNOWN-REF';
import { rule as r10 } from './SDF-2FA-REQUIRED';
import { rule as r10b } from './SDF-CENTERTYPE';
import { rule as r11 } from './SDF-DUPLICATE-PERMKEY';
import { rule as r12 } from './SDF-MISSING-FIELD';
import { rule as r13 } from './SDF-PERM-LEVEL';
import { rule as r14 } from './SDF-PERMLEVEL-VALUE';
import { rule as r15 } from './SDF-SCRIPTID';
import { rule as r16 } from './SDF-TFADURATION';
import { rule as r17 } from './SDF-UAT-REDUNDANT-LOGIN';
import { rule as r18 } from './SDF-UNKNOWN-PERMKEY';
import { rule as r19 } from './SDF-WSO-RESTLET';
import { rule as r20 } from './SDF-XML';
import { rule as r21 } from './TBA-2027-INTEGRATIONS';
import { rule as r22 } from './TBA-2FA-CUSTOMER-CENTER';
import { rule as r23 } from './TBA-2FA-OTP';
import { rule as r24 } from './TBA-2FA-REQUIRED';
import { rule as r25 } from './TBA-2FA-SAML-SSO';
import { rule as r26 } from './TBA-ADMIN-LOGIN';
import { rule as r27 } from './TBA-ADMIN-OTHERS';
import { rule as r28 } from './TBA-ADMIN-SELF';
import { rule as r29 } from './TBA-ADMIN-TARGET';
import { rule as r30 } from './TBA-ATM-NO-LOGIN';
import { rule as r31 } from './TBA-ATM-OTHERS';
import { rule as r32 } from './TBA-ATM-SELF';
import { rule as r33 } from './TBA-AUTHFLOW-BOX';
import { rule as r34 } from './TBA-AUTHFLOW-CALLBACK';
import { rule as r35 } from './TBA-AUTHFLOW-OWN';
import { rule as r36 } from './TBA-ENDPOINT-OWN';
import { rule as r37 } from './TBA-ENDPOINT-SELF-ONLY';
import { rule as r38 } from './TBA-FEATURE-DISABLED';
import { rule as r39 } from './TBA-INACTIVE';
import { rule as r40 } from './TBA-INTEGRATION-BLOCKED';
import { rule as r41 } from './TBA-INTEGRATION-TBA';
import { rule as r42 } from './TBA-INTEGRATION-WAITING';
import { rule as r43 } from './TBA-ISSUETOKEN-BOX';
import { rule as r44 } from './TBA-LOGIN';
import { rule as r45 } from './TBA-LOGIN-NO-ISSUE';
import { rule as r46 } from './TBA-NO-LOGIN-PERMISSION';
import { rule as r47 } from './TBA-OTHERS-NEED-ATM';
import { rule as r48 } from './TBA-OWN-CURRENT-ROLE';
import { rule as r49 } from './TBA-OWN-NEEDS-PERMISSION';
import { rule as r50 } from './TBA-PERM-LEVEL';
import { rule as r51 } from './TBA-PORTLET-SELF-ONLY';
import { rule as r52 } from './TBA-ROLE-NOT-HELD';
import { rule as r53 } from './TBA-ROLE-UNASSIGNED';
import { rule as r54 } from './TBA-SSO-ONLY';
import { rule as r55 } from './TBA-TOKEN-CREATOR';
import { rule as r56 } from './TBA-TOKEN-INACTIVE';
import { rule as r57 } from './TBA-TOKEN-INTEGRATION';
import { rule as r58 } from './TBA-TOKEN-ROLE-LOGIN';
import { rule as r59 } from './TBA-TOKEN-ROLE-TBA';
import { rule as r60 } from './TBA-TOKEN-USER-ROLE';
import { rule as r61 } from './TBA-UAT-LOGIN';
import { rule as r62 } from './TBA-UAT-OWN';
import { rule as r63 } from './TBA-UAT-REDUNDANT-LOGIN';
import { rule as r64 } from './TBA-WSO-RESTLET';
import { rule as r65 } from './TBA-WSO-UI';
import { rule as accountConflict } from './NSR-ACCOUNT-CONFLICT';

export const RULES: readonly RuleMeta[] = [
  r0,
  r1,
  r2,
  r3,
  r4,
  r5,
  r6,
  r7,
  r8,
  r9,
  r10,
  r10b,
  r11,
  r12,
  r13,
  r14,
  r15,
  r16,
  r17,
  r18,
  r19,
  r20,
  r21,
  r22,
  r23,
  r24,
  r25,
  r26,
  r27,
  r28,
  r29,
  r30,
  r31,
  r32,
  r33,
  r34,
  r35,
  r36,
  r37,
  r38,
  r39,
  r40,
  r41,
  r42,
  r43,
  r44,
  r45,
  r46,
  r47,
  r48,
  r49,
  r50,
  r51,
  r52,
  r53,
  r54,
  r55,
  r56,
  r57,
  r58,
  r59,
  r60,
  r61,
  r62,
  r63,
  r64,
  r65,
  accountConflict,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): RuleMeta | undefined {
  return byId.get(id);
}

/** The rule with this id; throws only on a programming error (an id not in the catalogue). */
export function rule(id: string): RuleMeta {
  const r = byId.get(id);
  if (!r) throw new Error(`No rule ${id} in the catalogue`);
  return r;
}
