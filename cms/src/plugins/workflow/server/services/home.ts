import type { Core } from '@strapi/strapi';
import type { HomeEntry, HomeList, WorkflowHome } from '../../shared/contracts';
import { STATE_LABELS } from '../messages';
import type { AdminActor } from './actor';
import { reportReminders } from '../../../reports/server/services/reminders';
import { TRANSITION_UID } from './history';
import { sitesOf } from './memberships';
import { CONTENT_ROLES, WORKFLOW_UIDS, type Role, type State, type WorkflowUid } from './rules';

/** How many items each home widget lists; the total says how many more there are. */
export const HOME_LIST_SIZE = 10;

const TYPE_LABELS: Record<WorkflowUid, string> = {
  'api::article.article': 'Tin bài',
  'api::legal-document.legal-document': 'Văn bản',
  'api::question.question': 'Câu hỏi',
};

/** Vietnam has no daylight saving: its month starts at 17:00 UTC on the previous day. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
export const startOfVietnamMonth = (now: Date): Date => {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - VIETNAM_OFFSET_MS);
};

interface Row {
  id: number;
  documentId: string;
  title?: string | null;
  number?: string | null;
  workflowState?: State | null;
  scheduledAt?: string | null;
  updatedAt?: string | null;
  site?: { id: number; name: string } | null;
  createdBy?: { id: number } | null;
}

type Where = Record<string, unknown>;

/** The user's scope: site ids by role; a super admin (operator) holds every role on every site. */
interface Scope {
  all: boolean;
  userId: number;
  by: (roles: readonly Role[]) => number[];
}

const scopeOf = async (strapi: Core.Strapi, actor: AdminActor): Promise<Scope> => {
  const sites = [...(await sitesOf(strapi, actor.user.id)).values()];
  return {
    all: actor.superAdmin,
    userId: actor.user.id,
    by: (roles) => sites.filter((entry) => roles.some((role) => entry.roles.has(role))).map((entry) => entry.site.id),
  };
};

/** `{ site.id ∈ ids }`, or nothing to match when the user holds none of the roles. */
const onSites = (scope: Scope, roles: readonly Role[]): Where | null => {
  if (scope.all) return {};
  const ids = scope.by(roles);
  return ids.length > 0 ? { site: { id: { $in: ids } } } : null;
};

/** The user's own items, on the sites where they still hold a content role (their author capacity). */
const mine = (scope: Scope): Where | null => {
  const sites = onSites(scope, CONTENT_ROLES);
  return sites ? { ...sites, createdBy: { id: scope.userId } } : null;
};

const labelOf = (row: Row): string => String(row.title ?? row.number ?? row.documentId);

const entry = (uid: WorkflowUid, row: Row, extra: Partial<HomeEntry> = {}): HomeEntry => ({
  uid,
  documentId: row.documentId,
  label: labelOf(row),
  typeLabel: TYPE_LABELS[uid],
  site: row.site?.name ?? '',
  stateLabel: row.workflowState ? STATE_LABELS[row.workflowState] : '',
  at: null,
  by: null,
  reason: null,
  ...extra,
});

/** Rows read per type for one list: its total counts up to this many. */
const HOME_SCAN_LIMIT = 500;

/** Draft rows (every workflow document has one) of the workflow types matching one of the clauses. */
const draftsWhere = async (
  strapi: Core.Strapi,
  clauses: Array<Where | null>,
  orderBy: Record<string, 'asc' | 'desc'>
): Promise<Array<{ uid: WorkflowUid; row: Row }>> => {
  const present = clauses.filter((clause): clause is Where => clause !== null);
  if (present.length === 0) return [];
  const found = await Promise.all(
    WORKFLOW_UIDS.map(async (uid) => {
      const rows = (await strapi.db.query(uid).findMany({
        where: { publishedAt: null, $or: present },
        populate: { site: { select: ['id', 'name'] }, createdBy: { select: ['id'] } },
        orderBy,
        // Bounded: the home page shows the first few; a city's years of drafts must not load at once.
        limit: HOME_SCAN_LIMIT,
      })) as Row[];
      return rows.map((row) => ({ uid, row }));
    })
  );
  return found.flat();
};

const list = (entries: HomeEntry[]): HomeList => ({ items: entries.slice(0, HOME_LIST_SIZE), total: entries.length });

const byTime = (direction: 1 | -1) => (a: HomeEntry, b: HomeEntry) => direction * String(a.at ?? '').localeCompare(String(b.at ?? ''));

interface TransitionRow {
  targetUid: string;
  targetDocumentId: string;
  reason: string | null;
  actorName: string;
  createdAt: string;
  actor?: { id: number } | null;
}

