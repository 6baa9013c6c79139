import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { QuestionHandling } from '@vungtau/publishing';
import { loadHolidayCalendar } from '../../../../calendar/calendar-store';
import type { Actor } from '../services/actor';
import { runAsWorkflow } from '../services/context';
import { recordTransition } from '../services/history';
import { setWorkflowFields, siteRolesOf } from '../services/items';
import { QUESTION_UID, type Role, type State } from '../services/rules';
import { dueDayOf } from './deadline';
import { ANSWER_PRIVATELY, ASSIGN, FORWARD, parseBody, REJECT } from './input';
import { loadQuestion, SITE_FIELDS, type QuestionRow, type QuestionSite } from './load';
import { hasAskerAddress, mailAssigned, mailPrivateAnswer } from './mail';
import { QUESTION_MESSAGES, QUESTION_ACTION_LABELS, REJECT_REASON_LABELS } from './messages';

/**
 * What a site's staff do with a question besides writing and approving its answer (that is the
 * workflow's submit → forward → approve): assign it to a unit of the site, forward it between a
 * ward and the city portal, answer it privately by mail, or refuse it with a reason. Each action
 * checks the caller's role on the question's site, runs in one transaction with its history line
 * and its mail, and changes a question only while it is open (received or assigned, its answer
 * not in approval or published).
 */

export type QuestionAction = keyof typeof ACTIONS;

/** Where a question may be assigned or forwarded: its answer is not yet written up for review. */
const ROUTABLE: readonly State[] = ['draft', 'returned'];
/** Where it may be answered privately or refused: anything short of a scheduled or published answer. */
const CLOSABLE: readonly State[] = ['draft', 'returned', 'submitted', 'edited'];
const OPEN_HANDLING: readonly QuestionHandling[] = ['received', 'assigned'];

const refuse = (message: string): never => {
  throw new errors.PolicyError(message);
};

const problem = (message: string, path: string): never => {
  throw new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });
};

interface Context {
  strapi: Core.Strapi;
  actor: Actor;
  question: QuestionRow;
  site: QuestionSite;
  roles: Set<Role>;
  now: Date;
}

/** Loads the question for a caller who holds one of the roles on its site (404 unknown, 403 otherwise). */
const open = async (strapi: Core.Strapi, actor: Actor, documentId: string, roles: readonly Role[], now: Date): Promise<Context> => {
  const question = await loadQuestion(strapi, documentId);
  if (!question) throw new errors.NotFoundError(QUESTION_MESSAGES.notQuestion);
  const site = question.site;
  if (!site) throw new errors.ApplicationError(QUESTION_MESSAGES.notQuestion);
  const held = await siteRolesOf(strapi, actor, site.id);
  if (!roles.some((role) => held.has(role))) {
    refuse(roles.includes('editor') ? QUESTION_MESSAGES.notStaffOfSite(site.name) : QUESTION_MESSAGES.notApproverOfSite(site.name));
  }
  return { strapi, actor, question, site, roles: held, now };
};

/** A question whose handling may still change: refuses closed ones, and answers further along than `states`. */
const assertOpen = (question: QuestionRow, states: readonly State[]): void => {
  if (!OPEN_HANDLING.includes(question.handling)) throw new errors.ApplicationError(QUESTION_MESSAGES.closed(question.handling));
  if (!states.includes(question.workflowState)) throw new errors.ApplicationError(QUESTION_MESSAGES.inReview);
};

/** A question closed without a public answer leaves the review queues: its answer draft goes back to `draft`. */
const closeReview = async (context: Context): Promise<State> => {
  if (context.question.workflowState === 'draft') return 'draft';
  await runAsWorkflow(() =>
    setWorkflowFields(
      context.strapi,
      { uid: QUESTION_UID, documentId: context.question.documentId },
      { workflowState: 'draft', scheduledAt: null }
    )
  );
  return 'draft';
};

/** Writes the draft (the only version of an unanswered question) as the workflow, past the guard's field filter. */
const write = (strapi: Core.Strapi, question: QuestionRow, data: Record<string, unknown>) =>
  runAsWorkflow(() => strapi.documents(QUESTION_UID).update({ documentId: question.documentId, status: 'draft', data: data as never }));

const history = (
  context: Context,
  action: keyof typeof QUESTION_ACTION_LABELS,
  extra: { reason?: string | null; note?: string | null; toState?: State }
) =>
  recordTransition(context.strapi, { uid: QUESTION_UID, documentId: context.question.documentId, site: context.site }, context.actor, {
    action,
    fromState: context.question.workflowState,
    ...extra,
    toState: extra.toState ?? context.question.workflowState,
  });

interface UnitRow {
  id: number;
  documentId: string;
  name: string;
  site: { id: number } | null;
}

