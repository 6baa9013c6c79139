import type { Core } from '@strapi/strapi';
import { SCHEDULE_TIME_ZONE } from '@vungtau/publishing';
import { enqueue } from '../../../rebuild/server/services/queue';
import { wakeWorker } from '../../../rebuild/server/services/worker';
import { WORK_SCHEDULE_UID } from '../../shared/contracts';

interface Row {
  site: { slug: string; status: string | null } | null;
}

/**
 * The schedule pages mark today and show this week, and both move at midnight in Vietnam with no
 * content changing. Queues a publish of every active site with a published schedule: the
 * incremental publisher renders again the schedule's index and the weeks whose mark moved, and
 * leaves every other page as it was. Returns the sites queued.
 */
export const republishForNewDay = async (strapi: Core.Strapi): Promise<string[]> => {
  const rows = (await strapi.db.query(WORK_SCHEDULE_UID as 'api::work-schedule.work-schedule').findMany({
    where: { publishedAt: { $notNull: true } },
    select: ['id'],
    populate: { site: { select: ['slug', 'status'] } },
  })) as Row[];
  const slugs = [
    ...new Set(rows.filter((row) => row.site && (row.site.status ?? 'active') === 'active').map((row) => row.site!.slug)),
  ].sort();
  if (slugs.length === 0) return [];
  await enqueue(strapi, slugs, 'Sang ngày mới: lịch công tác đánh dấu hôm nay', 'Hệ thống', { all: true });
  wakeWorker();
  return slugs;
};

/** Five seconds after midnight in Vietnam, when the process runs cron jobs. */
export const registerNewDay = (strapi: Core.Strapi): void => {
  strapi.cron.add({
    scheduleNewDay: {
      task: async () => {
        await republishForNewDay(strapi);
      },
      options: { rule: '5 0 0 * * *', tz: SCHEDULE_TIME_ZONE },
    },
  });
};
