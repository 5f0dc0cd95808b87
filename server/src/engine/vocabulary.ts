// The protocol's vocabulary is the engine's: defined once in shared/protocol/.
export {
  ACTIONS,
  ACTION_DOCS,
  CHANNELS,
  CHANNEL_DOCS,
  INTEGRATION_STATES,
  isAction,
  isChannel,
  isTokenAction,
  type Action,
  type Channel,
  type IntegrationState,
} from '../../../shared/protocol/vocabulary';

/**
 * A role's center type in `center TYPE`: NetSuite's generic_centertype values, lower-case
 * (SDF role objects use the shorter role_centertype list, a subset of this one).
 */
export const CENTER_TYPES = [
  'accountcenter',
  'all',
  'basic',
  'customer',
  'employee',
  'engineercenter',
  'executive',
  'hr',
  'marketcenter',
  'offlinesalescenter',
  'partner',
  'partnercenter',
  'projectcenter',
  'salescenter',
  'shippingcenter',
  'storemanager',
  'suiteappcontrolcenter',
  'supportcenter',
  'sysadmincenter',
  'vendor',
  'website',
] as const;
export type CenterType = (typeof CENTER_TYPES)[number];

/** Names compare case-insensitively with surrounding whitespace trimmed. */
export function nameKey(s: string): string {
  return s.trim().toLowerCase();
}
