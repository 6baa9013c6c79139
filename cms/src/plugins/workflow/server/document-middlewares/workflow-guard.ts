import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MESSAGES } from '../messages';
import { currentActor, type Actor } from '../services/actor';
import { inWorkflow, runAsWorkflow } from '../services/context';
import { TRANSITION_UID } from '../services/history';
import { capacitiesOn, loadItem, setWorkflowFields, siteRolesOf, type WorkflowItem } from '../services/items';
import { WORKFLOW_FIELDS } from '../services/rbac';
import { QUESTION_MANAGED_FIELDS, questionWriteProblem } from '../questions/fields';
import {
  CONTENT_ROLES,
  deleteGrantsFor,
  EDIT_GRANTS,
  granted,
  grantedTo,
  isWorkflowUid,
  QUESTION_UID,
  type Role,
  type WorkflowUid,
} from '../services/rules';

type Middleware = Modules.Documents.Middleware.Middleware;
type Context = Parameters<Middleware>[0];
type Next = Parameters<Middleware>[1];
type Result = Awaited<ReturnType<Next>>;

interface Params {
  documentId?: string;
  status?: string;
  data?: Record<string, unknown>;
}

const DRAFTING = new Set(['draft', 'returned']);

/** Workflow fields are the workflow's to set: anything else sending them is ignored. */
const stripWorkflowFields = (params: Params): void => {
  if (!params.data) return;
  for (const field of WORKFLOW_FIELDS) delete params.data[field];
};

/** A question's handling (unit, site, deadlines, private answer…) changes only through the staff actions (questions/actions.ts). */
const stripQuestionFields = (params: Params): void => {
  if (!params.data) return;
  for (const field of QUESTION_MANAGED_FIELDS) delete params.data[field];
};

/** The roles that let someone write an item of this type on its site at all. */
const writingRoles = (uid: WorkflowUid): readonly Role[] => (uid === QUESTION_UID ? ['editor', 'approver', 'answerer'] : CONTENT_ROLES);

/** A PolicyError, because Strapi's route layer replaces any other ForbiddenError's message with "Forbidden". */
const refuse = (message: string): never => {
  throw new errors.PolicyError(message);
};

/** A write may create or change an item only on a site where the actor holds a content role. */
const assertMayWriteOnSite = async (strapi: Core.Strapi, actor: Actor, item: WorkflowItem | null): Promise<void> => {
  if (actor.kind !== 'admin' || actor.superAdmin || !item) return;
  if (!item.site) refuse(MESSAGES.noSite);
  const roles = await siteRolesOf(strapi, actor, item.site?.id);
  if (!writingRoles(item.uid).some((role) => roles.has(role))) refuse(MESSAGES.notMemberOfSite(item.site?.name ?? '—'));
};

const assertMayChange = async (strapi: Core.Strapi, actor: Actor, item: WorkflowItem, grants: typeof EDIT_GRANTS, deleting: boolean) => {
  if (actor.kind === 'system') return;
  if (actor.kind === 'anonymous') refuse(MESSAGES.anonymousWrite);
  const message = deleting
    ? MESSAGES.cannotDelete(item.state)
    : MESSAGES.cannotEdit(
        item.state,
        // An answerer edits only their unit's questions.
        grantedTo(grants, item.state).filter((capacity) => capacity !== 'answerer' || item.uid === QUESTION_UID)
      );
  // An integration's token may work on drafts only; it has no site and no role to approve with.
  if (actor.kind === 'token') {
    if (item.uid === QUESTION_UID) refuse(MESSAGES.questionsNotByToken);
    if (!DRAFTING.has(item.state)) refuse(message);
    return;
  }
  await assertMayWriteOnSite(strapi, actor, item);
  const capacities = await capacitiesOn(strapi, actor, item);
  if (!granted(grants, capacities, item.state)) refuse(message);
  return capacities;
};

const documentIdOf = (result: unknown, params: Params): string | undefined =>
  (result as { documentId?: string } | null)?.documentId ?? params.documentId;

const guardContent = async (strapi: Core.Strapi, uid: WorkflowUid, context: Context, next: Next): Promise<Result> => {
  const params = context.params as Params;
  const actor = currentActor(strapi);
  switch (context.action) {
    case 'publish':
      return refuse(MESSAGES.publishOutsideWorkflow);
    case 'unpublish':
      return refuse(MESSAGES.unpublishOutsideWorkflow);
    case 'create':
    case 'clone': {
      if (params.status === 'published') refuse(MESSAGES.publishOutsideWorkflow);
      if (actor.kind === 'anonymous') refuse(MESSAGES.anonymousWrite);
      if (uid === QUESTION_UID) {
        const problem = questionWriteProblem(actor);
        if (problem) refuse(problem);
      }
      stripWorkflowFields(params);
      return strapi.db.transaction(async (): Promise<Result> => {
        const result = await next();
        const documentId = documentIdOf(result, { ...params, documentId: undefined });
        if (!documentId) return result;
        // A copy starts its own life as a draft, whatever the original had reached.
        await runAsWorkflow(() => setWorkflowFields(strapi, { uid, documentId }, { workflowState: 'draft', scheduledAt: null }));
        if (context.action === 'clone') {
          await strapi.db
            .query(uid)
            .updateMany({ where: { documentId }, data: { creditSite: null, proposedFrom: null } })
            .catch(() => undefined);
        }
        await assertMayWriteOnSite(strapi, actor, await loadItem(strapi, uid, documentId));
        return result;
      });
    }
    case 'update':
    case 'discardDraft': {
      if (params.status === 'published') refuse(MESSAGES.publishOutsideWorkflow);
      stripWorkflowFields(params);
      if (uid === QUESTION_UID) stripQuestionFields(params);
      const before = params.documentId ? await loadItem(strapi, uid, params.documentId) : null;
      if (!before) return next();
      const capacities = await assertMayChange(strapi, actor, before, EDIT_GRANTS, false);
      // An answerer writes the answer and nothing else: not the question, the asker or the title.
      if (capacities && !(['author', 'editor', 'approver'] as const).some((c) => capacities.has(c)) && params.data) {
        params.data = 'answer' in params.data ? { answer: params.data.answer } : {};
      }
      return strapi.db.transaction(async (): Promise<Result> => {
        const result = await next();
        // Moving an item to another site needs a role there too.
        if (actor.kind === 'admin') await assertMayWriteOnSite(strapi, actor, await loadItem(strapi, uid, before.documentId));
        return result;
      });
    }
    case 'delete': {
      const item = params.documentId ? await loadItem(strapi, uid, params.documentId) : null;
      if (item) await assertMayChange(strapi, actor, item, deleteGrantsFor(uid), true);
      return next();
    }
    default:
      return next();
  }
};

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

/**
 * The one gate for articles, legal documents and questions: publishing and withdrawing happen only inside
 * the workflow (services/transitions), and other writes only by whom the workflow allows in the
 * item's current state, whether they come from the admin, the admin API or a content API token.
 */
const workflowGuard =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (inWorkflow()) return next();
    if (context.uid === TRANSITION_UID) {
      if (WRITES.has(context.action)) refuse(MESSAGES.historyAppendOnly);
      return next();
    }
    if (!isWorkflowUid(context.uid)) return next();
    return guardContent(strapi, context.uid, context, next);
  };

export default workflowGuard;
