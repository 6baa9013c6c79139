import type { Core } from '@strapi/strapi';
import { displayName, type AdminUser } from '../../../workflow/server/services/actor';
import type { SiteAccess } from '../services/access';
import { SITE } from '../services/uids';
import { visitTotal } from './public-total';

/**
 * Turns the site's public "Lượt truy cập" figure on (with the total of visits so far) or off (the
 * figure is cleared, so the public API carries nothing), and queues the site's build so its
 * footer shows or drops the figure. The route has checked the role (the head of the board); the
 * site settings guard would refuse a board head's Document Service write, so the two fields are
 * written directly.
 */
export const setVisitCounter = async (strapi: Core.Strapi, site: SiteAccess, enabled: boolean, user: AdminUser) => {
  const total = enabled ? await visitTotal(strapi, site.id) : null;
  await strapi.db.transaction(async () => {
    await strapi.db.query(SITE).update({ where: { id: site.id }, data: { publicVisitCounter: enabled, publicVisitTotal: total } });
    const reason = enabled ? 'Bật hiện số lượt truy cập' : 'Tắt hiện số lượt truy cập';
    await strapi.plugin('rebuild').service('queue').enqueue([site.slug], reason, displayName(user));
  });
  return { documentId: site.documentId, name: site.name, enabled, total };
};
