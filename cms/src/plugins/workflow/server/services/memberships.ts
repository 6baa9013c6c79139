import type { Core } from '@strapi/strapi';
import { ROLES, type Role } from './rules';

export const MEMBERSHIP_UID = 'plugin::workflow.membership';

export interface SiteRef {
  id: number;
  documentId: string;
  name: string;
  kind: string;
  slug: string;
}

export interface SiteRoles {
  site: SiteRef;
  roles: Set<Role>;
  /** The units whose questions the user answers on this site (their `answerer` memberships). */
  answererUnits: Set<number>;
}

interface MembershipRow {
  role: Role;
  site: SiteRef | null;
  unit: { id: number } | null;
}

const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

/** Every site the user holds a role on, with those roles. */
export const sitesOf = async (strapi: Core.Strapi, userId: number): Promise<Map<number, SiteRoles>> => {
  const rows = (await strapi.db.query(MEMBERSHIP_UID).findMany({
    where: { user: { id: userId } },
    populate: { site: { select: ['id', 'documentId', 'name', 'kind', 'slug'] }, unit: { select: ['id'] } },
  })) as MembershipRow[];
  const bySite = new Map<number, SiteRoles>();
  for (const row of rows) {
    if (!row.site || !isRole(row.role)) continue;
    // An answerer without a unit answers nothing (the membership guard refuses to store one).
    if (row.role === 'answerer' && !row.unit) continue;
    const entry = bySite.get(row.site.id) ?? { site: row.site, roles: new Set<Role>(), answererUnits: new Set<number>() };
    entry.roles.add(row.role);
    if (row.role === 'answerer' && row.unit) entry.answererUnits.add(row.unit.id);
    bySite.set(row.site.id, entry);
  }
  return bySite;
};

/** Ids of the sites where the user holds any of the roles. */
export const siteIdsWithRole = async (strapi: Core.Strapi, userId: number, roles: readonly Role[]): Promise<number[]> =>
  [...(await sitesOf(strapi, userId)).values()]
    .filter((entry) => roles.some((role) => entry.roles.has(role)))
    .map((entry) => entry.site.id);

/** The (site, unit) pairs whose questions the user answers. */
export const answererScopes = async (strapi: Core.Strapi, userId: number): Promise<Array<{ siteId: number; unitId: number }>> =>
  [...(await sitesOf(strapi, userId)).values()].flatMap((entry) =>
    [...entry.answererUnits].map((unitId) => ({ siteId: entry.site.id, unitId }))
  );
