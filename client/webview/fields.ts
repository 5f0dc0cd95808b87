/**
 * The action, token target, channel and integration pickers, shared by the Simulate and Who can tabs.
 * They edit a slice of the panel state in place and call `onChange` after each edit.
 */
import { ACTION_DOCS, ACTIONS, CHANNEL_DOCS, CHANNELS, isTokenAction, type Action, type Channel } from '../../shared/protocol/vocabulary';
import type { ModelSummary } from '../../shared/protocol/wire';
import { el, fillSelect, replace, uid } from './dom';
import { findUser, roleGroups } from './lookup';

export interface ActionQuery {
  action: Action;
  targetUser: string;
  targetRole: string;
  channel: Channel | '';
  /** The application, by name; '' leaves integrations out of the decision. */
  integration: string;
}

export const ACTION_LABELS: Record<Action, string> = {
  'issue-token': 'Issue a token',
  'revoke-token': 'Revoke a token',
  'restlet-login': 'Log in to a RESTlet',
  'web-services-login': 'Log in to web services',
};

const CHANNEL_LABELS: Record<Channel, string> = {
  'access-tokens-page': 'Access Tokens page',
  'settings-portlet': 'Settings portlet (Manage Access Tokens)',
  'issuetoken-endpoint': 'issuetoken REST endpoint',
  'authorization-flow': 'TBA authorization flow (three-step)',
};

/** A labelled `<select>` with a description line the select points to. */
export function selectField(label: string): { field: HTMLDivElement; select: HTMLSelectElement; hint: HTMLParagraphElement } {
  const id = uid('sel');
  const select = el('select', { id, 'aria-describedby': `${id}-hint` });
  const hint = el('p', { id: `${id}-hint`, class: 'hint' });
  return { field: el('div', { class: 'field' }, el('label', { for: id }, label), select, hint), select, hint };
}

/** The docs mark syntax with backticks: show those parts as code. */
function withCode(text: string): (string | HTMLElement)[] {
  return text.split('`').map((part, i) => (i % 2 ? el('code', {}, part) : part));
}

export class ActionFields {
  readonly element: HTMLDivElement;
  private readonly action = selectField('Action');
  private readonly targetUser = selectField('Token for user');
  private readonly targetRole = selectField('Token for role');
  private readonly channel = selectField('Channel');
  private readonly integration = selectField('Integration');
  private readonly tokenFields: HTMLFieldSetElement;
  private model: ModelSummary | null = null;

  constructor(
    private readonly q: ActionQuery,
    private readonly onChange: () => void,
  ) {
    fillSelect(this.action.select, [{ options: ACTIONS.map((a) => ({ value: a, label: `${ACTION_LABELS[a]} (${a})` })) }], q.action);
    this.tokenFields = el(
      'fieldset',
      { class: 'token-fields' },
      el('legend', {}, 'Whose token, and where'),
      this.targetUser.field,
      this.targetRole.field,
      this.channel.field,
    );
    this.element = el('div', { class: 'action-fields' }, this.action.field, this.tokenFields, this.integration.field);
    this.action.select.addEventListener('change', () => {
      this.q.action = this.action.select.value as Action;
      this.render();
      this.onChange();
    });
    this.targetUser.select.addEventListener('change', () => {
      this.q.targetUser = this.targetUser.select.value;
      this.q.targetRole = findUser(this.model, this.q.targetUser)?.roles[0] ?? '';
      this.render();
      this.onChange();
    });
    this.targetRole.select.addEventListener('change', () => {
      this.q.targetRole = this.targetRole.select.value;
      this.onChange();
    });
    this.channel.select.addEventListener('change', () => {
      this.q.channel = this.channel.select.value as Channel | '';
      this.render();
      this.onChange();
    });
    this.integration.select.addEventListener('change', () => {
      this.q.integration = this.integration.select.value;
      this.render();
      this.onChange();
    });
  }

  /** Refills the pickers from the model, keeping the chosen values. */
  update(model: ModelSummary | null): void {
    this.model = model;
    this.render();
  }

  private render(): void {
    const q = this.q;
    this.action.select.value = q.action;
    replace(this.action.hint, ...withCode(ACTION_DOCS[q.action]));
    this.tokenFields.hidden = !isTokenAction(q.action);
    const users = (this.model?.users ?? []).map((u) => ({ value: u.name, label: u.inactive ? `${u.name} (inactive)` : u.name }));
    // A target no longer in the file stays selectable, so the selection survives an edit.
    if (q.targetUser && !findUser(this.model, q.targetUser)) users.push({ value: q.targetUser, label: `${q.targetUser} (not defined)` });
    fillSelect(
      this.targetUser.select,
      [{ options: [{ value: '', label: 'Their own token (acting role)' }] }, { label: 'Another user', options: users }],
      q.targetUser,
    );
    replace(this.targetUser.hint, q.targetUser ? 'A token for another user and one of their roles.' : "The actor's own token, for the role they act in.");
    const roles = roleGroups(this.model, q.targetUser);
    if (q.targetRole && !roles.some((g) => g.options.some((o) => o.value === q.targetRole)))
      roles.push({ options: [{ value: q.targetRole, label: `${q.targetRole} (not defined)` }] });
    fillSelect(this.targetRole.select, roles, q.targetRole);
    this.targetRole.field.hidden = !q.targetUser;
    fillSelect(
      this.channel.select,
      [{ options: [{ value: '', label: 'Default' }, ...CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))] }],
      q.channel,
    );
    replace(this.channel.hint, q.channel ? CHANNEL_DOCS[q.channel] : 'The Settings portlet for your own tokens, the Access Tokens page for another user’s.');
    const integrations = (this.model?.integrations ?? []).map((i) => ({ value: i.name, label: i.name }));
    // Like a target user, a chosen integration no longer in the file stays selectable.
    if (q.integration && !integrations.some((i) => i.value === q.integration))
      integrations.push({ value: q.integration, label: `${q.integration} (not defined)` });
    fillSelect(this.integration.select, [{ options: [{ value: '', label: 'None' }, ...integrations] }], q.integration);
    replace(
      this.integration.hint,
      q.integration
        ? `The request comes from ${q.integration}: its state and its boxes take part in the answer.`
        : 'No application: integration records take no part in the answer.',
    );
  }

  /** The target and channel of a request, when the action takes them, and the integration. */
  requestExtras(): { target?: { user: string; role: string }; channel?: Channel; integration?: string } {
    const out: { target?: { user: string; role: string }; channel?: Channel; integration?: string } = {};
    if (this.q.integration) out.integration = this.q.integration;
    if (!isTokenAction(this.q.action)) return out;
    if (this.q.targetUser && this.q.targetRole) out.target = { user: this.q.targetUser, role: this.q.targetRole };
    if (this.q.channel) out.channel = this.q.channel;
    return out;
  }

  /** Complete when a chosen target user also has a role. */
  complete(): boolean {
    return !isTokenAction(this.q.action) || !this.q.targetUser || !!this.q.targetRole;
  }
}
