import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { assertNoProblems, type FieldProblem } from '../../../../utils/validation-error';
import { MESSAGES } from '../messages';
import type { Actor } from './actor';
import { approvalProblems } from './approval-requirements';
import { runAsWorkflow } from './context';
import { recordTransition } from './history';
import { announceTransition } from './hooks';
import { canSee, capacitiesOn, loadItem, setWorkflowFields, type WorkflowItem } from './items';
import { proposeToCity } from './proposal';
import { questionPublishStamps } from '../questions/on-publish';
import {
  ACTIONS,
  allowedActions,
  grantedTo,
  isWorkflowUid,
  TRANSITIONS,
  WITHDRAW_REASONS,
  type Action,
  type State,
  type WithdrawReason,
} from './rules';

export interface ActionInput {
  reason?: unknown;
  withdrawReason?: unknown;
  note?: unknown;
  publishAt?: unknown;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim().normalize('NFC') : null);

interface CheckedInput {
  reason: string | null;
  withdrawReason: WithdrawReason | null;
  note: string | null;
  publishAt: string | null;
}

const checkInput = (action: Action, input: ActionInput, now: Date): CheckedInput => {
  const needs = TRANSITIONS[action].needs;
  const problems: FieldProblem[] = [];
  const checked: CheckedInput = { reason: text(input.reason), withdrawReason: null, note: text(input.note), publishAt: null };
  if (needs.reason && !checked.reason) problems.push({ path: ['reason'], message: MESSAGES.reasonRequired });
  if (needs.withdrawReason) {
    const reason = input.withdrawReason;
    if (typeof reason === 'string' && (WITHDRAW_REASONS as readonly string[]).includes(reason))
      checked.withdrawReason = reason as WithdrawReason;
    else problems.push({ path: ['withdrawReason'], message: MESSAGES.withdrawReasonRequired });
  }
  if (needs.note && !checked.note) problems.push({ path: ['note'], message: MESSAGES.noteRequired });
  if (needs.publishAt) {
    const at = typeof input.publishAt === 'string' ? new Date(input.publishAt) : null;
    if (!at || Number.isNaN(at.getTime())) problems.push({ path: ['publishAt'], message: MESSAGES.publishAtRequired });
    else if (at.getTime() <= now.getTime()) problems.push({ path: ['publishAt'], message: MESSAGES.publishAtInPast });
    else checked.publishAt = at.toISOString();
  }
  assertNoProblems(problems);
  return checked;
};

/** Loads an item for an actor, refusing what they may not see (404 for unknown, 403 for others' sites). */
export const itemFor = async (strapi: Core.Strapi, uid: string, documentId: string, actor: Actor) => {
  if (!isWorkflowUid(uid)) throw new errors.ValidationError(MESSAGES.notWorkflowType);
  const item = await loadItem(strapi, uid, documentId);
  if (!item) throw new errors.NotFoundError(MESSAGES.notFound);
  const capacities = await capacitiesOn(strapi, actor, item);
  if (!canSee(capacities)) throw new errors.PolicyError(MESSAGES.notMemberOfSite(item.site?.name ?? '—'));
  return { item, capacities };
};

/** Makes the draft the public version and stamps the posting time (and a question's answer time) the first time round. */
const publishNow = async (strapi: Core.Strapi, item: WorkflowItem, now: Date): Promise<void> => {
  const row = (await strapi.db.query(item.uid).findOne({ where: { id: item.id }, select: ['postedAt'] })) as {
    postedAt?: string | null;
  } | null;
  const stamps = { ...(row?.postedAt ? {} : { postedAt: now.toISOString() }), ...(await questionPublishStamps(strapi, item, now)) };
  if (Object.keys(stamps).length > 0) {
    await strapi.documents(item.uid).update({ documentId: item.documentId, status: 'draft', data: stamps as never });
  }
  await strapi.documents(item.uid).publish({ documentId: item.documentId });
};

interface ValidationDetails {
  details?: { errors?: Array<{ path: string[]; message: string }> };
}

/**
 * Publishes after the approval checks, reporting the approval's problems and the publishing
 * rules' problems (src/validation) together, so the approver sees everything to fix at once.
 */
const approveAndPublish = async (strapi: Core.Strapi, item: WorkflowItem, now: Date): Promise<void> => {
  const problems = await approvalProblems(strapi, item);
  try {
    await publishNow(strapi, item, now);
  } catch (error) {
    if (!(error instanceof errors.ValidationError)) throw error;
    const fieldErrors = (error as ValidationDetails).details?.errors ?? [];
    if (fieldErrors.length === 0) throw error;
    problems.push(...fieldErrors.map(({ path, message }) => ({ path, message })));
  }
  // Both checks may name the same field; the approval's wording is the one to keep.
  const seen = new Set<string>();
  assertNoProblems(problems.filter(({ path }) => !seen.has(path.join('.')) && seen.add(path.join('.'))));
};

