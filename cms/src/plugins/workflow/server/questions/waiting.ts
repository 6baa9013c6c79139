import type { Core } from '@strapi/strapi';
import { QUESTION_FIELDS, type QuestionHandling } from '@vungtau/publishing';
import { loadHolidayCalendar } from '../../../../calendar/calendar-store';
import type { QuestionActionName, QuestionEntry, QuestionsWaiting, WaitingList, WaitingListKey } from '../../shared/questions';
import { STATE_LABELS } from '../messages';
import type { Actor } from '../services/actor';
import { sitesOf } from '../services/memberships';
import { QUESTION_UID, ROLES, type Role, type State } from '../services/rules';
import { deadlineOf } from './deadline';
import { SITE_FIELDS, type QuestionRow } from './load';
import { hasAskerAddress } from './mail';
import { HANDLING_LABELS, QUESTION_ACTION_LABELS, REJECT_REASON_LABELS } from './messages';

/**
 * The "waiting for me" lists of the Hỏi đáp page, per role on each site: editors and approvers
 * the questions received and not yet assigned, editors the answers to edit, approvers the answers
 * to approve, a unit's answerers the questions assigned to their unit and not yet answered.
 * Overdue ones first, then by due day.
 */

const LIST_LABELS: Record<WaitingListKey, string> = {
  'to-assign': 'Câu hỏi mới, chờ giao đơn vị trả lời',
  'to-answer': 'Câu hỏi giao đơn vị tôi, chờ trả lời',
  'to-edit': 'Câu trả lời chờ biên tập',
  'to-approve': 'Câu trả lời chờ duyệt',
};

const DRAFTING: readonly State[] = ['draft', 'returned'];
const OPEN: readonly QuestionHandling[] = ['received', 'assigned'];

interface Scope {
  roles: Set<Role>;
  units: Set<number>;
}

/** The roles (and answered units) of the actor per site id; a super admin holds editor and approver everywhere. */
const scopesOf = async (strapi: Core.Strapi, actor: Actor): Promise<Map<number, Scope>> => {
  const scopes = new Map<number, Scope>();
  if (actor.kind !== 'admin') return scopes;
  if (actor.superAdmin) {
    const sites = (await strapi.db.query('api::site.site').findMany({ select: ['id'] })) as Array<{ id: number }>;
    for (const site of sites) scopes.set(site.id, { roles: new Set(ROLES), units: new Set() });
    return scopes;
  }
  for (const entry of (await sitesOf(strapi, actor.user.id)).values()) {
    scopes.set(entry.site.id, { roles: entry.roles, units: entry.answererUnits });
  }
  return scopes;
};

const listsOf = (question: QuestionRow, scope: Scope): WaitingListKey[] => {
  const { roles, units } = scope;
  const staff = roles.has('editor') || roles.has('approver');
  const open = OPEN.includes(question.handling);
  const keys: WaitingListKey[] = [];
  if (!open) return keys;
  if (staff && question.handling === 'received' && DRAFTING.includes(question.workflowState)) keys.push('to-assign');
  if (
    roles.has('answerer') &&
    question.unit &&
    units.has(question.unit.id) &&
    question.handling === 'assigned' &&
    DRAFTING.includes(question.workflowState)
  )
    keys.push('to-answer');
  if (roles.has('editor') && question.workflowState === 'submitted') keys.push('to-edit');
  if (roles.has('approver') && question.workflowState === 'edited') keys.push('to-approve');
  return keys;
};

/** Where "Chuyển trang" would send it: the ward it came from (on the city), or the ward's city portal. */
const forwardTarget = (question: QuestionRow): string | null => {
  const site = question.site;
  if (!site) return null;
  if (site.kind === 'city') return question.forwardedFrom?.name ?? null;
  return site.parent?.kind === 'city' ? site.parent.name : null;
};

const actionsOf = (question: QuestionRow, roles: Set<Role>): QuestionActionName[] => {
  const staff = roles.has('editor') || roles.has('approver');
  if (!staff || !OPEN.includes(question.handling)) return [];
  const actions: QuestionActionName[] = [];
  const routable = DRAFTING.includes(question.workflowState);
  if (routable) actions.push('assign');
  if (routable && forwardTarget(question)) actions.push('forward');
  const closable = [...DRAFTING, 'submitted', 'edited'].includes(question.workflowState);
  if (closable && roles.has('approver') && hasAskerAddress(question)) actions.push('answer-privately');
  if (closable) actions.push('reject');
  return actions;
};