const ACTIONS = {
  /** Editors and approvers: the unit of the site that answers it; its answerers are told by mail. */
  assign: {
    roles: ['editor', 'approver'] as Role[],
    run: async (context: Context, body: unknown) => {
      const input = parseBody(ASSIGN, body);
      const { strapi, question, site } = context;
      assertOpen(question, ROUTABLE);
      const unit = (await strapi.db.query('api::unit.unit').findOne({
        where: { documentId: input.unit },
        select: ['id', 'documentId', 'name'],
        populate: { site: { select: ['id'] } },
      })) as UnitRow | null;
      if (!unit) return problem(QUESTION_MESSAGES.unitRequired, 'unit');
      if (unit.site?.id !== site.id) return problem(QUESTION_MESSAGES.unitNotOfSite(site.name), 'unit');
      if (question.unit?.id === unit.id) return problem(QUESTION_MESSAGES.sameUnit, 'unit');
      await write(strapi, question, { unit: unit.documentId, handling: 'assigned' });
      await history(context, 'assign-unit', { note: [unit.name, input.note].filter(Boolean).join(' — ') });
      await mailAssigned(strapi, question, site, unit, dueDayOf(question.receivedAt, site, await loadHolidayCalendar(strapi)));
    },
  },

  /**
   * Editors and approvers: a ward's question up to its city portal, or the city's back to the ward
   * that sent it. The other site's staff take it from there (received again, no unit); the deadline
   * still counts from the receipt.
   */
  forward: {
    roles: ['editor', 'approver'] as Role[],
    run: async (context: Context, body: unknown) => {
      const input = parseBody(FORWARD, body);
      const { strapi, question, site } = context;
      assertOpen(question, ROUTABLE);
      let target: { id: number; documentId: string; name: string };
      if (site.kind === 'city') {
        if (!question.forwardedFrom) return refuse(QUESTION_MESSAGES.notForwardedFromHere);
        target = question.forwardedFrom;
      } else {
        if (!site.parent || site.parent.kind !== 'city') return refuse(QUESTION_MESSAGES.noParentSite);
        target = site.parent;
      }
      const exists = (await strapi.db
        .query('api::site.site')
        .findOne({ where: { id: target.id }, select: SITE_FIELDS })) as QuestionSite | null;
      if (!exists) return refuse(QUESTION_MESSAGES.noParentSite);
      await write(strapi, question, {
        site: target.documentId,
        unit: null,
        handling: 'received',
        // Kept when the city sends it back: the question came from that ward.
        forwardedFrom: site.kind === 'city' ? question.forwardedFrom?.documentId : site.documentId,
      });
      await history(context, 'forward-to-site', { note: [`${site.name} → ${target.name}`, input.note].filter(Boolean).join(' — ') });
    },
  },

  /** Approvers: the answer by mail only, never published; the asker must have given an e-mail. */
  'answer-privately': {
    roles: ['approver'] as Role[],
    run: async (context: Context, body: unknown) => {
      const input = parseBody(ANSWER_PRIVATELY, body);
      const { strapi, question, site, now } = context;
      assertOpen(question, CLOSABLE);
      if (question.contactErasedAt) return refuse(QUESTION_MESSAGES.contactErased);
      if (!hasAskerAddress(question)) return refuse(QUESTION_MESSAGES.noEmail);
      await write(strapi, question, {
        privateAnswer: input.privateAnswer,
        handling: 'answered-privately',
        answeredAt: question.answeredAt ?? now.toISOString(),
      });
      await history(context, 'answer-privately', { toState: await closeReview(context) });
      await mailPrivateAnswer(strapi, question, site, input.privateAnswer);
    },
  },

  /** Editors and approvers: not taken, with the reason the tracking page shows. */
  reject: {
    roles: ['editor', 'approver'] as Role[],
    run: async (context: Context, body: unknown) => {
      const input = parseBody(REJECT, body);
      const { strapi, question } = context;
      assertOpen(question, CLOSABLE);
      await write(strapi, question, { handling: 'rejected', rejectReason: input.reason });
      await history(context, 'reject-question', {
        reason: REJECT_REASON_LABELS[input.reason],
        note: input.note ?? null,
        toState: await closeReview(context),
      });
    },
  },
} as const;

export const isQuestionAction = (value: string): value is QuestionAction => Object.hasOwn(ACTIONS, value);

/** Performs one staff action in one transaction; a refusal changes nothing and sends nothing. */
export const performQuestionAction = async (
  strapi: Core.Strapi,
  params: { documentId: string; action: string; actor: Actor; body: unknown; now?: Date }
): Promise<void> => {
  if (!isQuestionAction(params.action)) throw new errors.NotFoundError(QUESTION_MESSAGES.notQuestion);
  const action = ACTIONS[params.action];
  const now = params.now ?? new Date();
  await strapi.db.transaction(async () => {
    const context = await open(strapi, params.actor, params.documentId, action.roles, now);
    await action.run(context, params.body);
  });
};
