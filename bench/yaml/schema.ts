/**
 * The JSON Schema a user would write today to get editor help for role data in YAML: the same
 * properties, values and one-of choices as the `.nsroles` language, but no cross-references,
 * no TBA rules and no simulation (a schema cannot express them).
 */
import { ACTIONS, CHANNELS, INTEGRATION_STATES, LEVELS, PERMISSIONS } from '../../server/src/engine';

const name = { type: 'string', minLength: 1 };
const enabled = { enum: ['enabled', 'disabled'] };
const flag = { type: 'boolean' };
const names = { type: 'array', items: name };

function object(properties: Record<string, unknown>, required: string[] = []): Record<string, unknown> {
  return { type: 'object', properties, required, additionalProperties: false };
}

export function accountSchema(): Record<string, unknown> {
  const known = PERMISSIONS.flatMap((p) => (p.id ? [p.name, p.id] : [p.name]));
  const permission = object(
    {
      permission: { description: 'Name as shown in NetSuite, or its permission ID.', anyOf: [{ enum: known }, name] },
      level: { enum: [...LEVELS] },
    },
    ['permission'],
  );
  const role = object(
    {
      name: { ...name, description: 'The role name as shown in NetSuite.' },
      id: { type: 'string', pattern: '^[A-Za-z0-9_]+$', description: 'SDF script id.' },
      administrator: flag,
      permissions: { type: 'array', items: permission },
      'two-factor': { enum: ['required', 'not-required'] },
      'web-services-only': flag,
      inactive: flag,
    },
    ['name'],
  );
  const user = object({ name, roles: names, inactive: flag }, ['name', 'roles']);
  const integration = object({ name, 'token-based-authentication': enabled, state: { enum: [...INTEGRATION_STATES] } }, ['name']);
  const token = object({ name, user: name, role: name, integration: name, 'created-by': name, revoked: flag, inactive: flag }, ['name', 'user', 'role']);
  const expect = object(
    {
      user: name,
      as: name,
      expect: { enum: ['can', 'cannot'] },
      action: { enum: [...ACTIONS] },
      for: object({ user: name, as: name }, ['user', 'as']),
      via: { enum: [...CHANNELS] },
    },
    ['user', 'as', 'expect', 'action'],
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://nsroles.invalid/bench/account.schema.json',
    title: 'NetSuite TBA roles (YAML), the benchmark comparison',
    ...object({
      include: names,
      account: object({ name, 'token-based-authentication': enabled }, ['name']),
      roles: { type: 'array', items: role },
      users: { type: 'array', items: user },
      integrations: { type: 'array', items: integration },
      tokens: { type: 'array', items: token },
      expects: { type: 'array', items: expect },
    }),
  };
}
