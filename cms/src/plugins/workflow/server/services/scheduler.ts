import type { Core } from '@strapi/strapi';
import { loadItem } from './items';
import { publishScheduled } from './transitions';
import { WORKFLOW_UIDS } from './rules';

/** Publishes every scheduled item whose time has come; returns how many went live. */
export const publishDue = async (strapi: Core.Strapi, now = new Date()): Promise<number> => {
  let published = 0;
  for (const uid of WORKFLOW_UIDS) {
    const due = (await strapi.db.query(uid).findMany({
      where: { workflowState: 'scheduled', publishedAt: null, scheduledAt: { $lte: now } },
      select: ['documentId'],
      orderBy: { scheduledAt: 'asc' },
    })) as Array<{ documentId: string }>;
    for (const { documentId } of due) {
      const item = await loadItem(strapi, uid, documentId);
      if (item?.state === 'scheduled' && (await publishScheduled(strapi, item, now))) published += 1;
    }
  }
  return published;
};

/** Checks for due items every minute, when the server runs cron jobs (CRON_ENABLED). */
export const registerScheduler = (strapi: Core.Strapi): void => {
  strapi.cron.add({
    workflowPublishDue: {
      task: async () => {
        const count = await publishDue(strapi);
        if (count > 0) strapi.log.info(`Workflow: published ${count} scheduled item(s).`);
      },
      options: { rule: '0 * * * * *' },
    },
  });
};
