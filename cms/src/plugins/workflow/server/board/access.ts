import type { Core } from '@strapi/strapi';
import { siteIdsWithRole } from '../services/memberships';
import type { Role } from '../services/rules';

/**
 * Who works on the board's month (the monthly direction, the assignments): the board of a site
 * (its editors, approvers and head of board) writes both; the site's contributors and
 * administrator read its directions; a contributor reads the assignments given to them or to
 * their unit. Operators (super admins) do everything. Other sites see nothing.
 */
export const DIRECTION_UID = 'api::direction.direction';
export const ASSIGNMENT_UID = 'api::assignment.assignment';
export const BOARD_UIDS: readonly string[] = [DIRECTION_UID, ASSIGNMENT_UID];
export const isBoardUid = (uid: string): boolean => BOARD_UIDS.includes(uid);

export const BOARD_WRITERS: readonly Role[] = ['editor', 'approver', 'board-head'];
export const DIRECTION_READERS: readonly Role[] = [...BOARD_WRITERS, 'contributor', 'site-admin'];
/** Who works on a site's articles among the board (the head of the board has no article permission). */
export const ARTICLE_STAFF: readonly Role[] = ['editor', 'approver'];

export const CONTRIBUTOR_UID = 'api::contributor.contributor';

/** The user's contributor records (`adminUser`) and their units: whom an assignment may name for them. */
export const contributorSelf = async (strapi: Core.Strapi, userId: number): Promise<{ contributorIds: number[]; unitIds: number[] }> => {
  const rows = (await strapi.db.query(CONTRIBUTOR_UID).findMany({
    where: { adminUser: { id: userId } },
    select: ['id'],
    populate: { unit: { select: ['id'] } },
  })) as Array<{ id: number; unit?: { id: number } | null }>;
  return {
    contributorIds: rows.map((row) => row.id),
    unitIds: [...new Set(rows.flatMap((row) => (row.unit ? [row.unit.id] : [])))],
  };
};

/** `{ contributor ∈ mine } ∪ { unit ∈ my units }`, as a Strapi filter; null when the user is no contributor. */
export const assignedToClause = (self: { contributorIds: number[]; unitIds: number[] }): Record<string, unknown> | null => {
  const or: Array<Record<string, unknown>> = [];
  if (self.contributorIds.length > 0) or.push({ contributor: { id: { $in: self.contributorIds } } });
  if (self.unitIds.length > 0) or.push({ unit: { id: { $in: self.unitIds } } });
  return or.length > 0 ? { $or: or } : null;
};

type Handler = (user: { id: number }) => Promise<Record<string, unknown> | false>;

const onSitesOf =
  (strapi: Core.Strapi, roles: readonly Role[]): Handler =>
  async (user) => {
    const ids = await siteIdsWithRole(strapi, user.id, roles);
    return ids.length > 0 ? { 'site.id': { $in: ids } } : false;
  };

export const BOARD_CONDITIONS = {
  runs: 'plugin::workflow.board-on-sites-i-run',
  reads: 'plugin::workflow.board-direction-on-my-sites',
  assigned: 'plugin::workflow.board-assigned-to-me',
} as const;

/** The admin RBAC conditions of the board's types (registered with the workflow's others). */
export const boardConditions = (strapi: Core.Strapi) => [
  {
    name: 'board-on-sites-i-run',
    displayName: 'Trên trang tôi thuộc Ban biên tập',
    plugin: 'workflow',
    handler: onSitesOf(strapi, BOARD_WRITERS),
  },
  {
    name: 'board-direction-on-my-sites',
    displayName: 'Định hướng của trang tôi tham gia',
    plugin: 'workflow',
    handler: onSitesOf(strapi, DIRECTION_READERS),
  },
  {
    name: 'board-assigned-to-me',
    displayName: 'Giao cho tôi hoặc đơn vị tôi, trên trang tôi là cộng tác viên',
    plugin: 'workflow',
    handler: (async (user) => {
      const sites = await siteIdsWithRole(strapi, user.id, ['contributor']);
      const assigned = assignedToClause(await contributorSelf(strapi, user.id));
      if (sites.length === 0 || !assigned) return false;
      // Conditions take dotted paths, not nested objects.
      const or = (assigned.$or as Array<Record<string, { id: unknown }>>).map((clause) => {
        const [key, value] = Object.entries(clause)[0];
        return { [`${key}.id`]: value.id };
      });
      return { $and: [{ 'site.id': { $in: sites } }, { $or: or }] };
    }) as Handler,
  },
];
