import type { Core } from '@strapi/strapi';
import type { WaitingEntry, WorkflowHome, WorkflowItem, WorkflowMe } from '../../shared/contracts';
import { quotaCapWarning } from '../../../reports/server/services/quota-cap';
import { ACTION_LABELS, ROLE_LABELS, STATE_LABELS, WITHDRAW_REASON_LABELS } from '../messages';
import { QUESTION_ACTION_LABELS } from '../questions/messages';
import { adminActor, type AdminUser } from '../services/actor';
import { historyOf } from '../services/history';
import { homeOf } from '../services/home';
import { sitesOf } from '../services/memberships';
import { canSee, capacitiesOn, loadItem } from '../services/items';
import { allowedActions, EDIT_GRANTS, granted, ROLES, TRANSITIONS, type Role } from '../services/rules';
import { itemFor, perform, type ActionInput } from '../services/transitions';

interface AdminContext {
  state: { user: AdminUser };
  params: Record<string, string>;
  request: { body?: unknown };
  body: unknown;
}

/** What each role waits on, for the list view's "waiting for me" filters. */
const WAITING: Array<WaitingEntry & { role: Role }> = [
  { role: 'contributor', states: ['returned'], ownOnly: true, label: 'Bị trả lại cho tôi' },
  { role: 'editor', states: ['submitted'], ownOnly: false, label: 'Chờ tôi biên tập' },
  { role: 'approver', states: ['edited'], ownOnly: false, label: 'Chờ tôi duyệt' },
];

const ARTICLE = 'api::article.article';

/** The history's action names: the workflow's, and the Hỏi đáp page's staff actions on questions. */
const HISTORY_LABELS: Record<string, string> = { ...ACTION_LABELS, ...QUESTION_ACTION_LABELS };

const describe = async (strapi: Core.Strapi, uid: string, documentId: string, user: AdminUser): Promise<WorkflowItem> => {
  const actor = adminActor(user);
  const { item, capacities } = await itemFor(strapi, uid, documentId, actor);
  const actions = allowedActions({ uid: item.uid, state: item.state, siteKind: item.site?.kind ?? null }, capacities);
  const history = await historyOf(strapi, item);
  let proposal: WorkflowItem['proposal'] = null;
  if (item.uid === ARTICLE) {
    const row = (await strapi.db.query(ARTICLE).findOne({
      where: { id: item.id },
      populate: { proposedFrom: { select: ['documentId'] }, creditSite: { select: ['name'] } },
    })) as { proposedFrom?: { documentId: string } | null; creditSite?: { name: string } | null } | null;
    const to = (await strapi.db.query(ARTICLE).findOne({
      where: { proposedFrom: { documentId: item.documentId }, publishedAt: null },
      select: ['documentId'],
    })) as { documentId: string } | null;
    // Links to the other site's copy only for those who may open it there (others get a 403).
    const mayOpen = async (documentId: string | undefined) => {
      const other = documentId ? await loadItem(strapi, ARTICLE, documentId) : null;
      return other ? { ok: canSee(await capacitiesOn(strapi, actor, other)), state: other.state } : { ok: false, state: null };
    };
    const from = await mayOpen(row?.proposedFrom?.documentId);
    const copy = await mayOpen(to?.documentId);
    proposal = {
      from: row?.proposedFrom?.documentId ?? null,
      to: to?.documentId ?? null,
      toState: copy.state,
      creditSite: row?.creditSite?.name ?? null,
      canOpenFrom: from.ok,
      canOpenTo: copy.ok,
    };
  }
  // An article is proposed to the city portal once.
  const offered = actions.filter((action) => !(action === 'propose' && proposal?.to));
  const warnings = new Map(
    await Promise.all(offered.map(async (action) => [action, await quotaCapWarning(strapi, item, action)] as const))
  );
  return {
    uid: item.uid,
    documentId: item.documentId,
    label: item.label,
    state: item.state,
    stateLabel: STATE_LABELS[item.state],
    scheduledAt: item.scheduledAt,
    site: item.site ? { documentId: item.site.documentId, name: item.site.name, kind: item.site.kind } : null,
    proposal,
    canEdit: granted(EDIT_GRANTS, capacities, item.state),
    actions: offered.map((action) => ({
      action,
      label: ACTION_LABELS[action],
      needs: TRANSITIONS[action].needs,
      warning: warnings.get(action) ?? null,
    })),
    history: history.map((entry) => ({
      ...entry,
      actionLabel: HISTORY_LABELS[entry.action] ?? entry.action,
      fromLabel: STATE_LABELS[entry.fromState],
      toLabel: STATE_LABELS[entry.toState],
      withdrawReasonLabel: entry.withdrawReason
        ? WITHDRAW_REASON_LABELS[entry.withdrawReason as keyof typeof WITHDRAW_REASON_LABELS]
        : null,
    })),
  };
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The signed-in user's sites and roles, the labels, and the "waiting for me" filters. */
  async me(ctx: AdminContext) {
    const actor = adminActor(ctx.state.user);
    const superAdmin = actor.kind === 'admin' && actor.superAdmin;
    const sites = [...(await sitesOf(strapi, ctx.state.user.id)).values()].map(({ site, roles }) => ({
      documentId: site.documentId,
      name: site.name,
      kind: site.kind,
      roles: ROLES.filter((role) => roles.has(role)),
    }));
    const held = new Set<Role>(superAdmin ? ROLES : sites.flatMap((site) => site.roles));
    const data: WorkflowMe = {
      userId: ctx.state.user.id,
      superAdmin,
      sites,
      waiting: WAITING.filter((entry) => held.has(entry.role)),
      labels: { states: STATE_LABELS, roles: ROLE_LABELS, actions: ACTION_LABELS, withdrawReasons: WITHDRAW_REASON_LABELS },
    };
    ctx.body = { data };
  },

  /** The admin home page's widgets: what waits for the user, what came back to them, what is scheduled, what they published. */
  async home(ctx: AdminContext) {
    const data: WorkflowHome = await homeOf(strapi, adminActor(ctx.state.user));
    ctx.body = { data };
  },

  /** One item's state, history and the actions the signed-in user may take. */
  async item(ctx: AdminContext) {
    ctx.body = { data: await describe(strapi, ctx.params.uid, ctx.params.documentId, ctx.state.user) };
  },

  /** Performs an action, then answers with the item as `item` does. */
  async act(ctx: AdminContext) {
    const body = (ctx.request.body ?? {}) as ActionInput;
    const { uid, documentId, action } = ctx.params;
    const result = await perform(strapi, { uid, documentId, action, actor: adminActor(ctx.state.user), input: body });
    ctx.body = {
      data: await describe(strapi, uid, documentId, ctx.state.user),
      meta: { proposedDocumentId: result.proposedDocumentId ?? null },
    };
  },
});
