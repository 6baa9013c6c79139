import type { Core } from '@strapi/strapi';
import type { BoardAssignment, BoardDirection, BoardHome, BoardList } from '../../shared/contracts';
import type { AdminActor } from '../services/actor';
import { HOME_LIST_SIZE } from '../services/home';
import { sitesOf } from '../services/memberships';
import type { Role } from '../services/rules';
import {
  ARTICLE_STAFF,
  ASSIGNMENT_UID,
  assignedToClause,
  BOARD_WRITERS,
  contributorSelf,
  DIRECTION_READERS,
  DIRECTION_UID,
} from './access';
import { addDaysTo, assignmentStatus, currentDirection, STAGE_LABELS, vietnamDate, vietnamMonth } from './state';

const ARTICLE_UID = 'api::article.article';
const SITE_UID = 'api::site.site';

/** Assignments read for one list: a board's years of them must not load at once. */
const SCAN_LIMIT = 200;

/** A published assignment stays in its assignee's list this many days after its due day. */
const DONE_VISIBLE_DAYS = 30;

/** Older assignments (by due day) are history, not the home page's. */
const WINDOW_DAYS = 365;
const windowStart = (now: Date): Where => ({ dueOn: { $gte: addDaysTo(vietnamDate(now), -WINDOW_DAYS) } });

/** Those who read a site's direction on the home page: as in the content manager (access.ts). */
const DIRECTION_AUDIENCE: readonly Role[] = DIRECTION_READERS;

type Where = Record<string, unknown>;

interface DirectionRow {
  documentId: string;
  month: string;
  title: string;
  summary?: string | null;
  site?: { id: number; name: string } | null;
  topics?: Array<{ title: string; details?: string | null; dueOn?: string | null }> | null;
  events?: Array<{ on: string; title: string; details?: string | null }> | null;
}

interface AssignmentRow {
  id: number;
  documentId: string;
  title: string;
  dueOn: string | null;
  cancelled: boolean | null;
  site?: { id: number; name: string } | null;
  contributor?: { id: number; fullName: string } | null;
  unit?: { id: number; name: string } | null;
}

interface ArticleRow {
  documentId: string;
  title: string;
  workflowState: string;
  assignment?: { id: number } | null;
  createdBy?: { id: number } | null;
}

/** The sites whose current direction the user reads: theirs, and for a ward or commune the city portal above. */
const directionSites = async (strapi: Core.Strapi, actor: AdminActor): Promise<Array<{ id: number; fromAbove: boolean }>> => {
  if (actor.superAdmin) {
    const top = (await strapi.db
      .query(SITE_UID)
      .findMany({ where: { parent: { id: { $null: true } }, kind: 'city' }, select: ['id'] })) as Array<{ id: number }>;
    return top.map(({ id }) => ({ id, fromAbove: false }));
  }
  const own = [...(await sitesOf(strapi, actor.user.id)).values()]
    .filter((entry) => DIRECTION_AUDIENCE.some((role) => entry.roles.has(role)))
    .map((entry) => entry.site.id);
  if (own.length === 0) return [];
  const rows = (await strapi.db.query(SITE_UID).findMany({
    where: { id: { $in: own } },
    select: ['id'],
    populate: { parent: { select: ['id'] } },
  })) as Array<{ id: number; parent?: { id: number } | null }>;
  const result = own.map((id) => ({ id, fromAbove: false }));
  for (const row of rows)
    if (row.parent && !result.some((entry) => entry.id === row.parent!.id)) result.push({ id: row.parent.id, fromAbove: true });
  return result;
};

/** Each site's direction "until the next one" (state.ts), its own first, then the city's. */
const directionsOf = async (strapi: Core.Strapi, actor: AdminActor, now: Date): Promise<BoardDirection[]> => {
  const month = vietnamMonth(now);
  const result: BoardDirection[] = [];
  for (const { id, fromAbove } of await directionSites(strapi, actor)) {
    const rows = (await strapi.db.query(DIRECTION_UID).findMany({
      where: { site: { id }, month: { $lte: month } },
      orderBy: [{ month: 'desc' }],
      limit: 1,
      populate: { site: { select: ['id', 'name'] }, topics: true, events: true },
    })) as DirectionRow[];
    const current = currentDirection(rows, now);
    if (!current) continue;
    result.push({
      documentId: current.documentId,
      site: current.site?.name ?? '',
      fromAbove,
      month: current.month,
      title: current.title,
      summary: current.summary ?? null,
      topics: (current.topics ?? []).map((topic) => ({ title: topic.title, details: topic.details ?? null, dueOn: topic.dueOn ?? null })),
      events: (current.events ?? [])
        .map((event) => ({ on: event.on, title: event.title, details: event.details ?? null }))
        .sort((a, b) => a.on.localeCompare(b.on)),
    });
  }
  return result.sort((a, b) => Number(a.fromAbove) - Number(b.fromAbove));
};

const ASSIGNMENT_POPULATE = {
  site: { select: ['id', 'name'] },
  contributor: { select: ['id', 'fullName'] },
  unit: { select: ['id', 'name'] },
};

