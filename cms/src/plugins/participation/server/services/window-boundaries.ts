import type { Core } from '@strapi/strapi';
import { bumpVersion } from '../../../api-cache/server/services/versions';
import { enqueue } from '../../../rebuild/server/services/queue';
import { wakeWorker } from '../../../rebuild/server/services/worker';

import { LEGAL_UID } from './uids';

interface Row {
  documentId: string;
  number: string;
  site: { slug: string } | null;
}

/**
 * A draft's page shows the comment form only while its window is open (the public API says so at
 * build time): when a window opens or closes, the page is published again, so the form appears
 * and disappears on time. Queues the rebuild of each draft whose opening or closing fell in
 * (since, now]; returns how many. The response cache is retired first: it holds answers that
 * said "open".
 */
export const republishAtBoundaries = async (strapi: Core.Strapi, since: Date, now: Date): Promise<number> => {
  const inRange = { $gt: since, $lte: now };
  const rows = (await strapi.db.query(LEGAL_UID).findMany({
    where: {
      publishedAt: { $notNull: true },
      kind: 'draft-for-comment',
      $or: [{ commentWindow: { opensAt: inRange } }, { commentWindow: { closesAt: inRange } }],
    },
    select: ['documentId', 'number'],
    populate: { site: { select: ['slug'] } },
  })) as Row[];
  if (rows.length === 0) return 0;
  await bumpVersion(strapi, LEGAL_UID);
  for (const row of rows) {
    if (!row.site) continue;
    await enqueue(strapi, [row.site.slug], `mở hoặc hết hạn góp ý dự thảo “${row.number}”`, 'Hệ thống', {
      documents: [{ uid: LEGAL_UID, documentId: row.documentId }],
    });
  }
  wakeWorker();
  return rows.length;
};

/** Every minute, when the process runs cron jobs; the first run looks a day back, over a restart. */
export const registerWindowBoundaries = (strapi: Core.Strapi): void => {
  let since = new Date(Date.now() - 24 * 3600_000);
  strapi.cron.add({
    participationWindowBoundaries: {
      task: async () => {
        const now = new Date();
        await republishAtBoundaries(strapi, since, now);
        since = now;
      },
      options: { rule: '15 * * * * *' },
    },
  });
};
