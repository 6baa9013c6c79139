import type { Core } from '@strapi/strapi';
import { isSuperAdmin, type AdminUser } from '../../../workflow/server/services/actor';
import { sitesOf } from '../../../workflow/server/services/memberships';

/** The admin action that shows the "Hộp thư đi" menu link (held by super admins and the site-admin role). */
export const READ_ACTION = 'plugin::mail.read';

export const permissionActions = [{ section: 'plugins', displayName: 'Xem hộp thư đi', uid: 'read', pluginName: 'mail' }];

/** Which messages a user may read: all, or those about these sites. */
export type MailScope = 'all' | Set<string>;

/**
 * Messages carry citizens' and staff's e-mail addresses, personal data under Nghị định
 * 13/2023/NĐ-CP, so the outbox is need-to-know (docs/security.md): super admins (operators) read
 * every message, a site's administrators read the messages about their site, and nobody else
 * reads any. A message about no site is for super admins only.
 */
export const mailScopeOf = async (strapi: Core.Strapi, user: AdminUser): Promise<MailScope | null> => {
  if (isSuperAdmin(user)) return 'all';
  const sites = new Set<string>();
  for (const { site, roles } of (await sitesOf(strapi, user.id)).values()) if (roles.has('site-admin')) sites.add(site.slug);
  return sites.size > 0 ? sites : null;
};

/** The query condition of a scope. */
export const scopeWhere = (scope: MailScope): Record<string, unknown> => (scope === 'all' ? {} : { site: { $in: [...scope] } });