/** The assignments matching `where`, with their derived state and an article the reader may open. */
const assignmentsWhere = async (
  strapi: Core.Strapi,
  where: Where,
  now: Date,
  articleFor: (articles: ArticleRow[], row: AssignmentRow) => ArticleRow | undefined
): Promise<BoardAssignment[]> => {
  const rows = (await strapi.db.query(ASSIGNMENT_UID).findMany({
    where,
    populate: ASSIGNMENT_POPULATE,
    // The latest due first: past the limit, what is cut is the oldest (mostly published) work,
    // never this week's. The lists are sorted for reading afterwards.
    orderBy: [{ dueOn: 'desc' }, { id: 'desc' }],
    limit: SCAN_LIMIT,
  })) as AssignmentRow[];
  if (rows.length === 0) return [];
  // Draft rows: every article has one, with its workflow state.
  const articles = (await strapi.db.query(ARTICLE_UID).findMany({
    where: { publishedAt: null, assignment: { id: { $in: rows.map((row) => row.id) } } },
    select: ['documentId', 'title', 'workflowState'],
    populate: { assignment: { select: ['id'] }, createdBy: { select: ['id'] } },
  })) as ArticleRow[];
  return rows.map((row) => {
    const own = articles.filter((article) => article.assignment?.id === row.id);
    const status = assignmentStatus(
      { cancelled: Boolean(row.cancelled), dueOn: row.dueOn, articleStates: own.map((a) => a.workflowState) },
      now
    );
    const article = articleFor(own, row);
    return {
      documentId: row.documentId,
      title: row.title,
      site: row.site?.name ?? '',
      assignee: row.contributor?.fullName ?? row.unit?.name ?? '',
      dueOn: row.dueOn,
      stage: status.stage,
      stageLabel: STAGE_LABELS[status.stage],
      overdue: status.overdue,
      article: article ? { documentId: article.documentId, title: article.title } : null,
    };
  });
};

const overdueFirst = (a: BoardAssignment, b: BoardAssignment) =>
  Number(b.overdue) - Number(a.overdue) || String(a.dueOn ?? '').localeCompare(String(b.dueOn ?? ''));

const list = (entries: BoardAssignment[]): BoardList => ({ items: entries.slice(0, HOME_LIST_SIZE), total: entries.length });

const STAGE_ORDER = ['published', 'scheduled', 'edited', 'submitted', 'returned', 'draft', 'withdrawn'];
const furthest = (articles: ArticleRow[]): ArticleRow | undefined =>
  [...articles].sort((a, b) => STAGE_ORDER.indexOf(a.workflowState) - STAGE_ORDER.indexOf(b.workflowState))[0];

/** "Bài được giao cho tôi": given to the user's contributor record or unit, on the sites where they are a contributor. */
const mineOf = async (strapi: Core.Strapi, actor: AdminActor, now: Date): Promise<BoardAssignment[]> => {
  const sites = [...(await sitesOf(strapi, actor.user.id)).values()]
    .filter((entry) => entry.roles.has('contributor'))
    .map((entry) => entry.site.id);
  const assigned = assignedToClause(await contributorSelf(strapi, actor.user.id));
  if (sites.length === 0 || !assigned) return [];
  const where = { $and: [{ site: { id: { $in: sites } } }, assigned, { cancelled: false }, windowStart(now)] };
  const rows = await assignmentsWhere(strapi, where, now, (articles) =>
    // A contributor opens only the articles they created (rbac.ts).
    furthest(articles.filter((article) => article.createdBy?.id === actor.user.id))
  );
  const since = addDaysTo(vietnamDate(now), -DONE_VISIBLE_DAYS);
  return rows.filter((row) => row.stage !== 'published' || (row.dueOn ?? '') >= since).sort(overdueFirst);
};

/** "Giao bài của trang": open (not published, not cancelled) assignments of the sites whose board the user is on. */
const boardOf = async (strapi: Core.Strapi, actor: AdminActor, now: Date): Promise<BoardAssignment[]> => {
  let sites: Where = {};
  // The head of the board has no article permission (rbac.ts): the article is named, not linked.
  let opens = (_site: number | undefined) => true;
  if (!actor.superAdmin) {
    const entries = [...(await sitesOf(strapi, actor.user.id)).values()];
    const ids = entries.filter((entry) => BOARD_WRITERS.some((role) => entry.roles.has(role))).map((entry) => entry.site.id);
    if (ids.length === 0) return [];
    sites = { site: { id: { $in: ids } } };
    const openers = new Set(entries.filter((entry) => ARTICLE_STAFF.some((role) => entry.roles.has(role))).map((entry) => entry.site.id));
    opens = (site) => site !== undefined && openers.has(site);
  }
  const rows = await assignmentsWhere(strapi, { ...sites, ...windowStart(now), cancelled: false }, now, (articles, row) =>
    opens(row.site?.id) ? furthest(articles) : undefined
  );
  return rows.filter((row) => row.stage !== 'published').sort(overdueFirst);
};

/** The board's month on the home page, scoped exactly as the RBAC conditions of access.ts. */
export const boardHomeOf = async (strapi: Core.Strapi, actor: AdminActor, now = new Date()): Promise<BoardHome> => ({
  directions: await directionsOf(strapi, actor, now),
  mine: list(actor.superAdmin ? [] : await mineOf(strapi, actor, now)),
  board: list(await boardOf(strapi, actor, now)),
});
