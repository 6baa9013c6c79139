import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Capability } from '../../shared/contracts';
import { isSuperAdmin, type AdminUser } from '../../../workflow/server/services/actor';
import { sitesOf } from '../../../workflow/server/services/memberships';
import type { Role } from '../../../workflow/server/services/rules';
import { MESSAGES } from '../messages';
import { SITE } from './uids';

/**
 * Who may do what with royalties and reports, per site. The board (editors of the secretariat,
 * approvers, the head of the board) and finance see a site's royalties, quotas and reports; the
 * board adjusts coefficients; only the head of the board approves royalties and only finance
 * marks them paid; the head of the board sets the site's report period and report day
 * (`configure`). Contributors and site administrators see none of it. Super admins (operators)
 * hold every capability everywhere.
 */

export const CAPABILITIES: Record<Capability, readonly Role[]> = {
  view: ['editor', 'approver', 'board-head', 'finance'],
  adjust: ['editor', 'approver', 'board-head'],
  approve: ['board-head'],
  pay: ['finance'],
  configure: ['board-head'],
  /** Turning the site's public visit counter on or off. */
  counter: ['board-head'],
  overtime: ['board-head', 'finance'],
  notes: ['editor', 'approver', 'board-head'],
};

export interface SiteAccess {
  id: number;
  documentId: string;
  name: string;
  kind: string;
  slug: string;
  can: Set<Capability>;
}

export interface Access {
  superAdmin: boolean;
  /** Sites the user may see reports of, by site id. */
  sites: Map<number, SiteAccess>;
}

const capabilitiesOf = (roles: ReadonlySet<Role>): Set<Capability> =>
  new Set((Object.keys(CAPABILITIES) as Capability[]).filter((cap) => CAPABILITIES[cap].some((role) => roles.has(role))));

export const accessOf = async (strapi: Core.Strapi, user: AdminUser): Promise<Access> => {
  const sites = new Map<number, SiteAccess>();
  if (isSuperAdmin(user)) {
    const rows = (await strapi.db
      .query(SITE)
      .findMany({ select: ['id', 'documentId', 'name', 'kind', 'slug'], orderBy: { id: 'asc' } })) as Omit<SiteAccess, 'can'>[];
    for (const row of rows) sites.set(row.id, { ...row, can: new Set(Object.keys(CAPABILITIES) as Capability[]) });
    return { superAdmin: true, sites };
  }
  for (const { site, roles } of (await sitesOf(strapi, user.id)).values()) {
    const can = capabilitiesOf(roles);
    if (can.has('view')) sites.set(site.id, { ...site, can });
  }
  return { superAdmin: false, sites };
};

/**
 * The sites a request is about: one site by documentId, or `all` the user may see. Anyone without
 * a board or finance role gets a 403, and a site they hold no such role on is refused the same way.
 */
export const sitesInScope = (access: Access, site: unknown): SiteAccess[] => {
  if (access.sites.size === 0) throw new errors.PolicyError(MESSAGES.noReportAccess);
  if (site === undefined || site === '' || site === 'all') return [...access.sites.values()];
  const found = [...access.sites.values()].find((entry) => entry.documentId === site);
  if (!found) throw new errors.PolicyError(MESSAGES.notBoardOfSite);
  return [found];
};

/** Throws unless the user holds the capability on the site. */
export const assertCan = (access: Access, siteId: number | null | undefined, capability: Capability): void => {
  const site = siteId === null || siteId === undefined ? undefined : access.sites.get(siteId);
  if (!site) throw new errors.PolicyError(MESSAGES.notBoardOfSite);
  if (!site.can.has(capability)) throw new errors.PolicyError(MESSAGES.cannot[capability]);
};