export const waitingFor = async (strapi: Core.Strapi, actor: Actor, now = new Date()): Promise<QuestionsWaiting> => {
  const scopes = await scopesOf(strapi, actor);
  const lists = new Map<WaitingListKey, QuestionEntry[]>();
  if (scopes.size > 0) {
    const rows = (await strapi.db.query(QUESTION_UID).findMany({
      where: {
        publishedAt: null,
        site: { id: { $in: [...scopes.keys()] } },
        handling: { $in: [...OPEN] },
        workflowState: { $in: ['draft', 'returned', 'submitted', 'edited'] },
      },
      select: [
        'id',
        'documentId',
        'title',
        'slug',
        'field',
        'email',
        'handling',
        'workflowState',
        'receivedAt',
        'answeredAt',
        'contactErasedAt',
      ],
      populate: {
        site: { select: SITE_FIELDS, populate: { parent: { select: ['id', 'documentId', 'name', 'kind'] } } },
        unit: { select: ['id', 'documentId', 'name'] },
        forwardedFrom: { select: ['id', 'documentId', 'name'] },
      },
      orderBy: { receivedAt: 'asc' },
    })) as QuestionRow[];
    const calendar = await loadHolidayCalendar(strapi);
    for (const question of rows) {
      const scope = question.site ? scopes.get(question.site.id) : undefined;
      if (!scope || !question.site) continue;
      const keys = listsOf(question, scope);
      if (keys.length === 0) continue;
      const deadline = deadlineOf({ receivedAt: question.receivedAt }, question.site, now, calendar);
      const entry: QuestionEntry = {
        documentId: question.documentId,
        title: question.title,
        fieldLabel: (QUESTION_FIELDS as Record<string, string>)[question.field] ?? question.field,
        site: { documentId: question.site.documentId, name: question.site.name },
        unit: question.unit ? { documentId: question.unit.documentId, name: question.unit.name } : null,
        forwardedFrom: question.forwardedFrom?.name ?? null,
        receivedAt: new Date(question.receivedAt).toISOString(),
        dueDate: deadline.dueDate,
        overdue: deadline.overdue,
        handlingLabel: HANDLING_LABELS[question.handling],
        stateLabel: STATE_LABELS[question.workflowState],
        actions: actionsOf(question, scope.roles),
        forwardTo: forwardTarget(question),
      };
      for (const key of keys) lists.set(key, [...(lists.get(key) ?? []), entry]);
    }
  }
  const order: WaitingListKey[] = ['to-assign', 'to-answer', 'to-edit', 'to-approve'];
  const result: WaitingList[] = order
    .filter((key) => lists.has(key) || visibleEmpty(key, scopes))
    .map((key) => ({
      key,
      label: LIST_LABELS[key],
      entries: (lists.get(key) ?? []).sort(
        (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate) || a.receivedAt.localeCompare(b.receivedAt)
      ),
    }));
  return { lists: result, labels: { actions: ACTION_NAMES, rejectReasons: REJECT_REASON_LABELS } };
};

/** A list is shown, empty, to whoever it is for, so the page says "nothing waiting" rather than hiding the list. */
const visibleEmpty = (key: WaitingListKey, scopes: Map<number, Scope>): boolean => {
  const held = new Set([...scopes.values()].flatMap((scope) => [...scope.roles]));
  if (key === 'to-assign') return held.has('editor') || held.has('approver');
  if (key === 'to-answer') return [...scopes.values()].some((scope) => scope.units.size > 0);
  if (key === 'to-edit') return held.has('editor');
  return held.has('approver');
};

const ACTION_NAMES: Record<QuestionActionName, string> = {
  assign: QUESTION_ACTION_LABELS['assign-unit'],
  forward: QUESTION_ACTION_LABELS['forward-to-site'],
  'answer-privately': QUESTION_ACTION_LABELS['answer-privately'],
  reject: QUESTION_ACTION_LABELS['reject-question'],
};
