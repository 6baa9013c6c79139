import type { Core } from '@strapi/strapi';
import { SITE } from '../services/uids';

const VISIT_DAY = 'plugin::reports.visit-day';

/** All visits ever counted for a site: the public "Lượt truy cập" figure. */
export const visitTotal = async (strapi: Core.Strapi, site: number): Promise<number> => {
  const rows = (await strapi.db.query(VISIT_DAY).findMany({ select: ['visits'], where: { site } })) as Array<{ visits: number }>;
  return rows.reduce((sum, row) => sum + (row.visits ?? 0), 0);
};

/**
 * Writes each site's public figure (`publicVisitTotal`): the total of visits where the board turned
 * the counter on, null elsewhere, so the public API carries nothing of the visits of a site whose
 * counter is off. Not through the Document Service: a new figure waits for the site's next build
 * instead of starting one every hour.
 */
export const refreshPublicTotals = async (strapi: Core.Strapi): Promise<void> => {
  const sites = (await strapi.db.query(SITE).findMany({ select: ['id', 'publicVisitCounter', 'publicVisitTotal'] })) as Array<{
    id: number;
    publicVisitCounter: boolean | null;
    publicVisitTotal: number | null;
  }>;
  for (const site of sites) {
    const figure = site.publicVisitCounter ? await visitTotal(strapi, site.id) : null;
    if (figure !== site.publicVisitTotal)
      await strapi.db.query(SITE).update({ where: { id: site.id }, data: { publicVisitTotal: figure } });
  }
};