/**
 * Performs one workflow action for an actor: the single place where an item changes state.
 * Everything happens in one transaction, so a refused publish (a validation rule) leaves the
 * state and the history as they were.
 */
export const perform = async (
  strapi: Core.Strapi,
  params: { uid: string; documentId: string; action: string; actor: Actor; input?: ActionInput; now?: Date }
): Promise<{ item: WorkflowItem; proposedDocumentId?: string }> => {
  const { actor } = params;
  const now = params.now ?? new Date();
  if (!(ACTIONS as readonly string[]).includes(params.action)) throw new errors.ValidationError(MESSAGES.unknownAction(params.action));
  const action = params.action as Action;
  const rule = TRANSITIONS[action];

  // Checks run inside the transaction, so two people pressing at once cannot both move the item.
  return strapi.db.transaction(() =>
    runAsWorkflow(async () => {
      const { item, capacities } = await itemFor(strapi, params.uid, params.documentId, actor);
      if (rule.wardArticlesOnly && (item.uid !== 'api::article.article' || item.site?.kind === 'city')) {
        throw new errors.ValidationError(MESSAGES.proposeOnlyWardArticles);
      }
      if (!allowedActions({ uid: item.uid, state: item.state, siteKind: item.site?.kind ?? null }, capacities).includes(action)) {
        // 400 when nobody could do this from the current state, 403 when someone else could.
        const possibleNow = Object.values(rule.grants).some((states) => states?.includes(item.state));
        if (!possibleNow) throw new errors.ApplicationError(MESSAGES.wrongState(action, item.state));
        throw new errors.PolicyError(MESSAGES.cannotAct(action, item.state, grantedTo(rule.grants, item.state)));
      }
      const input = checkInput(action, params.input ?? {}, now);

      const from: State = item.state;
      const to: State = rule.to ?? from;
      let proposedDocumentId: string | undefined;
      if (action === 'approve') await approveAndPublish(strapi, item, now);
      if (action === 'schedule') assertNoProblems(await approvalProblems(strapi, item));
      if (action === 'withdraw') await strapi.documents(item.uid).unpublish({ documentId: item.documentId });
      if (action === 'propose') proposedDocumentId = await proposeToCity(strapi, item, actor);

      const scheduledAt = action === 'schedule' ? input.publishAt : action === 'propose' ? item.scheduledAt : null;
      await setWorkflowFields(strapi, item, { workflowState: to, scheduledAt });
      await recordTransition(strapi, item, actor, { action, fromState: from, toState: to, ...input });
      const moved = { ...item, state: to, scheduledAt };
      await announceTransition(strapi, {
        item: moved,
        action,
        fromState: from,
        toState: to,
        actor,
        withdrawReason: input.withdrawReason,
        at: now,
      });
      return { item: moved, proposedDocumentId };
    })
  );
};

/** Publishes one scheduled item whose time has come; on failure it goes back to the approver. */
export const publishScheduled = async (strapi: Core.Strapi, item: WorkflowItem, now: Date): Promise<boolean> => {
  const system: Actor = { kind: 'system' };
  try {
    await strapi.db.transaction(() =>
      runAsWorkflow(async () => {
        assertNoProblems(await approvalProblems(strapi, item));
        await publishNow(strapi, item, now);
        await setWorkflowFields(strapi, item, { workflowState: 'published', scheduledAt: item.scheduledAt });
        await recordTransition(strapi, item, system, {
          action: 'publish-due',
          fromState: 'scheduled',
          toState: 'published',
          publishAt: item.scheduledAt,
        });
        await announceTransition(strapi, {
          item: { ...item, state: 'published' },
          action: 'publish-due',
          fromState: 'scheduled',
          toState: 'published',
          actor: system,
          withdrawReason: null,
          // The time the approver chose, not the minute the cron job happened to run.
          at: item.scheduledAt ? new Date(item.scheduledAt) : now,
        });
      })
    );
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    strapi.log.error(`Workflow: scheduled publishing of ${item.uid} ${item.documentId} failed: ${message}`);
    await strapi.db.transaction(() =>
      runAsWorkflow(async () => {
        await setWorkflowFields(strapi, item, { workflowState: 'edited', scheduledAt: null });
        await recordTransition(strapi, item, system, {
          action: 'schedule-failed',
          fromState: 'scheduled',
          toState: 'edited',
          note: message,
        });
      })
    );
    return false;
  }
};
