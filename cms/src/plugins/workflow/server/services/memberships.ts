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
}

interface MembershipRow {
  role: Role;
  site: SiteRef | null;
}

const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

/** Every site the user holds a role on, with those roles. */
export const sitesOf = async (strapi: Core.Strapi, userId: number): Promise<Map<number, SiteRoles>> => {
  const rows = (await strapi.db.query(MEMBERSHIP_UID).findMany({
    where: { user: { id: userId } },
    populate: { site: { select: ['id', 'documentId', 'name', 'kind', 'slug'] } },
  })) as MembershipRow[];
  const bySite = new Map<number, SiteRoles>();
  for (const row of rows) {
    if (!row.site || !isRole(row.role)) continue;
    const entry = bySite.get(row.site.id) ?? { site: row.site, roles: new Set<Role>() };
    entry.roles.add(row.role);
    bySite.set(row.site.id, entry);
  }
  return bySite;
};

/** Ids of the sites where the user holds any of the roles. */
export const siteIdsWithRole = async (strapi: Core.Strapi, userId: number, roles: readonly Role[]): Promise<number[]> =>
  [...(await sitesOf(strapi, userId)).values()]
    .filter((entry) => roles.some((role) => entry.roles.has(role)))
    .map((entry) => entry.site.id);