/** The latest transition into `state` of each listed document. */
const latestInto = async (strapi: Core.Strapi, state: State, documentIds: string[]): Promise<Map<string, TransitionRow>> => {
  if (documentIds.length === 0) return new Map();
  const rows = (await strapi.db.query(TRANSITION_UID).findMany({
    where: { toState: state, targetDocumentId: { $in: documentIds } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  })) as TransitionRow[];
  const latest = new Map<string, TransitionRow>();
  for (const row of rows) if (!latest.has(row.targetDocumentId)) latest.set(row.targetDocumentId, row);
  return latest;
};

/**
 * The admin home page's lists for one user. Each list holds only items the user may open in the
 * content manager: the same sites and roles as the RBAC conditions of rbac.ts (a contributor sees
 * their own items; editors and approvers their sites' items).
 */
export const homeOf = async (strapi: Core.Strapi, actor: AdminActor, now = new Date()): Promise<WorkflowHome> => {
  const scope = await scopeOf(strapi, actor);

  const editing = onSites(scope, ['editor']);
  const approving = onSites(scope, ['approver']);
  const waitingRows = await draftsWhere(
    strapi,
    [editing && { ...editing, workflowState: 'submitted' }, approving && { ...approving, workflowState: 'edited' }],
    { updatedAt: 'asc' }
  );
  const waiting = waitingRows.map(({ uid, row }) => entry(uid, row, { at: row.updatedAt ?? null })).sort(byTime(1));

  // An operator authors nothing of their own here: "returned to me" is the creator's list.
  const own = scope.all ? null : mine(scope);
  const returnedRows = await draftsWhere(strapi, [own && { ...own, workflowState: 'returned' }], { updatedAt: 'desc' });
  const returns = await latestInto(
    strapi,
    'returned',
    returnedRows.map(({ row }) => row.documentId)
  );
  const returned = returnedRows
    .map(({ uid, row }) => {
      const last = returns.get(row.documentId);
      return entry(uid, row, { at: last?.createdAt ?? null, by: last?.actorName ?? null, reason: last?.reason ?? null });
    })
    .sort(byTime(-1));

  const staff = onSites(scope, ['editor', 'approver']);
  const scheduledRows = await draftsWhere(
    strapi,
    [staff && { ...staff, workflowState: 'scheduled' }, own && { ...own, workflowState: 'scheduled' }],
    { scheduledAt: 'asc' }
  );
  const scheduled = dedupe(scheduledRows)
    .map(({ uid, row }) => entry(uid, row, { at: row.scheduledAt ?? null }))
    .sort(byTime(1));

  return {
    waiting: list(waiting),
    returned: list(returned),
    scheduled: list(scheduled),
    published: list(await publishedThisMonth(strapi, scope, now)),
    reportReminders: await reportReminders(strapi, actor, now),
  };
};

const dedupe = <T extends { row: Row }>(rows: T[]): T[] => {
  const seen = new Set<string>();
  return rows.filter(({ row }) => (seen.has(row.documentId) ? false : (seen.add(row.documentId), true)));
};

/**
 * Items published this month that the user published (approved, or scheduled and the system
 * published on time) or wrote, on the sites where they hold a content role now.
 */
const publishedThisMonth = async (strapi: Core.Strapi, scope: Scope, now: Date): Promise<HomeEntry[]> => {
  const sites = onSites(scope, CONTENT_ROLES);
  if (!sites) return [];
  const transitions = (await strapi.db.query(TRANSITION_UID).findMany({
    where: { ...sites, toState: 'published', createdAt: { $gte: startOfVietnamMonth(now).toISOString() } },
    populate: { actor: { select: ['id'] } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    limit: HOME_SCAN_LIMIT * WORKFLOW_UIDS.length,
  })) as TransitionRow[];
  const entries: HomeEntry[] = [];
  const seen = new Set<string>();
  for (const uid of WORKFLOW_UIDS) {
    const forType = transitions.filter((row) => row.targetUid === uid);
    if (forType.length === 0) continue;
    const rows = (await strapi.db.query(uid).findMany({
      where: { publishedAt: null, documentId: { $in: [...new Set(forType.map((row) => row.targetDocumentId))] } },
      populate: { site: { select: ['id', 'name'] }, createdBy: { select: ['id'] } },
    })) as Row[];
    const byDocument = new Map(rows.map((row) => [row.documentId, row]));
    for (const transition of forType) {
      const row = byDocument.get(transition.targetDocumentId);
      if (!row || seen.has(row.documentId)) continue;
      if (transition.actor?.id !== scope.userId && row.createdBy?.id !== scope.userId) continue;
      seen.add(row.documentId);
      entries.push(entry(uid, row, { at: transition.createdAt, by: transition.actorName }));
    }
  }
  return entries.sort(byTime(-1));
};
